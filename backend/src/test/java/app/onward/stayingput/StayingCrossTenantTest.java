package app.onward.stayingput;

import app.onward.testsupport.CrossTenantCase;
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
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.STAYING_ARRANGEMENT;
import static app.onward.jooq.Tables.STAYING_ARRANGEMENT_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another authority's staff cannot start, change, review, end or read a Northmoor young person's staying-put or
 * staying-close arrangement; nor can an adviser of another Northmoor team (across young people); a young person
 * reads only their own.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class StayingCrossTenantTest {

    private static final List<DemoUser> OUTSIDERS = List.of(DemoUser.WEALDSHIRE_ADVISER, DemoUser.WEALDSHIRE_MANAGER,
            DemoUser.NORTHMOOR_ADVISER_2);

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;

    GraphQlHttp graphql;
    LocalDate today;
    String zara;
    String kai;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        today = LocalDate.now(ZoneId.of("Europe/London"));
        zara = demo.youngPerson("northmoor", "Zara");
        kai = demo.youngPerson("northmoor", "Kai");
    }

    private List<Integer> northmoorState() {
        return demo.as("northmoor", () -> List.of(demo.dsl().fetchCount(STAYING_ARRANGEMENT),
                demo.dsl().fetchCount(STAYING_ARRANGEMENT_REVIEW), demo.dsl().fetchCount(AUDIT_EVENT)));
    }

    /** The demo arrangement of this kind, as its own adviser reads it. */
    private JsonNode demoArrangement(String youngPerson, String field) {
        return graphql.as(DemoUser.NORTHMOOR_ADVISER, "query($id: ID!) { youngPerson(id: $id) { " + field + " { id version } } }",
                Map.of("id", youngPerson)).data().path("youngPerson").path(field).get(0);
    }

    @Test
    @CrossTenantCase({"startStayingPut", "updateStayingPut", "recordStayingPutReview", "endStayingPut",
            "startStayingClose", "updateStayingClose", "recordStayingCloseReview", "endStayingClose"})
    void shouldNotStartChangeReviewOrEndAnotherAuthoritysOrAnotherTeamsArrangement() {
        JsonNode put = demoArrangement(zara, "stayingPut");
        JsonNode close = demoArrangement(kai, "stayingClose");
        List<Integer> before = northmoorState();
        Map<String, Object> putTerms = Map.of("startsOn", today.minusMonths(1).toString(),
                "plannedEndOn", today.plusMonths(6).toString(), "household", "Someone Else", "weeklyAllowance", "1",
                "weeklyContribution", "0");
        Map<String, Object> closeTerms = Map.of("startsOn", today.minusMonths(1).toString(),
                "plannedEndOn", today.plusMonths(6).toString(), "livesAt", "Elsewhere", "childrensHome", "Elm House",
                "supportAgreed", "None");
        Map<String, Object> review = Map.of("reviewedOn", today.toString(), "note", "Overwritten",
                "nextReviewOn", today.plusMonths(1).toString());
        Map<String, Object> ending = Map.of("endedOn", today.toString(), "how", "BROKE_DOWN");
        for (DemoUser user : OUTSIDERS) {
            assertNotFound(user, StayingPutTest.START_PUT, with(putTerms, "youngPersonId", zara));
            assertNotFound(user, StayingPutTest.UPDATE_PUT, with(with(putTerms, "arrangementId", put.path("id").asString()),
                    "version", put.path("version").asInt()));
            assertNotFound(user, StayingPutTest.REVIEW_PUT, with(with(review, "arrangementId", put.path("id").asString()),
                    "version", put.path("version").asInt()));
            assertNotFound(user, StayingPutTest.END_PUT, with(with(ending, "arrangementId", put.path("id").asString()),
                    "version", put.path("version").asInt()));
            assertNotFound(user, StayingPutTest.START_CLOSE, with(closeTerms, "youngPersonId", kai));
            assertNotFound(user, StayingPutTest.UPDATE_CLOSE, with(with(closeTerms, "arrangementId", close.path("id").asString()),
                    "version", close.path("version").asInt()));
            assertNotFound(user, StayingPutTest.REVIEW_CLOSE, with(with(review, "arrangementId", close.path("id").asString()),
                    "version", close.path("version").asInt()));
            assertNotFound(user, StayingPutTest.END_CLOSE, with(with(ending, "arrangementId", close.path("id").asString()),
                    "version", close.path("version").asInt()));
        }
        assertThat(northmoorState()).isEqualTo(before);
    }

    @Test
    void shouldNotReadAnotherAuthoritysOrAnotherTeamsArrangements() {
        for (DemoUser user : OUTSIDERS) {
            for (String youngPerson : List.of(zara, kai)) {
                JsonNode data = graphql.as(user, StayingPutTest.ARRANGEMENTS, Map.of("id", youngPerson)).data();
                assertThat(data.path("youngPerson").isNull()).as(user.name()).isTrue();
            }
            JsonNode caseload = graphql.as(user, "{ caseload(scope: TEAM, first: 100) { edges { node { givenName "
                    + "stayingPut { household } stayingClose { childrensHome } } } } }", Map.of()).data().path("caseload").path("edges");
            assertThat(caseload.toString()).as(user.name()).doesNotContain("Oak House").doesNotContain("Ann and Raj Patel");
        }
        // Chloe (Wealdshire) and Tyler (Northmoor) read only their own: neither is in an arrangement.
        for (DemoUser youngPerson : List.of(DemoUser.WEALDSHIRE_CARE_LEAVER, DemoUser.NORTHMOOR_CARE_LEAVER)) {
            JsonNode mine = graphql.as(youngPerson, StayingPutTest.MINE, Map.of()).data().path("mine");
            assertThat(mine.path("myArrangement").isNull()).as(youngPerson.name() + ": " + mine).isTrue();
        }
    }

    private void assertNotFound(DemoUser user, String mutation, Map<String, Object> input) {
        GraphQlHttp.Response response = graphql.as(user, mutation, Map.of("i", input));
        assertThat(response.errors().get(0).path("extensions").path("code").asString()).as(user + ": " + response.body())
                .isEqualTo("NOT_FOUND");
    }

    private static Map<String, Object> with(Map<String, Object> input, String field, Object value) {
        var more = new java.util.HashMap<>(input);
        more.put(field, value);
        return more;
    }
}
