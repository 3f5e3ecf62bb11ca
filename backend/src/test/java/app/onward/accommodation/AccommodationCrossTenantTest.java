package app.onward.accommodation;

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

import static app.onward.jooq.Tables.ACCOMMODATION_PERIOD;
import static app.onward.jooq.Tables.ACTIVITY_PERIOD;
import static app.onward.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Another authority's staff cannot read or write where a Northmoor young person lives or what they do; nor can an
 * adviser of another Northmoor team (across young people); a young person reads only their own.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class AccommodationCrossTenantTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;

    GraphQlHttp graphql;
    String tyler;
    String today;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        tyler = demo.youngPerson("northmoor", "Tyler");
        today = LocalDate.now(ZoneId.of("Europe/London")).toString();
    }

    private List<Integer> northmoorState() {
        return demo.as("northmoor", () -> List.of(demo.dsl().fetchCount(ACCOMMODATION_PERIOD),
                demo.dsl().fetchCount(ACTIVITY_PERIOD), demo.dsl().fetchCount(AUDIT_EVENT)));
    }

    @Test
    @CrossTenantCase({"recordAccommodation", "recordActivity"})
    void shouldNotWriteWhereAnotherAuthoritysOrAnotherTeamsYoungPersonLives() {
        List<Integer> before = northmoorState();
        Map<String, Object> accommodation = Map.of("youngPersonId", tyler, "from", today, "type", "W", "suitability", "UNSUITABLE");
        Map<String, Object> activity = Map.of("youngPersonId", tyler, "from", today, "code", "G5");
        for (DemoUser user : List.of(DemoUser.WEALDSHIRE_ADVISER, DemoUser.WEALDSHIRE_MANAGER, DemoUser.NORTHMOOR_ADVISER_2)) {
            assertNotFound(graphql.as(user, AccommodationTest.RECORD_ACCOMMODATION, Map.of("i", accommodation)),
                    "recordAccommodation by " + user);
            assertNotFound(graphql.as(user, AccommodationTest.RECORD_ACTIVITY, Map.of("i", activity)),
                    "recordActivity by " + user);
        }
        assertThat(northmoorState()).isEqualTo(before);
    }

    @Test
    void shouldNotReadWhereAnotherAuthoritysYoungPersonLives() {
        String chloesOwn = "{ mine { knownAs whereILive { now history { words } } whatImDoing { now history { words } } } }";
        JsonNode chloeBefore = graphql.as(DemoUser.WEALDSHIRE_CARE_LEAVER, chloesOwn, Map.of()).data().path("mine");
        graphql.as(DemoUser.NORTHMOOR_ADVISER, AccommodationTest.RECORD_ACTIVITY,
                Map.of("i", Map.of("youngPersonId", tyler, "from", today, "code", "F5")));
        for (DemoUser user : List.of(DemoUser.WEALDSHIRE_ADVISER, DemoUser.WEALDSHIRE_MANAGER, DemoUser.NORTHMOOR_ADVISER_2)) {
            JsonNode data = graphql.as(user, AccommodationTest.HISTORIES, Map.of("id", tyler)).data();
            assertThat(data.path("youngPerson").isNull()).as(user.name()).isTrue();
            JsonNode caseload = graphql.as(user, "{ caseload(scope: TEAM, first: 100) { edges { node { givenName activity { code } } } } }",
                    Map.of()).data().path("caseload").path("edges");
            assertThat(caseload.values()).as(user.name()).noneSatisfy(edge ->
                    assertThat(edge.path("node").path("givenName").asString()).isEqualTo("Tyler"));
        }
        JsonNode chloe = graphql.as(DemoUser.WEALDSHIRE_CARE_LEAVER, chloesOwn, Map.of()).data().path("mine");
        assertThat(chloe.path("knownAs").asString()).isEqualTo("Chloe");
        assertThat(chloe).isEqualTo(chloeBefore);
    }

    private static void assertNotFound(GraphQlHttp.Response response, String what) {
        assertThat(response.errors().get(0).path("extensions").path("code").asString()).as(what + ": " + response.body())
                .isEqualTo("NOT_FOUND");
    }
}
