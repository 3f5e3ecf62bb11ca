package app.onward.portal.offer;

import app.onward.portal.identity.Authority;
import app.onward.portal.offer.OfferPdfs.PublicAddresses;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.thymeleaf.spring6.SpringTemplateEngine;
import org.thymeleaf.templateresolver.ClassLoaderTemplateResolver;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PDFs as documents, without the stack: tagged for screen readers (PDF/UA), titled, in English (UK), A4,
 * with their one font embedded. The pages' content is tested against the real backend in {@link OfferPdfsTest}.
 */
class PdfDocumentsTest {

    private static final Authority NORTHMOOR = new Authority("northmoor", "Northmoor City Council", "https://id.example/realms/northmoor");
    private static final PublicAddresses ADDRESSES = new PublicAddresses("https://onward.example", "northmoor");

    private final PdfDocuments pdfs = new PdfDocuments(templateEngine());

    @Test
    void shouldMakeTheLeafletATaggedA4DocumentTitledInBritishEnglish() throws IOException {
        byte[] pdf = pdfs.render("pdf-offer-leaflet", Map.of("offer", offer(), "addresses", ADDRESSES));

        assertThat(new String(pdf, 0, 5, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentInformation().getTitle()).isEqualTo("Our offer to care leavers – Northmoor City Council");
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getViewerPreferences().displayDocTitle()).isTrue();
            // A4: 210 × 297 mm in points.
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(595.3f, org.assertj.core.data.Offset.offset(1f));
            assertThat(document.getPage(0).getMediaBox().getHeight()).isCloseTo(841.9f, org.assertj.core.data.Offset.offset(1f));
            List<PDFont> fonts = new ArrayList<>();
            for (var page : document.getPages()) {
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
            }
            assertThat(fonts).isNotEmpty().allSatisfy(font -> assertThat(font.isEmbedded()).isTrue());

            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("Northmoor City Council", "Version 3, published 1 April 2026",
                    "No council tax until you are 25", "It is for care-experienced young people who:",
                    "are aged 18 to 24", "Ask your personal adviser", "Your tenancy agreement", "0113 496 0100",
                    "https://onward.example/northmoor/offer/council-tax-exemption");
        }
    }

    private static Offer offer() {
        var councilTax = new Entitlement("1", "council-tax-exemption", "No council tax until you are 25",
                "You pay no council tax on a home in Northmoor.",
                new Entitlement.WhatYouGet("The whole bill is paid.", "All of your council tax", null),
                new Entitlement.WhoQualifies(List.of("are aged 18 to 24", "live in the council's area")),
                new Entitlement.HowToClaim(List.of("Ask your personal adviser.", "They tell the council tax team."),
                        List.of("Your tenancy agreement"),
                        new Entitlement.Contact("Leaving care team", "0113 496 0100", "team@example.org", null)),
                null, null, LocalDate.of(2026, 10, 1), null);
        return new Offer(NORTHMOOR, 3, OffsetDateTime.of(2026, 4, 1, 9, 0, 0, 0, ZoneOffset.UTC),
                "Our offer to care leavers", "What we give you.",
                List.of(new Offer.Section("HOME", "Your home", null, List.of(councilTax))), List.of(councilTax));
    }

    static SpringTemplateEngine templateEngine() {
        var resolver = new ClassLoaderTemplateResolver();
        resolver.setPrefix("templates/");
        resolver.setSuffix(".html");
        resolver.setCharacterEncoding("UTF-8");
        var engine = new SpringTemplateEngine();
        engine.setTemplateResolver(resolver);
        return engine;
    }
}
