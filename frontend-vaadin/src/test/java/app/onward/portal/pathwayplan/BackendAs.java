package app.onward.portal.pathwayplan;

import app.onward.infra.keycloak.KeycloakTokens;
import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The real backend's GraphQL API as a demo user, with a real token from Keycloak: what another person does at the
 * same time as the one in the browser (another save, a sign-off), and finding a demo young person's id.
 */
public final class BackendAs {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String graphqlUrl;
    private final String token;

    private BackendAs(String graphqlUrl, String token) {
        this.graphqlUrl = graphqlUrl;
        this.token = token;
    }

    /** {@code username} is a demo user such as northmoor.manager; its authority's realm issues the token. */
    public static BackendAs user(String username, AuthorityDirectory authorities, String graphqlUrl) {
        String slug = username.substring(0, username.indexOf('.'));
        String issuer = authorities.find(slug).orElseThrow().signInIssuer();
        int realms = issuer.indexOf("/realms/");
        String token = KeycloakTokens.passwordGrant(issuer.substring(0, realms), issuer.substring(realms + 8),
                username, BrowserTest.DEMO_PASSWORD);
        return new BackendAs(graphqlUrl, token);
    }

    /** The global id of a young person in the user's team, by given name. */
    public String youngPersonId(String givenName) {
        JsonNode edges = query("{ caseload(scope: TEAM, first: 100) { edges { node { id givenName } } } }", Map.of())
                .path("caseload").path("edges");
        for (JsonNode edge : edges) {
            if (edge.path("node").path("givenName").asText().equals(givenName)) {
                return edge.path("node").path("id").asText();
            }
        }
        throw new IllegalStateException("No young person called " + givenName + " in the caseload");
    }

    /** The plan's id and latest version number; version 0 when there is no plan yet. */
    public record PlanState(String planId, int latestVersion) {}

    public PlanState plan(String youngPersonId) {
        JsonNode plan = query("query($id: ID!) { youngPerson(id: $id) { pathwayPlan { id latestVersionNumber } } }",
                Map.of("id", youngPersonId)).path("youngPerson").path("pathwayPlan");
        return plan.isNull() || plan.isMissingNode()
                ? new PlanState(null, 0)
                : new PlanState(plan.path("id").asText(), plan.path("latestVersionNumber").asInt());
    }

    /**
     * Saves a new version on top of the latest: every matter with the given words and assessment, and for
     * accommodation {@code accommodationAssessment} with one goal of two actions. Returns the new version number.
     */
    public int savePlan(String youngPersonId, String summary, String accommodationAssessment) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PlanMatter matter : PlanMatter.values()) {
            Map<String, Object> section = new LinkedHashMap<>();
            section.put("matter", matter.name());
            section.put("youngPersonsWords", "I said something about " + matter.staffTitle().toLowerCase() + ".");
            boolean accommodation = matter == PlanMatter.ACCOMMODATION;
            section.put("assessment", accommodation ? accommodationAssessment : "Going well.");
            section.put("goals", accommodation ? List.of(Map.of("description", "Find a flat near college",
                    "actions", List.of(
                            action("Fill in the housing form", "You", LocalDate.now().plusDays(14), false),
                            action("Book a viewing", "Priya (your adviser)", LocalDate.now().minusDays(2), true))))
                    : List.of());
            sections.add(section);
        }
        Map<String, Object> input = Map.of("youngPersonId", youngPersonId,
                "basedOnVersion", plan(youngPersonId).latestVersion(), "changeSummary", summary, "sections", sections);
        JsonNode payload = query("""
                mutation($input: SavePathwayPlanInput!) { savePathwayPlan(input: $input) {
                  version { number } userErrors { field message } conflict { yourBaseVersion } } }""",
                Map.of("input", input)).path("savePathwayPlan");
        assertThat(payload.path("userErrors")).as("userErrors of a save by the test").isEmpty();
        return payload.path("version").path("number").asInt();
    }

    public void signOff(String youngPersonId, int versionNumber) {
        JsonNode payload = query("""
                mutation($input: SignOffPathwayPlanInput!) { signOffPathwayPlan(input: $input) {
                  version { number } userErrors { field message } } }""",
                Map.of("input", Map.of("planId", plan(youngPersonId).planId(), "versionNumber", versionNumber)))
                .path("signOffPathwayPlan");
        assertThat(payload.path("userErrors")).as("userErrors of a sign-off by the test").isEmpty();
    }

    private static Map<String, Object> action(String description, String who, LocalDate byWhen, boolean done) {
        return Map.of("description", description, "who", who, "byWhen", byWhen.toString(), "done", done);
    }

    private JsonNode query(String document, Map<String, Object> variables) {
        try {
            String body = JSON.writeValueAsString(Map.of("query", document, "variables", variables));
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(URI.create(graphqlUrl))
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            JsonNode answer = JSON.readTree(response.body());
            assertThat(answer.path("errors")).as("GraphQL errors for the test's own call: %s", response.body()).isEmpty();
            return answer.path("data");
        } catch (IOException e) {
            throw new IllegalStateException("The backend could not be asked", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
