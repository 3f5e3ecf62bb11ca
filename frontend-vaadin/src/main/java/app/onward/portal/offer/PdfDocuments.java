package app.onward.portal.offer;

import com.openhtmltopdf.outputdevice.helper.ExternalResourceControlPriority;
import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.Diagnostic;
import com.openhtmltopdf.util.XRLog;
import com.openhtmltopdf.util.XRLogger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Level;

/**
 * Renders a Thymeleaf page written for print (well-formed XHTML, its own A4 stylesheet) to a tagged PDF/UA
 * document with openhtmltopdf on Apache PDFBox: real text, headings, lists and links in the structure tree, the
 * page's title as the document's title, English (UK) as its language (docs/decisions/0014-pdfs.md).
 * <p>
 * Nothing is fetched while rendering: no stylesheet, image or font from any address. The one font is Liberation
 * Sans, which PDFBox carries in its own jar, embedded as PDF/UA requires.
 * <p>
 * What is rendered may be someone's answers (the checker's PDF): nothing of it is logged. Only the kind of a
 * problem the renderer reports is, never its message, which can quote the page.
 */
@Component
class PdfDocuments {

    private static final Logger log = LoggerFactory.getLogger(PdfDocuments.class);

    static final String FONT_FAMILY = "Liberation Sans";
    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    static {
        // openhtmltopdf logs to java.util.logging by default, its messages filled in with parts of the page.
        XRLog.setLoggerImpl(new KindOnlyLogger());
    }

    private final ITemplateEngine templates;

    PdfDocuments(ITemplateEngine templates) {
        this.templates = templates;
        if (PDDocument.class.getResource(FONT) == null) {
            throw new IllegalStateException("No " + FONT + " in PDFBox's jar: the PDFs would have no font to embed");
        }
    }

    /** The template {@code name} (under templates/) with these variables, as a PDF. */
    byte[] render(String name, Map<String, Object> variables) {
        String xhtml = templates.process(name, new Context(Locale.UK, variables));
        var pdf = new ByteArrayOutputStream(64 * 1024);
        try {
            new PdfRendererBuilder()
                    .useFastMode()
                    .usePdfUaAccessibility(true)
                    .useFont(PdfDocuments::font, FONT_FAMILY)
                    // Nothing from outside the page itself: no address is ever opened on a reader's behalf.
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_BEFORE_RESOLVING_URI)
                    .useExternalResourceAccessControl((uri, type) -> false, ExternalResourceControlPriority.RUN_AFTER_RESOLVING_URI)
                    .withProducer("Onward")
                    .withHtmlContent(xhtml, null)
                    .toStream(pdf)
                    .run();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not render " + name + " as a PDF", e);
        }
        return pdf.toByteArray();
    }

    private static InputStream font() {
        return PDDocument.class.getResourceAsStream(FONT);
    }

    /** Problems only, and only their kind ("PDF/UA - No title text provided for link."): never their details. */
    private static final class KindOnlyLogger implements XRLogger {

        @Override
        public boolean isLogLevelEnabled(Diagnostic diagnostic) {
            return diagnostic.getLevel().intValue() >= Level.WARNING.intValue();
        }

        @Override
        public void log(Diagnostic diagnostic) {
            log.warn("openhtmltopdf ({}): {}", diagnostic.getLogMessageId().getWhere(),
                    diagnostic.getLogMessageId().getMessageFormat());
        }

        @Override
        public void log(String where, Level level, String message) {
            if (level.intValue() >= Level.WARNING.intValue()) {
                log.warn("openhtmltopdf ({}): a problem, not shown", where);
            }
        }

        @Override
        public void log(String where, Level level, String message, Throwable problem) {
            if (level.intValue() >= Level.WARNING.intValue()) {
                log.warn("openhtmltopdf ({}): {}, not shown", where, problem.getClass().getName());
            }
        }

        @Override
        public void setLevel(String logger, Level level) {
        }
    }
}
