package app.onward.youngperson;

import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Who may open whose records inside one authority: docs/decisions/0009-who-may-open-whose-records.md. */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class YoungPersonAccessTest {

    static final String YOUNG_PERSON = """
            query($id: ID!) { youngPerson(id: $id) { id givenName knownAs age category inTouch team { name }
              personalAdviser { name team { name } } clocks { next { kind dueOn status daysLeft reason } contact { dueOn } }
              categoryHistory { category appliesFrom } adviserHistory { adviser { name } startedOn endedOn }
              contacts(first: 2) { kind happenedOn recordedBy { name } } circumstanceChanges { kind } correctionRequests { whatIsWrong } } }""";
    static final String CASELOAD = "query($scope: CaseloadScope) { caseload(scope: $scope, first: 100) { totalCount edges { node { givenName } } } }";

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;

    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    private JsonNode youngPerson(DemoUser user, String givenName) {
        GraphQlHttp.Response response = graphql.as(user, YOUNG_PERSON, Map.of("id", demo.youngPerson("northmoor", givenName)));
        assertThat(response.errors().isMissingNode() || response.errors().isEmpty()).as(response.body()).isTrue();
        return response.data().path("youngPerson");
    }

    private List<String> caseload(DemoUser user, String scope) {
        return graphql.as(user, CASELOAD, Map.of("scope", scope)).data().path("caseload").path("edges").values().stream()
                .map(edge -> edge.path("node").path("givenName").asString()).toList();
    }

    @Test
    void shouldLetAnAdviserOpenTheirOwnAndTheirTeamsYoungPeopleWithTheirWholeRecord() {
        JsonNode tyler = youngPerson(DemoUser.NORTHMOOR_ADVISER, "Tyler");
        assertThat(tyler.path("knownAs").asString()).isEqualTo("Ty");
        assertThat(tyler.path("personalAdviser").path("name").asString()).isEqualTo("Priya Sharma");
        assertThat(tyler.path("team").path("name").asString()).isEqualTo("Leaving care team north");
        assertThat(tyler.path("category").asString()).isEqualTo("FORMER_RELEVANT");
        assertThat(tyler.path("age").asInt()).isEqualTo(19);
        assertThat(tyler.path("clocks").path("next").path("reason").asString()).isNotBlank();
        assertThat(tyler.path("contacts").values()).hasSize(2);
        assertThat(tyler.path("contacts").get(0).path("recordedBy").path("name").asString()).isEqualTo("Priya Sharma");
        assertThat(tyler.path("adviserHistory").values()).hasSize(1);
    }

    @Test
    void shouldNotLetAnAdviserOfAnotherTeamOpenAYoungPersonNotAllocatedToThem() {
        assertThat(youngPerson(DemoUser.NORTHMOOR_ADVISER_2, "Tyler").isNull()).isTrue();
        assertThat(youngPerson(DemoUser.NORTHMOOR_ADVISER_2, "Jordan").path("givenName").asString()).isEqualTo("Jordan");
        assertThat(youngPerson(DemoUser.NORTHMOOR_ADVISER, "Jordan").isNull()).isTrue();
    }

    @Test
    void shouldLetAManagerOpenTheirTeamsYoungPeopleOnly() {
        assertThat(youngPerson(DemoUser.NORTHMOOR_MANAGER, "Amira").path("givenName").asString()).isEqualTo("Amira");
        assertThat(youngPerson(DemoUser.NORTHMOOR_MANAGER, "Maya").isNull()).isTrue();
        assertThat(caseload(DemoUser.NORTHMOOR_MANAGER, "TEAM")).contains("Tyler", "Amira").doesNotContain("Jordan", "Maya");
    }

    @Test
    void shouldGiveAnAdviserTheirAllocationsAsMineAndTheirTeamAsTeam() {
        assertThat(caseload(DemoUser.NORTHMOOR_ADVISER_2, "MINE")).contains("Jordan", "Maya", "Reece").doesNotContain("Tyler");
        assertThat(caseload(DemoUser.NORTHMOOR_ADVISER, "TEAM")).contains("Tyler", "Zara").doesNotContain("Jordan");
        assertThat(caseload(DemoUser.NORTHMOOR_MANAGER, "MINE")).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"NORTHMOOR_YOUTH_VOICE", "NORTHMOOR_LEADER", "NORTHMOOR_ADMIN",
            "NORTHMOOR_CARE_LEAVER", "NORTHMOOR_CARE_LEAVER_2"})
    void shouldGiveEveryoneElseNoIndividualRecords(DemoUser user) {
        assertThat(youngPerson(user, "Tyler").isNull()).isTrue();
        assertThat(youngPerson(user, "Jordan").isNull()).isTrue();
        GraphQlHttp.Response caseload = graphql.as(user, CASELOAD, Map.of("scope", "TEAM"));
        assertThat(caseload.data().path("caseload").isEmpty()).as("no caseload at all").isTrue();
        assertThat(caseload.errors().get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(graphql.as(user, "{ staffMember { name } myTeam { name } }", Map.of()).data().path("staffMember").isNull()).isTrue();
    }

    @Test
    void shouldGiveACareLeaverTheirOwnRecordAsMineAndNothingOfAnyoneElse() {
        String query = "{ mine { knownAs personalAdviser { name email teamName } correctionRequests { whatIsWrong } changesYouToldUs { kind } } }";
        JsonNode tyler = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, query, Map.of()).data().path("mine");
        JsonNode jordan = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER_2, query, Map.of()).data().path("mine");
        assertThat(tyler.path("knownAs").asString()).isEqualTo("Ty");
        assertThat(tyler.path("personalAdviser").path("name").asString()).isEqualTo("Priya Sharma");
        assertThat(jordan.path("knownAs").asString()).isEqualTo("Jordan");
        assertThat(jordan.path("personalAdviser").path("name").asString()).isEqualTo("Tom Brennan");
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, query, Map.of()).data().path("mine").isNull()).isTrue();
    }

    @Test
    void shouldShowStaffThemselvesAndTheirTeam() {
        JsonNode data = graphql.as(DemoUser.NORTHMOOR_MANAGER, "{ staffMember { name jobTitle team { name } } myTeam { name members { name } } }",
                Map.of()).data();
        assertThat(data.path("staffMember").path("name").asString()).isEqualTo("Gareth Llewellyn");
        assertThat(data.path("myTeam").path("members").values()).extracting(member -> member.path("name").asString())
                .containsExactlyInAnyOrder("Gareth Llewellyn", "Priya Sharma");
    }
}
