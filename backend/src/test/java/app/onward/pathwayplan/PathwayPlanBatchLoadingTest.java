package app.onward.pathwayplan;

import app.onward.testsupport.DemoUser;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A page of young people asking for their plans and open actions costs the same statements whatever its size. */
@OnwardIntegrationTest
class PathwayPlanBatchLoadingTest extends PlanTestSupport {

    private static final String PAGE = """
            query($ids: [ID!]!) { youngPeopleForTests(ids: $ids) {
              id openActions { id description overdue }
              pathwayPlan { latestVersionNumber latestVersion { number author { name } comments { body } }
                latestSignedOffVersion { number signOff { by { name } } } versions { number } } } }""";

    @Autowired
    PlanStatements statements;

    @Test
    void shouldLoadPlansAndOpenActionsForAnyNumberOfYoungPeopleInOneStatementEach() {
        List<String> one = List.of(youngPersonGlobalId(youngPerson("northmoor", "Tyler", "Mensah")));
        List<String> several = List.of(
                youngPersonGlobalId(youngPerson("northmoor", "Tyler", "Mensah")),
                youngPersonGlobalId(youngPerson("northmoor", "Amira", "Haddad")),
                youngPersonGlobalId(youngPerson("northmoor", "Callum", "Reid")),
                youngPersonGlobalId(youngPerson("northmoor", "Jordan", "Clarke")),
                youngPersonGlobalId(youngPerson("northmoor", "Maya", "Patel")));
        JsonNode[] page = new JsonNode[1];

        int forOne = statements.during(() -> send(DemoUser.NORTHMOOR_MANAGER, PAGE, Map.of("ids", one)));
        int forSeveral = statements.during(() -> page[0] = send(DemoUser.NORTHMOOR_MANAGER, PAGE, Map.of("ids", several)));

        // pathwayPlan, openActions, latestVersion, latestSignedOffVersion, versions: one statement each.
        assertThat(forSeveral).isEqualTo(forOne).isEqualTo(5);
        JsonNode youngPeople = page[0].path("data").path("youngPeopleForTests");
        assertThat(youngPeople).hasSize(5);
        assertThat(youngPeople.get(0).path("pathwayPlan").path("latestSignedOffVersion").path("signOff").path("by").path("name").asString())
                .isEqualTo("Gareth Llewellyn");
        assertThat(youngPeople.get(1).path("openActions")).isNotEmpty();
        assertThat(youngPeople.get(4).path("pathwayPlan").isNull()).isTrue();
        assertThat(youngPeople.get(4).path("openActions").isEmpty()).isTrue();
    }
}
