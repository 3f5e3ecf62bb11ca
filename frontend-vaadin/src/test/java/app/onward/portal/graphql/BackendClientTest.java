package app.onward.portal.graphql;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.client.MockRestServiceServer;
import org.springframework.web.client.RestClient;

import java.io.IOException;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withException;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withServiceUnavailable;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withStatus;
import static org.springframework.test.web.client.response.MockRestResponseCreators.withSuccess;

/** How the backend's answers, and its silences, reach the portal's pages. The backend here is a canned HTTP answer. */
class BackendClientTest {

    private static final String AUTHORITY = "query A($slug: String!) { authority(slug: $slug) { slug name signInIssuer } }";

    private final RestClient.Builder restClient = RestClient.builder().baseUrl("http://backend.test/graphql");
    private final MockRestServiceServer backend = MockRestServiceServer.bindTo(restClient).build();
    private final BackendClient client = new BackendClient(restClient.build()) { };

    record Authority(String slug, String name, String signInIssuer) {
    }

    @Test
    void shouldDecodeTheFieldAskedFor() {
        answer("""
                {"data": {"authority": {"slug": "northmoor", "name": "Northmoor City Council", "signInIssuer": "http://kc/realms/onward-northmoor"}}}""");

        assertThat(client.fetch(AUTHORITY, Map.of("slug", "northmoor"), "authority", Authority.class))
                .contains(new Authority("northmoor", "Northmoor City Council", "http://kc/realms/onward-northmoor"));
    }

    @Test
    void shouldGiveNothingForANullFieldWithoutErrors() {
        answer("""
                {"data": {"authority": null}}""");

        assertThat(client.fetch(AUTHORITY, Map.of("slug", "nowhere"), "authority", Authority.class)).isEmpty();
    }

    @Test
    void shouldCarryTheBackendsErrorCode() {
        answer("""
                {"errors": [{"message": "Forbidden", "path": ["authority"], "extensions": {"code": "FORBIDDEN"}}],
                 "data": {"authority": null}}""");

        assertThat(problemOf()).isEqualTo(BackendProblem.FORBIDDEN);
    }

    @Test
    void shouldTreatAnUnknownErrorCodeAsTheBackendsOwnFailure() {
        answer("""
                {"errors": [{"message": "Boom", "extensions": {"code": "SOMETHING_NEW"}}], "data": null}""");

        assertThat(problemOf()).isEqualTo(BackendProblem.INTERNAL);
    }

    @Test
    void shouldReportABackendThatCannotBeReachedAsUnavailable() {
        backend.expect(request -> { }).andRespond(withException(new IOException("Connection refused")));

        assertThat(problemOf()).isEqualTo(BackendProblem.UNAVAILABLE);
    }

    @Test
    void shouldReportABackendThatIsDownAsUnavailable() {
        backend.expect(request -> { }).andRespond(withServiceUnavailable());

        assertThat(problemOf()).isEqualTo(BackendProblem.UNAVAILABLE);
    }

    @Test
    void shouldAskToSignInAgainWhenTheBackendRefusesTheToken() {
        backend.expect(request -> { }).andRespond(withStatus(HttpStatus.UNAUTHORIZED));

        assertThat(problemOf()).isEqualTo(BackendProblem.UNAUTHENTICATED);
        assertThat(BackendProblem.UNAUTHENTICATED.friendlyMessage()).contains("sign in again");
    }

    private void answer(String json) {
        backend.expect(request -> { }).andRespond(withSuccess(json, MediaType.APPLICATION_JSON));
    }

    private BackendProblem problemOf() {
        return catchThrowableOfType(BackendException.class,
                () -> client.fetch(AUTHORITY, Map.of("slug", "northmoor"), "authority", Authority.class)).problem();
    }
}
