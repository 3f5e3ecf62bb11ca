package app.onward.mentalhealth;

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
import static app.onward.jooq.Tables.MENTAL_HEALTH_REFERRAL;
import static app.onward.jooq.Tables.REFERRAL_STATUS_CHANGE;
import static app.onward.jooq.Tables.REFERRAL_WAIT_THRESHOLD;
import static org.assertj.core.api.Assertions.assertThat;

/** Another authority's staff can neither read nor write a Northmoor referral, nor change Northmoor's thresholds. */
@OnwardIntegrationTest
@Import({DemoRecords.class, ReferralFixtures.class})
class MentalHealthReferralCrossTenantTest {

    private static final List<DemoUser> WEALDSHIRE = List.of(DemoUser.WEALDSHIRE_ADVISER, DemoUser.WEALDSHIRE_MANAGER,
            DemoUser.WEALDSHIRE_ADMIN, DemoUser.WEALDSHIRE_CARE_LEAVER);

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    ReferralFixtures fixtures;

    GraphQlHttp graphql;
    String tyler;
    String tylersReferral;
    LocalDate today;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        fixtures.connect(graphql);
        tyler = demo.youngPerson("northmoor", "Tyler");
        today = LocalDate.now(ZoneId.of("Europe/London"));
        tylersReferral = fixtures.referralsOf(DemoUser.NORTHMOOR_ADVISER, tyler).get(0).path("id").asString();
    }

    private List<Integer> northmoorState() {
        return demo.as("northmoor", () -> List.of(demo.dsl().fetchCount(MENTAL_HEALTH_REFERRAL),
                demo.dsl().fetchCount(REFERRAL_STATUS_CHANGE), demo.dsl().fetchCount(REFERRAL_WAIT_THRESHOLD),
                demo.dsl().fetchCount(AUDIT_EVENT)));
    }

    @Test
    @CrossTenantCase({"startMentalHealthReferral", "updateMentalHealthReferral", "recordReferralStatus"})
    void shouldNotStartOrChangeAnotherAuthoritysReferral() {
        List<Integer> before = northmoorState();
        for (DemoUser user : WEALDSHIRE) {
            assertNotFound(fixtures.startAs(user, fixtures.startInput(tyler, null)), "start by " + user);
            assertNotFound(graphql.as(user, ReferralFixtures.UPDATE, Map.of("i", fixtures.updateInput(tylersReferral, 4))),
                    "update by " + user);
            assertNotFound(fixtures.statusAs(user, tylersReferral, 4, "FIRST_APPOINTMENT", today, null), "status by " + user);
        }
        assertThat(northmoorState()).isEqualTo(before);
    }

    @Test
    @CrossTenantCase("referralsWaitingTooLong")
    void shouldNotShowAnotherAuthoritysReferralsWaitingTooLong() {
        String chloe = demo.youngPerson("wealdshire", "Chloe");
        String chloes = fixtures.insertSent("wealdshire", "Seun Adeyemi", chloe, "ROUTINE", 60);
        for (DemoUser user : List.of(DemoUser.NORTHMOOR_ADVISER, DemoUser.NORTHMOOR_MANAGER)) {
            JsonNode waiting = graphql.as(user, "{ referralsWaitingTooLong { id } }", Map.of()).data().path("referralsWaitingTooLong");
            assertThat(waiting.values()).as(user.name()).extracting(referral -> referral.path("id").asString()).contains(tylersReferral).doesNotContain(chloes);
        }
        List<Integer> before = northmoorState();
        for (DemoUser user : List.of(DemoUser.WEALDSHIRE_ADVISER, DemoUser.WEALDSHIRE_MANAGER)) {
            JsonNode waiting = graphql.as(user, "{ referralsWaitingTooLong { id } }", Map.of()).data().path("referralsWaitingTooLong");
            assertThat(waiting.values()).as(user.name()).extracting(referral -> referral.path("id").asString()).contains(chloes).doesNotContain(tylersReferral);
        }
        JsonNode chloesOwn = graphql.as(DemoUser.WEALDSHIRE_CARE_LEAVER, ReferralFixtures.MINE, Map.of()).data().path("mine").path("myReferrals");
        assertThat(chloesOwn.values()).extracting(referral -> referral.path("id").asString()).containsExactly(chloes);
        for (DemoUser user : WEALDSHIRE) {
            assertThat(graphql.as(user, ReferralFixtures.OF_YOUNG_PERSON, Map.of("id", tyler)).data().path("youngPerson").isNull())
                    .as(user.name()).isTrue();
        }
        assertThat(northmoorState()).as("no Northmoor read was audited, nothing written").isEqualTo(before);
    }

    @Test
    @CrossTenantCase("setReferralWaitThresholds")
    void shouldSetTheThresholdsOfTheAdminsOwnAuthorityOnly() {
        JsonNode set = graphql.as(DemoUser.WEALDSHIRE_ADMIN, ReferralFixtures.SET_THRESHOLDS, Map.of("i", Map.of("thresholds",
                List.of(Map.of("urgency", "ROUTINE", "days", 28))))).data().path("setReferralWaitThresholds");
        try {
            assertThat(set.path("settings").path("referralWaitThresholds").get(0).path("days").asInt()).isEqualTo(28);
            JsonNode northmoor = graphql.as(DemoUser.NORTHMOOR_MANAGER, ReferralFixtures.THRESHOLDS, Map.of()).data()
                    .path("authoritySettings").path("referralWaitThresholds");
            assertThat(northmoor.get(0).path("days").asInt()).isEqualTo(42);
            JsonNode wealdshire = graphql.as(DemoUser.WEALDSHIRE_MANAGER, ReferralFixtures.THRESHOLDS, Map.of()).data()
                    .path("authoritySettings").path("referralWaitThresholds");
            assertThat(wealdshire.get(0).path("days").asInt()).isEqualTo(28);
            // An authority's own threshold decides its escalations: 30 days is over Wealdshire's 28, within the default 42.
            String noah = demo.youngPerson("wealdshire", "Noah");
            fixtures.insertSent("wealdshire", "Seun Adeyemi", noah, "ROUTINE", 30);
            JsonNode noahs = graphql.as(DemoUser.WEALDSHIRE_ADVISER, ReferralFixtures.OF_YOUNG_PERSON, Map.of("id", noah)).data()
                    .path("youngPerson").path("mentalHealthReferrals").get(0);
            assertThat(noahs.path("thresholdDays").asInt()).isEqualTo(28);
            assertThat(noahs.path("escalated").asBoolean()).isTrue();
            assertThat(noahs.path("escalatedOn").asString()).isEqualTo(today.minusDays(30).plusDays(29).toString());
        } finally {
            graphql.as(DemoUser.WEALDSHIRE_ADMIN, ReferralFixtures.SET_THRESHOLDS, Map.of("i", Map.of("thresholds",
                    List.of(Map.of("urgency", "ROUTINE", "days", 42)))));
        }
    }

    private static void assertNotFound(GraphQlHttp.Response response, String what) {
        assertThat(response.errors().get(0).path("extensions").path("code").asString()).as(what + ": " + response.body())
                .isEqualTo("NOT_FOUND");
    }
}
