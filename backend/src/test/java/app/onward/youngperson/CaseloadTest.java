package app.onward.youngperson;

import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The caseload: most urgent first, filtered by what is due and how urgently, paged with stable cursors. */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class CaseloadTest {

    private static final String CASELOAD = """
            query($scope: CaseloadScope, $filter: CaseloadFilter, $first: Int, $after: String) {
              caseload(scope: $scope, filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor }
                edges { cursor node { id givenName team { name } personalAdviser { name }
                  clocks { next { kind dueOn status } contact { dueOn status } visit { dueOn status reason } } } } } }""";

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;

    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    private JsonNode caseload(DemoUser user, String scope, Map<String, Object> filter, int first, String after) {
        Map<String, Object> variables = new HashMap<>(Map.of("scope", scope, "first", first));
        if (filter != null) {
            variables.put("filter", filter);
        }
        if (after != null) {
            variables.put("after", after);
        }
        GraphQlHttp.Response response = graphql.as(user, CASELOAD, variables);
        assertThat(response.errors().isMissingNode()).as(response.body()).isTrue();
        return response.data().path("caseload");
    }

    private static List<JsonNode> nodes(JsonNode caseload) {
        return caseload.path("edges").values().stream().map(edge -> edge.path("node")).toList();
    }

    private static List<LocalDate> dates(List<JsonNode> nodes, String clock) {
        return nodes.stream().map(node -> LocalDate.parse(node.path("clocks").path(clock).path("dueOn").asString())).toList();
    }

    @Test
    void shouldPutTheMostUrgentFirst() {
        List<JsonNode> team = nodes(caseload(DemoUser.NORTHMOOR_MANAGER, "TEAM", null, 100, null));
        assertThat(team).hasSizeGreaterThanOrEqualTo(9);
        assertThat(dates(team, "next")).isSorted();
    }

    @Test
    void shouldPageThroughTheWholeCaseloadWithStableCursors() {
        JsonNode whole = caseload(DemoUser.NORTHMOOR_MANAGER, "TEAM", null, 100, null);
        List<String> expected = nodes(whole).stream().map(node -> node.path("givenName").asString()).toList();
        List<String> paged = new ArrayList<>();
        String after = null;
        JsonNode page;
        do {
            page = caseload(DemoUser.NORTHMOOR_MANAGER, "TEAM", null, 2, after);
            assertThat(page.path("totalCount").asInt()).isEqualTo(expected.size());
            nodes(page).forEach(node -> paged.add(node.path("givenName").asString()));
            after = page.path("pageInfo").path("endCursor").asString();
        } while (page.path("pageInfo").path("hasNextPage").asBoolean());
        assertThat(paged).isEqualTo(expected);
    }

    @Test
    void shouldFilterByWhatIsDueAndHowUrgentlyOrderedByThatDueDate() {
        JsonNode overdue = caseload(DemoUser.NORTHMOOR_MANAGER, "TEAM",
                Map.of("due", List.of("CONTACT"), "status", List.of("OVERDUE")), 100, null);
        List<JsonNode> nodes = nodes(overdue);
        assertThat(nodes).isNotEmpty().allSatisfy(node ->
                assertThat(node.path("clocks").path("contact").path("status").asString()).isEqualTo("OVERDUE"));
        assertThat(dates(nodes, "contact")).isSorted();
        assertThat(overdue.path("totalCount").asInt()).isEqualTo(nodes.size());
        List<JsonNode> all = nodes(caseload(DemoUser.NORTHMOOR_MANAGER, "TEAM", null, 100, null));
        assertThat(nodes.size()).isEqualTo(all.stream()
                .filter(node -> node.path("clocks").path("contact").path("status").asString().equals("OVERDUE")).count());
    }

    @Test
    void shouldFindTheVisitDueAfterAMoveIntoTheAuthoritysAccommodation() {
        List<JsonNode> visits = nodes(caseload(DemoUser.NORTHMOOR_MANAGER, "TEAM", Map.of("due", List.of("VISIT")), 100, null));
        assertThat(visits).extracting(node -> node.path("givenName").asString()).contains("Callum");
        JsonNode callum = visits.stream().filter(node -> node.path("givenName").asString().equals("Callum")).findFirst().orElseThrow();
        assertThat(callum.path("clocks").path("visit").path("status").asString()).isEqualTo("DUE_SOON");
        assertThat(callum.path("clocks").path("visit").path("reason").asString()).contains("accommodation we provide");
        assertThat(LocalDate.parse(callum.path("clocks").path("visit").path("dueOn").asString()))
                .isEqualTo(LocalDate.now(java.time.ZoneId.of("Europe/London")).plusDays(4));
    }

    @Test
    void shouldNarrowATeamCaseloadToOneAdviser() {
        String priya = demo.staffMember("northmoor", "Priya Sharma");
        List<JsonNode> hers = nodes(caseload(DemoUser.NORTHMOOR_MANAGER, "TEAM", Map.of("adviserId", priya), 100, null));
        assertThat(hers).isNotEmpty().allSatisfy(node ->
                assertThat(node.path("personalAdviser").path("name").asString()).isEqualTo("Priya Sharma"));
        String team = hers.getFirst().path("team").path("name").asString();
        // Her own caseload, narrowed to the manager's team: an adviser may also hold young people of another team
        // (other tests allocate her some), whom the manager's TEAM caseload rightly leaves out.
        List<String> hersInTheTeam = nodes(caseload(DemoUser.NORTHMOOR_ADVISER, "MINE", null, 100, null)).stream()
                .filter(node -> node.path("team").path("name").asString().equals(team))
                .map(node -> node.path("id").asString()).toList();
        assertThat(hers.stream().map(node -> node.path("id").asString()).toList())
                .containsExactlyInAnyOrderElementsOf(hersInTheTeam);
    }
}
