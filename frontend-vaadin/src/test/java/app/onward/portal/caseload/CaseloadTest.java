package app.onward.portal.caseload;

import app.onward.portal.OnwardProperties;
import app.onward.portal.browser.BrowserTest;
import app.onward.portal.identity.AuthorityDirectory;
import com.microsoft.playwright.Locator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

class CaseloadTest extends BrowserTest {

    private static final String ADVISER = "northmoor.adviser";
    private static final String MANAGER = "northmoor.manager";

    @Autowired
    private OnwardProperties properties;
    @Autowired
    private AuthorityDirectory authorities;
    private StaffGraphQl backend;

    @BeforeEach
    void backend() {
        backend = new StaffGraphQl(properties, authorities);
    }

    @Test
    void shouldShowAnAdviserTheirOwnYoungPeopleInTheBackendsOrderMostUrgentFirst() {
        newPage();
        signInAs(ADVISER);

        page.navigate(portal("/staff/caseload"));

        assertThat(page.locator("h1")).hasText("My caseload");
        assertThat(page).hasTitle("Caseload – Onward");
        List<String> expected = names(backend.as(ADVISER,
                "{ caseload(scope: MINE, first: 50) { edges { node { knownAs familyName } } } }", Map.of()));
        assertThat(rows()).hasCount(expected.size());
        assertThat(page.locator("tr.caseload-row th a").allInnerTexts()).containsExactlyElementsOf(expected);
        assertThat(rows().first().locator("td[data-label='Next due'] .due"))
                .hasText(Pattern.compile("Overdue|Due soon|On track"));
        takeScreenshots("caseload-adviser");
        assertNoSeriousAccessibilityProblems();
    }

    @Test
    void shouldMarkAnOverdueContactInWordsAndFilterToTheOverdue() {
        String overdueContact = overdueContactOf(ADVISER);
        newPage();
        signInAs(ADVISER);
        page.navigate(portal("/staff/caseload"));
        Locator overdueRow = rows().filter(new Locator.FilterOptions().setHasText(overdueContact));
        assertThat(overdueRow.locator("td[data-label='Contact'] .due")).hasText("Overdue");

        page.locator("#status-filter vaadin-checkbox").filter(new Locator.FilterOptions().setHasText("Overdue")).click();

        int overdue = backend.as(ADVISER, "{ caseload(scope: MINE, filter: {status: [OVERDUE]}) { totalCount } }",
                Map.of()).path("caseload").path("totalCount").asInt();
        assertThat(page.locator("#caseload-summary")).containsText(overdue == 1 ? "1 young person" : overdue + " young people");
        assertThat(rows()).hasCount(overdue);
        for (Locator row : rows().all()) {
            assertThat(row.locator(".due-overdue").first()).hasText("Overdue");
        }
        assertThat(overdueRow).isVisible();
    }

    @Test
    void shouldShowAManagerTheirTeamAndOneAdvisersYoungPeople() {
        newPage();
        signInAs(MANAGER);

        page.navigate(portal("/staff/caseload"));

        assertThat(page.locator("h1")).hasText("Team caseload");
        int team = backend.as(MANAGER, "{ caseload(scope: TEAM) { totalCount } }", Map.of())
                .path("caseload").path("totalCount").asInt();
        assertThat(rows()).hasCount(team);
        takeScreenshots("caseload-manager");

        page.locator("#adviser-filter").click();
        page.locator("vaadin-select-item").filter(new Locator.FilterOptions().setHasText("Priya Sharma")).click();

        String priya = backend.as(MANAGER, "{ myTeam { members { id name } } }", Map.of()).path("myTeam").path("members")
                .valueStream().filter(member -> member.path("name").asString().equals("Priya Sharma"))
                .findFirst().orElseThrow().path("id").asString();
        int priyas = backend.as(MANAGER, "query($id: ID!) { caseload(scope: TEAM, filter: {adviserId: $id}) { totalCount } }",
                Map.of("id", priya)).path("caseload").path("totalCount").asInt();
        assertThat(page.locator("#caseload-summary")).containsText(priyas + " young people");
        assertThat(rows()).hasCount(priyas);
        for (Locator row : rows().all()) {
            assertThat(row.locator("td[data-label='Adviser']")).hasText("Priya Sharma");
        }
        assertNoSeriousAccessibilityProblems();
    }

    /** A young person of the adviser's whose contact the backend says is overdue (the demo data has some by design). */
    private String overdueContactOf(String username) {
        JsonNode edges = backend.as(username, """
                { caseload(scope: MINE, first: 50) { edges { node { knownAs familyName clocks { contact { status } } } } } }""",
                Map.of()).path("caseload").path("edges");
        for (JsonNode edge : edges) {
            JsonNode node = edge.path("node");
            if (node.path("clocks").path("contact").path("status").asString().equals("OVERDUE")) {
                return node.path("knownAs").asString() + " " + node.path("familyName").asString();
            }
        }
        throw new AssertionError("The demo data should give " + username + " a young person whose contact is overdue");
    }

    private Locator rows() {
        return page.locator("tr.caseload-row");
    }

    private static List<String> names(JsonNode data) {
        List<String> names = new ArrayList<>();
        data.path("caseload").path("edges").forEach(edge ->
                names.add(edge.path("node").path("knownAs").asString() + " " + edge.path("node").path("familyName").asString()));
        return names;
    }
}
