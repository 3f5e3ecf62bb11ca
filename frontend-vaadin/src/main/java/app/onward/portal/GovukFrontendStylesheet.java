package app.onward.portal;

import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.util.DigestUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/**
 * GOV.UK Frontend's compiled stylesheet (from the govuk-frontend webjar) for the public pages, without the GDS
 * Transport font: that font is for GOV.UK only, so a council service falls back to Arial as GOV.UK Frontend
 * itself does. Read and rewritten once at start-up.
 */
@RestController
class GovukFrontendStylesheet {

    static final String PATH = "/assets/govuk-frontend.css";

    private static final String WEBJAR_CSS =
            "classpath*:META-INF/resources/webjars/govuk-frontend/*/dist/govuk/govuk-frontend.min.css";

    private final String css;
    private final String etag;

    GovukFrontendStylesheet() {
        this.css = withoutGdsTransport(readWebjarCss());
        // Weak, because Tomcat does not gzip a response with a strong ETag, and gzip takes 130 KB down to 16 KB.
        this.etag = "W/\"" + DigestUtils.md5DigestAsHex(css.getBytes(StandardCharsets.UTF_8)) + "\"";
    }

    @GetMapping(value = PATH, produces = "text/css")
    ResponseEntity<String> stylesheet() {
        return ResponseEntity.ok()
                .cacheControl(CacheControl.maxAge(Duration.ofDays(1)).cachePublic())
                .eTag(etag)
                .contentType(new MediaType("text", "css", StandardCharsets.UTF_8))
                .body(css);
    }

    static String withoutGdsTransport(String css) {
        return css.replaceAll("@font-face\\{font-family:GDS Transport;[^}]*}", "")
                .replace("GDS Transport,", "");
    }

    private static String readWebjarCss() {
        try {
            Resource[] found = new PathMatchingResourcePatternResolver().getResources(WEBJAR_CSS);
            if (found.length != 1) {
                throw new IllegalStateException("Expected one govuk-frontend stylesheet on the classpath, found " + found.length);
            }
            return found[0].getContentAsString(StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
