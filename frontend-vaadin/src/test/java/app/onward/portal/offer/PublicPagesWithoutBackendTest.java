package app.onward.portal.offer;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/** When the backend cannot be reached, the public pages say so kindly: a 503 page, never a stack trace. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = {
        // Nothing listens on port 9 (discard) here: every call to the backend fails to connect.
        "onward.backend-url=http://127.0.0.1:9/graphql",
        "onward.portal-client-secret=not-used"})
@DirtiesContext
class PublicPagesWithoutBackendTest {

    @LocalServerPort
    int port;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void shouldShowAFriendlyPageWhenTheListOfAuthoritiesCannotBeHad() throws Exception {
        var page = get("/");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Sorry, the service is unavailable")
                .doesNotContain("Exception").doesNotContain("at app.onward");
    }

    @Test
    void shouldShowAFriendlyPageWhenAnOfferCannotBeHad() throws Exception {
        var page = get("/northmoor/offer");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Please try again in a few minutes").doesNotContain("Exception");
    }

    @Test
    void shouldShowAFriendlyPageWhenSigningInCannotStart() throws Exception {
        var page = get("/northmoor/sign-in");

        assertThat(page.statusCode()).isEqualTo(503);
        assertThat(page.body()).contains("Sorry, the service is unavailable");
    }

    @Test
    void shouldAnswerAnAddressThatCannotBeAnAuthorityWithNotFoundWithoutAskingTheBackend() throws Exception {
        var page = get("/No%20Such%20Place/offer");

        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("Page not found");
    }

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .header("Accept", "text/html") // as a browser asks
                        .build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
