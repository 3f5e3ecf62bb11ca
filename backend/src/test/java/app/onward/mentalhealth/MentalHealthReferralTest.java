package app.onward.mentalhealth;

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
import static org.assertj.core.api.Assertions.assertThat;

/** Referrals through GraphQL: started, changed, moved through their steps, refused field by field or as a conflict. */
@OnwardIntegrationTest
@Import({DemoRecords.class, ReferralFixtures.class})
class MentalHealthReferralTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    ReferralFixtures fixtures;

    GraphQlHttp graphql;
    LocalDate today;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        fixtures.connect(graphql);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    @Test
    void shouldStartAReferralAsADraftAndTakeItThroughItsStepsToAFirstAppointment() {
        String robin = fixtures.newYoungPerson("Robin");
        JsonNode started = fixtures.start(DemoUser.NORTHMOOR_ADVISER, fixtures.startInput(robin, null));
        assertThat(started.path("userErrors").values()).isEmpty();
        JsonNode referral = started.path("referral");
        assertThat(referral.path("status").asString()).isEqualTo("DRAFT");
        assertThat(referral.path("version").asInt()).isEqualTo(1);
        assertThat(referral.path("serviceInWords").asString()).isEqualTo("NHS Talking Therapies");
        assertThat(referral.path("nextStatuses").values()).extracting(JsonNode::asString).containsExactly("SENT", "CLOSED");
        assertThat(referral.path("waitDays").isNull()).isTrue();
        assertThat(referral.path("thresholdDays").asInt()).isEqualTo(42);
        assertThat(referral.path("startedBy").path("name").asString()).isEqualTo("Priya Sharma");
        assertThat(referral.path("youngPerson").path("id").asString()).isEqualTo(robin);
        String id = referral.path("id").asString();

        JsonNode unsent = fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 1, "SENT", today, null);
        assertThat(unsent.path("userErrors").get(0).path("field").asString()).isEqualTo("status");
        assertThat(unsent.path("userErrors").get(0).path("message").asString()).contains("consent");

        Map<String, Object> withConsent = fixtures.updateInput(id, 1);
        withConsent.put("consent", Map.of("givenBy", "YOUNG_PERSON", "givenOn", today.toString(), "how", "IN_PERSON"));
        withConsent.put("urgency", "URGENT");
        JsonNode updated = fixtures.update(DemoUser.NORTHMOOR_MANAGER, withConsent);
        assertThat(updated.path("userErrors").values()).isEmpty();
        assertThat(updated.path("referral").path("version").asInt()).isEqualTo(2);
        assertThat(updated.path("referral").path("thresholdDays").asInt()).isEqualTo(7);
        assertThat(updated.path("referral").path("consent").path("how").asString()).isEqualTo("IN_PERSON");

        JsonNode sent = fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 2, "SENT", today, null).path("referral");
        assertThat(sent.path("sentOn").asString()).isEqualTo(today.toString());
        assertThat(sent.path("waitDays").asInt()).isZero();
        fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 3, "ACCEPTED", today, null);
        fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 4, "WAITING", today, null);
        JsonNode seen = fixtures.status(DemoUser.NORTHMOOR_MANAGER, id, 5, "FIRST_APPOINTMENT", today, null).path("referral");
        assertThat(seen.path("status").asString()).isEqualTo("FIRST_APPOINTMENT");
        assertThat(seen.path("firstAppointmentOn").asString()).isEqualTo(today.toString());
        assertThat(seen.path("escalated").asBoolean()).isFalse();
        assertThat(seen.path("nextStatuses").values()).extracting(JsonNode::asString).containsExactly("ONGOING", "CLOSED");
        assertThat(seen.path("statusHistory").values()).extracting(change -> change.path("status").asString() + " by "
                        + change.path("recordedBy").path("name").asString())
                .containsExactly("DRAFT by Priya Sharma", "SENT by Priya Sharma", "ACCEPTED by Priya Sharma",
                        "WAITING by Priya Sharma", "FIRST_APPOINTMENT by Gareth Llewellyn");
        JsonNode closed = fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 6, "CLOSED", today, "  ").path("referral");
        assertThat(closed.path("nextStatuses").values()).isEmpty();
        assertThat(closed.path("statusHistory").get(5).path("reason").isNull()).isTrue();
    }

    @Test
    void shouldRefuseBadInputFieldByFieldAndWriteNothing() {
        String ash = fixtures.newYoungPerson("Ash");
        int before = fixtures.count(MENTAL_HEALTH_REFERRAL);
        Map<String, Object> bad = fixtures.startInput(ash, Map.of("givenBy", "YOUNG_PERSON",
                "givenOn", today.plusDays(1).toString(), "how", "PHONE"));
        bad.put("service", "OTHER");
        bad.put("reason", " ");
        JsonNode refused = fixtures.start(DemoUser.NORTHMOOR_ADVISER, bad);
        assertThat(refused.path("referral").isNull()).isTrue();
        assertThat(refused.path("userErrors").values()).extracting(error -> error.path("field").asString())
                .containsExactlyInAnyOrder("reason", "serviceName", "consent.givenOn");
        Map<String, Object> tooLong = fixtures.startInput(ash, null);
        tooLong.put("reason", "x".repeat(4001));
        assertThat(fixtures.start(DemoUser.NORTHMOOR_ADVISER, tooLong).path("userErrors").get(0).path("code").asString())
                .isEqualTo("TOO_LONG");
        assertThat(fixtures.count(MENTAL_HEALTH_REFERRAL)).isEqualTo(before);

        String id = fixtures.start(DemoUser.NORTHMOOR_ADVISER, fixtures.startInput(ash, Map.of("givenBy", "YOUNG_PERSON",
                "givenOn", today.toString(), "how", "PHONE"))).path("referral").path("id").asString();
        int steps = fixtures.count(REFERRAL_STATUS_CHANGE);
        assertThat(fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 1, "ACCEPTED", today, null).path("userErrors").get(0)
                .path("code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 1, "SENT", today.plusDays(1), null).path("userErrors").get(0)
                .path("field").asString()).isEqualTo("on");
        assertThat(fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 1, "SENT", today.minusDays(1), null).path("userErrors").values())
                .extracting(error -> error.path("field").asString() + ": " + error.path("message").asString())
                .containsExactly("on: Consent was given on " + Days.inWords(today) + ", so the referral cannot have been sent before that day",
                        "on: The day must be on or after " + Days.inWords(today) + ", when the referral was marked 'Draft'");
        assertThat(fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 1, "CLOSED", today, null).path("userErrors").get(0)
                .path("field").asString()).isEqualTo("reason");
        fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 1, "SENT", today, null);
        assertThat(fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 2, "DECLINED", today, null).path("userErrors").get(0)
                .path("message").asString()).isEqualTo("Enter why the service declined the referral");
        Map<String, Object> withoutConsent = fixtures.updateInput(id, 2);
        assertThat(fixtures.update(DemoUser.NORTHMOOR_ADVISER, withoutConsent).path("userErrors").get(0).path("field").asString())
                .isEqualTo("consent");
        assertThat(fixtures.count(REFERRAL_STATUS_CHANGE)).isEqualTo(steps + 1);
    }

    @Test
    void shouldRefuseAStaleChangeAndSayWhatChangedWithoutOverwritingIt() {
        String kit = fixtures.newYoungPerson("Kit");
        String id = fixtures.start(DemoUser.NORTHMOOR_ADVISER, fixtures.startInput(kit, Map.of("givenBy", "YOUNG_PERSON",
                "givenOn", today.toString(), "how", "PHONE"))).path("referral").path("id").asString();
        fixtures.status(DemoUser.NORTHMOOR_MANAGER, id, 1, "SENT", today, null);

        Map<String, Object> stale = fixtures.updateInput(id, 1);
        stale.put("consent", Map.of("givenBy", "YOUNG_PERSON", "givenOn", today.toString(), "how", "PHONE"));
        stale.put("reason", "Overwritten reason");
        JsonNode refused = fixtures.update(DemoUser.NORTHMOOR_ADVISER, stale);
        assertThat(refused.path("referral").isNull()).isTrue();
        assertThat(refused.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(refused.path("userErrors").get(0).path("message").asString()).startsWith("Since you opened it, Gareth Llewellyn "
                + "recorded 'Sent' on " + Days.inWords(today) + ".");

        Map<String, Object> changed = fixtures.updateInput(id, 2);
        changed.put("consent", Map.of("givenBy", "YOUNG_PERSON", "givenOn", today.toString(), "how", "PHONE"));
        changed.put("urgency", "EMERGENCY");
        fixtures.update(DemoUser.NORTHMOOR_MANAGER, changed);
        JsonNode alsoStale = fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 2, "ACCEPTED", today, null);
        assertThat(alsoStale.path("userErrors").get(0).path("message").asString())
                .startsWith("Since you opened it, Gareth Llewellyn changed the urgency on " + Days.inWords(today) + ".");

        JsonNode now = fixtures.referralsOf(DemoUser.NORTHMOOR_ADVISER, kit).get(0);
        assertThat(now.path("reason").asString()).isEqualTo(ReferralFixtures.REASON);
        assertThat(now.path("status").asString()).isEqualTo("SENT");
        assertThat(now.path("version").asInt()).isEqualTo(3);
    }

    @Test
    void shouldAuditEveryChangeWithoutTheReasonText() {
        String lou = fixtures.newYoungPerson("Lou");
        String id = fixtures.start(DemoUser.NORTHMOOR_ADVISER, fixtures.startInput(lou, Map.of("givenBy", "YOUNG_PERSON",
                "givenOn", today.toString(), "how", "VIDEO_CALL"))).path("referral").path("id").asString();
        Map<String, Object> update = fixtures.updateInput(id, 1);
        update.put("consent", Map.of("givenBy", "YOUNG_PERSON", "givenOn", today.toString(), "how", "VIDEO_CALL"));
        update.put("reason", "Secret second reason about self-harm");
        fixtures.update(DemoUser.NORTHMOOR_ADVISER, update);
        fixtures.status(DemoUser.NORTHMOOR_ADVISER, id, 2, "CLOSED", today, "Secret closing reason");

        List<String> actions = fixtures.auditFor(id).stream().map(row -> row.action()).toList();
        assertThat(actions).containsSubsequence(ReferralChanges.START, ReferralChanges.UPDATE, ReferralChanges.STATUS);
        List<String> states = fixtures.auditFor(id).stream().map(row -> row.before() + " " + row.after()).toList();
        assertThat(states).noneSatisfy(state -> assertThat(state).containsAnyOf("Secret", ReferralFixtures.REASON));
        assertThat(states).anySatisfy(state -> assertThat(state).contains("\"reason\":\"changed\""));
        int leaks = demo.as("northmoor", () -> demo.dsl().fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.BEFORE_STATE.cast(String.class).contains("Secret").or(AUDIT_EVENT.AFTER_STATE.cast(String.class).contains("Secret"))));
        assertThat(leaks).isZero();
    }

    @Test
    void shouldLetTheYoungPersonReadTheirOwnReferralsInPlainWordsOnly() {
        JsonNode tylers = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, ReferralFixtures.MINE, Map.of()).data()
                .path("mine").path("myReferrals");
        assertThat(tylers.values()).anySatisfy(referral -> {
            assertThat(referral.path("status").asString()).isEqualTo("WAITING");
            assertThat(referral.path("statusInWords").asString())
                    .isEqualTo("NHS Talking Therapies said yes. You are waiting for your first appointment.");
            assertThat(referral.path("whatHappensNext").asString()).isEqualTo("You have waited 58 days so far. That is longer "
                    + "than it should be, so your adviser is chasing it.");
        });
        JsonNode jordans = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER_2, ReferralFixtures.MINE, Map.of()).data()
                .path("mine").path("myReferrals");
        assertThat(jordans.values()).extracting(referral -> referral.path("service").asString())
                .containsExactly("the adult community mental health team");
        assertThat(graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, "{ mine { myReferrals { reason } } }", Map.of()).errors()
                .get(0).path("extensions").path("code").asString()).isEqualTo("INVALID_QUERY");
    }

    @Test
    void shouldShowEscalatedReferralsToTheAdviserAndTheManagerLongestOverFirst() {
        String pat = fixtures.newYoungPerson("Pat");
        fixtures.insertSent(pat, "URGENT", 20);
        fixtures.insertSent(pat, "URGENT", 7);
        JsonNode priyas = graphql.as(DemoUser.NORTHMOOR_ADVISER, ReferralFixtures.WAITING_TOO_LONG, Map.of()).data()
                .path("referralsWaitingTooLong");
        assertThat(priyas.values()).extracting(referral -> referral.path("waitDays").asInt() - referral.path("thresholdDays").asInt())
                .isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(priyas.values()).filteredOn(referral -> referral.path("youngPerson").path("id").asString().equals(pat))
                .extracting(referral -> referral.path("waitDays").asInt()).containsExactly(20);
        assertThat(priyas.values()).anySatisfy(referral -> assertThat(referral.path("escalatedOn").asString())
                .isEqualTo(today.minusDays(20).plusDays(8).toString()));
        JsonNode garethS = graphql.as(DemoUser.NORTHMOOR_MANAGER, ReferralFixtures.WAITING_TOO_LONG, Map.of()).data()
                .path("referralsWaitingTooLong");
        assertThat(garethS.values()).extracting(referral -> referral.path("youngPerson").path("id").asString()).contains(pat);
        JsonNode toms = graphql.as(DemoUser.NORTHMOOR_ADVISER_2, ReferralFixtures.WAITING_TOO_LONG, Map.of()).data()
                .path("referralsWaitingTooLong");
        assertThat(toms.values()).extracting(referral -> referral.path("youngPerson").path("id").asString()).doesNotContain(pat);
    }

    @Test
    void shouldLetOnlyTenantAdminsSetTheThresholdsFromOneTo365Days() {
        JsonNode refused = graphql.as(DemoUser.NORTHMOOR_ADMIN, ReferralFixtures.SET_THRESHOLDS, Map.of("i", Map.of("thresholds", List.of(
                Map.of("urgency", "ROUTINE", "days", 30), Map.of("urgency", "URGENT", "days", 0),
                Map.of("urgency", "ROUTINE", "days", 366))))).data().path("setReferralWaitThresholds");
        assertThat(refused.path("userErrors").values()).extracting(error -> error.path("field").asString())
                .containsExactly("thresholds.1.days", "thresholds.2.urgency", "thresholds.2.days");
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, ReferralFixtures.SET_THRESHOLDS, Map.of("i", Map.of("thresholds",
                List.of(Map.of("urgency", "ROUTINE", "days", 30))))).errors().get(0).path("extensions").path("code").asString())
                .isEqualTo("FORBIDDEN");
        JsonNode defaults = graphql.as(DemoUser.NORTHMOOR_MANAGER, ReferralFixtures.THRESHOLDS, Map.of()).data()
                .path("authoritySettings").path("referralWaitThresholds");
        assertThat(defaults.values()).extracting(threshold -> threshold.path("urgency").asString() + " " + threshold.path("days").asInt())
                .containsExactly("ROUTINE 42", "URGENT 7", "EMERGENCY 1");
    }
}
