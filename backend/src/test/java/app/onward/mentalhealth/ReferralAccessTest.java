package app.onward.mentalhealth;

import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;
import static app.onward.jooq.Tables.YOUNG_PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Across young people inside one authority: a referral is for the young person's personal adviser and the managers
 * of the adviser's team (while none is allocated, of the young person's team), not for the other staff who may open
 * the record, nor anyone else. The table: whose referral, who asks, whether they may read and change it.
 */
@OnwardIntegrationTest
@Import({DemoRecords.class, ReferralFixtures.class})
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferralAccessTest {

    /** Whose referral: each young person has one referral, sent 30 days ago as URGENT, so it waits too long. */
    enum Whose {
        /** Team north, allocated to Priya (north). */
        PRIYAS_IN_HER_TEAM,
        /** Team south (Tom's), but allocated to Priya (north): kept their adviser when they moved teams. */
        PRIYAS_IN_THE_SOUTH_TEAM,
        /** Team south, allocated to Tom (south): Maya of the demo data. */
        TOMS,
        /** Team north, no adviser allocated. */
        NORTH_WITH_NO_ADVISER
    }

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    ReferralFixtures fixtures;

    GraphQlHttp graphql;
    final Map<Whose, String> youngPeople = new EnumMap<>(Whose.class);
    final Map<Whose, String> referrals = new EnumMap<>(Whose.class);

    @BeforeAll
    void giveEachYoungPersonAnEscalatedReferral() {
        graphql = new GraphQlHttp(port);
        fixtures.connect(graphql);
        youngPeople.put(Whose.PRIYAS_IN_HER_TEAM, youngPerson("Access1", "Leaving care team north", "Priya Sharma"));
        youngPeople.put(Whose.PRIYAS_IN_THE_SOUTH_TEAM, youngPerson("Access2", "Leaving care team south", "Priya Sharma"));
        // A demo young person: one of Tom's own would join his caseload, which other tests count.
        youngPeople.put(Whose.TOMS, demo.youngPerson("northmoor", "Maya"));
        youngPeople.put(Whose.NORTH_WITH_NO_ADVISER, youngPerson("Access4", "Leaving care team north", null));
        youngPeople.forEach((whose, id) -> referrals.put(whose, fixtures.insertSent(id, "URGENT", 30)));
    }

    static Stream<Arguments> whoMayRead() {
        return Stream.of(
                Arguments.of(DemoUser.NORTHMOOR_ADVISER, Whose.PRIYAS_IN_HER_TEAM, true, "their personal adviser"),
                Arguments.of(DemoUser.NORTHMOOR_ADVISER, Whose.PRIYAS_IN_THE_SOUTH_TEAM, true, "their adviser, from another team"),
                Arguments.of(DemoUser.NORTHMOOR_ADVISER, Whose.NORTH_WITH_NO_ADVISER, false, "an adviser of their team, not theirs"),
                Arguments.of(DemoUser.NORTHMOOR_ADVISER, Whose.TOMS, false, "another team's adviser"),
                Arguments.of(DemoUser.NORTHMOOR_ADVISER_2, Whose.PRIYAS_IN_THE_SOUTH_TEAM, false,
                        "an adviser of their team who may open the record, not their adviser"),
                Arguments.of(DemoUser.NORTHMOOR_ADVISER_2, Whose.TOMS, true, "their personal adviser"),
                Arguments.of(DemoUser.NORTHMOOR_MANAGER, Whose.PRIYAS_IN_HER_TEAM, true, "the manager of the adviser's team"),
                Arguments.of(DemoUser.NORTHMOOR_MANAGER, Whose.PRIYAS_IN_THE_SOUTH_TEAM, true,
                        "the manager of the adviser's team, though the young person is in another team"),
                Arguments.of(DemoUser.NORTHMOOR_MANAGER, Whose.NORTH_WITH_NO_ADVISER, true,
                        "the manager of the young person's team, while no adviser is allocated"),
                Arguments.of(DemoUser.NORTHMOOR_MANAGER, Whose.TOMS, false, "the manager of another team"),
                Arguments.of(DemoUser.NORTHMOOR_YOUTH_VOICE, Whose.PRIYAS_IN_HER_TEAM, false, "a Youth Voice worker"),
                Arguments.of(DemoUser.NORTHMOOR_LEADER, Whose.PRIYAS_IN_HER_TEAM, false, "a leader"),
                Arguments.of(DemoUser.NORTHMOOR_ADMIN, Whose.PRIYAS_IN_HER_TEAM, false, "a tenant admin"),
                Arguments.of(DemoUser.NORTHMOOR_CARE_LEAVER, Whose.PRIYAS_IN_HER_TEAM, false, "another young person"));
    }

    @ParameterizedTest(name = "{3}: {2}")
    @MethodSource("whoMayRead")
    void shouldShowAReferralOnlyToTheAdviserAndTheManagersOfTheirTeam(DemoUser user, Whose whose, boolean mayRead, String who) {
        String referral = referrals.get(whose);
        JsonNode waiting = graphql.as(user, "{ referralsWaitingTooLong { id } }", Map.of()).data().path("referralsWaitingTooLong");
        List<String> ids = waiting.values().stream().map(node -> node.path("id").asString()).toList();
        assertThat(ids.contains(referral)).as(who).isEqualTo(mayRead);

        JsonNode record = graphql.as(user, ReferralFixtures.OF_YOUNG_PERSON, Map.of("id", youngPeople.get(whose))).data()
                .path("youngPerson");
        if (!record.isNull()) {
            assertThat(record.path("mayReadMentalHealthReferrals").asBoolean()).as(who).isEqualTo(mayRead);
            List<String> onRecord = record.path("mentalHealthReferrals").values().stream().map(node -> node.path("id").asString()).toList();
            assertThat(onRecord.contains(referral)).as(who).isEqualTo(mayRead);
            assertThat(onRecord.isEmpty()).as(who).isEqualTo(!mayRead);
        }

        // A change sent with an old version writes nothing: those who may change it hear of the conflict, others of nothing.
        GraphQlHttp.Response stale = graphql.as(user, ReferralFixtures.UPDATE, Map.of("i", fixtures.updateInput(referral, 1)));
        if (mayRead) {
            assertThat(stale.data().path("updateMentalHealthReferral").path("userErrors").get(0).path("code").asString())
                    .as(who).isEqualTo("CONFLICT");
        } else {
            assertThat(stale.errors().get(0).path("extensions").path("code").asString()).as(who).isEqualTo("NOT_FOUND");
        }
    }

    @Test
    void shouldNotLetAnyoneButTheAdviserAndTheirManagersStartOne() {
        Map<String, Object> input = fixtures.startInput(youngPeople.get(Whose.PRIYAS_IN_THE_SOUTH_TEAM), null);
        for (DemoUser user : new DemoUser[]{DemoUser.NORTHMOOR_ADVISER_2, DemoUser.NORTHMOOR_ADMIN, DemoUser.NORTHMOOR_CARE_LEAVER}) {
            assertThat(fixtures.startAs(user, input).errors().get(0).path("extensions").path("code").asString()).as(user.name())
                    .isIn("NOT_FOUND");
        }
        JsonNode byManager = fixtures.start(DemoUser.NORTHMOOR_MANAGER, input).path("referral");
        assertThat(byManager.path("status").asString()).isEqualTo("DRAFT");
        assertThat(byManager.path("youngPerson").isNull()).as("the manager may not open the record of another team's young person")
                .isTrue();
        assertThat(fixtures.start(DemoUser.NORTHMOOR_ADVISER, input).path("referral").path("youngPerson").path("id").asString())
                .isEqualTo(youngPeople.get(Whose.PRIYAS_IN_THE_SOUTH_TEAM));
    }

    /** Written directly: a team's manager may only allocate their own team's advisers through the API. */
    private String youngPerson(String givenName, String team, String adviser) {
        UUID id = demo.as("northmoor", () -> {
            var dsl = demo.dsl();
            LocalDate born = LocalDate.now(ZoneId.of("Europe/London")).minusYears(20);
            UUID teamId = dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq(team)).fetchSingle().value1();
            UUID person = dsl.insertInto(YOUNG_PERSON).set(YOUNG_PERSON.GIVEN_NAME, givenName).set(YOUNG_PERSON.FAMILY_NAME, "Access")
                    .set(YOUNG_PERSON.DATE_OF_BIRTH, born).set(YOUNG_PERSON.TEAM_ID, teamId)
                    .returning(YOUNG_PERSON.ID).fetchSingle(YOUNG_PERSON.ID);
            if (adviser != null) {
                UUID staff = dsl.select(STAFF_MEMBER.ID).from(STAFF_MEMBER).where(STAFF_MEMBER.DISPLAY_NAME.eq(adviser)).fetchSingle().value1();
                dsl.insertInto(ADVISER_ALLOCATION).set(ADVISER_ALLOCATION.YOUNG_PERSON_ID, person)
                        .set(ADVISER_ALLOCATION.STAFF_MEMBER_ID, staff).set(ADVISER_ALLOCATION.STARTED_ON, born.plusYears(16))
                        .set(ADVISER_ALLOCATION.RECORDED_BY, "test").execute();
            }
            return person;
        });
        return app.onward.graphql.GlobalId.of("YoungPerson", id);
    }
}
