package app.onward.portal.caseload;

import app.onward.infra.keycloak.KeycloakTokens;
import app.onward.portal.OnwardProperties;
import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real backend's GraphQL API as a demo user, with a real token from their authority's Keycloak: for a test to
 * set up what a person would otherwise do elsewhere (a young person telling us something, a colleague saving first)
 * and to read the backend's own answer to compare the page with.
 */
public final class StaffGraphQl {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI endpoint;
    private final AuthorityDirectory authorities;

    public StaffGraphQl(OnwardProperties properties, AuthorityDirectory authorities) {
        this.endpoint = properties.backendUrl();
        this.authorities = authorities;
    }

    /** The {@code data} of the answer; fails the test on any GraphQL error. */
    public JsonNode as(String username, String document, Map<String, Object> variables) {
        try {
            var request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .header("Authorization", "Bearer " + token(username))
                    .POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("query", document, "variables", variables))))
                    .build();
            JsonNode answer = JSON.readTree(HTTP.send(request, HttpResponse.BodyHandlers.ofString()).body());
            assertThat(answer.path("errors").isMissingNode() || answer.path("errors").isEmpty())
                    .as("GraphQL errors: %s", answer.path("errors")).isTrue();
            return answer.path("data");
        } catch (java.io.IOException | InterruptedException failure) {
            throw new IllegalStateException("Could not reach the backend", failure);
        }
    }

    /** The global id of the young person of this name in the user's team caseload. */
    public String youngPersonId(String username, String knownAs, String familyName) {
        JsonNode edges = as(username, "{ caseload(scope: TEAM, first: 100) { edges { node { id knownAs familyName } } } }",
                Map.of()).path("caseload").path("edges");
        for (JsonNode edge : edges) {
            JsonNode node = edge.path("node");
            if (node.path("knownAs").asString().equals(knownAs) && node.path("familyName").asString().equals(familyName)) {
                return node.path("id").asString();
            }
        }
        throw new AssertionError("No " + knownAs + " " + familyName + " in the caseload of " + username);
    }

    private String token(String username) {
        String slug = username.substring(0, username.indexOf('.'));
        String issuer = authorities.find(slug).orElseThrow().signInIssuer();
        return KeycloakTokens.passwordGrant(issuer.substring(0, issuer.indexOf("/realms/")), "onward-" + slug,
                username, BrowserTest.DEMO_PASSWORD);
    }
}
