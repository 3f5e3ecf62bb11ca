package app.onward.mentalhealth;

import app.onward.graphql.GlobalId;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import org.jooq.Table;
import org.springframework.boot.test.context.TestComponent;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.MENTAL_HEALTH_REFERRAL;
import static app.onward.jooq.Tables.REFERRAL_STATUS_CHANGE;
import static app.onward.jooq.Tables.STAFF_MEMBER;

/** The referral queries and mutations as the screens send them, and referrals written directly with past days. */
@TestComponent
class ReferralFixtures {

    static final String REASON = "Feeling anxious most days; asked for someone to talk to.";
    static final String FIELDS = """
            id version youngPerson { id } service serviceInWords serviceName reason urgency consent { givenBy givenOn how }
            knownToCamhsBefore18 transitionFromCamhs status statusHistory { status on reason recordedBy { name } recordedAt }
            nextStatuses sentOn firstAppointmentOn waitDays thresholdDays escalated escalatedOn startedBy { name } startedAt""";
    static final String START = "mutation($i: StartMentalHealthReferralInput!) { startMentalHealthReferral(input: $i) { referral { "
            + FIELDS + " } userErrors { field message code } } }";
    static final String UPDATE = "mutation($i: UpdateMentalHealthReferralInput!) { updateMentalHealthReferral(input: $i) { referral { "
            + FIELDS + " } userErrors { field message code } } }";
    static final String STATUS = "mutation($i: RecordReferralStatusInput!) { recordReferralStatus(input: $i) { referral { "
            + FIELDS + " } userErrors { field message code } } }";
    static final String OF_YOUNG_PERSON = "query($id: ID!) { youngPerson(id: $id) { mayReadMentalHealthReferrals "
            + "mentalHealthReferrals { " + FIELDS + " } } }";
    static final String WAITING_TOO_LONG = "{ referralsWaitingTooLong { " + FIELDS + " } }";
    static final String MINE = "{ mine { myReferrals { id status service statusInWords whatHappensNext sentOn firstAppointmentOn waitDays } } }";
    static final String SET_THRESHOLDS = "mutation($i: SetReferralWaitThresholdsInput!) { setReferralWaitThresholds(input: $i) { "
            + "settings { referralWaitThresholds { urgency days } } userErrors { field message code } } }";
    static final String THRESHOLDS = "{ authoritySettings { referralWaitThresholds { urgency days } } }";

    private final DemoRecords demo;
    private GraphQlHttp graphql;

    ReferralFixtures(DemoRecords demo) {
        this.demo = demo;
    }

    void connect(GraphQlHttp graphql) {
        this.graphql = graphql;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A young person of team north, 19 today, allocated to Priya: tests do not disturb each other. */
    String newYoungPerson(String givenName) {
        Map<String, Object> input = new HashMap<>(Map.of("givenName", givenName, "familyName", "Referred",
                "dateOfBirth", today().minusYears(19).toString(), "category", "FORMER_RELEVANT",
                "categoryAppliesFrom", today().minusYears(1).toString(),
                "personalAdviserId", demo.staffMember("northmoor", "Priya Sharma")));
        return graphql.as(DemoUser.NORTHMOOR_MANAGER, "mutation($i: RegisterYoungPersonInput!) { registerYoungPerson(input: $i) { youngPerson { id } } }",
                Map.of("i", input)).data().path("registerYoungPerson").path("youngPerson").path("id").asString();
    }

    Map<String, Object> startInput(String youngPerson, Map<String, Object> consent) {
        Map<String, Object> input = new HashMap<>(Map.of("youngPersonId", youngPerson, "service", "NHS_TALKING_THERAPIES",
                "reason", REASON, "urgency", "ROUTINE", "knownToCamhsBefore18", false, "transitionFromCamhs", false));
        if (consent != null) {
            input.put("consent", consent);
        }
        return input;
    }

    Map<String, Object> updateInput(String referral, int version) {
        return new HashMap<>(Map.of("referralId", referral, "version", version, "service", "NHS_TALKING_THERAPIES",
                "reason", REASON, "urgency", "ROUTINE", "knownToCamhsBefore18", false, "transitionFromCamhs", false));
    }

    GraphQlHttp.Response startAs(DemoUser user, Map<String, Object> input) {
        return graphql.as(user, START, Map.of("i", input));
    }

    JsonNode start(DemoUser user, Map<String, Object> input) {
        return startAs(user, input).data().path("startMentalHealthReferral");
    }

    JsonNode update(DemoUser user, Map<String, Object> input) {
        return graphql.as(user, UPDATE, Map.of("i", input)).data().path("updateMentalHealthReferral");
    }

    GraphQlHttp.Response statusAs(DemoUser user, String referral, int version, String status, LocalDate on, String reason) {
        Map<String, Object> input = new HashMap<>(Map.of("referralId", referral, "version", version, "status", status,
                "on", on.toString()));
        if (reason != null) {
            input.put("reason", reason);
        }
        return graphql.as(user, STATUS, Map.of("i", input));
    }

    JsonNode status(DemoUser user, String referral, int version, String status, LocalDate on, String reason) {
        return statusAs(user, referral, version, status, on, reason).data().path("recordReferralStatus");
    }

    JsonNode referralsOf(DemoUser user, String youngPerson) {
        return graphql.as(user, OF_YOUNG_PERSON, Map.of("id", youngPerson)).data().path("youngPerson").path("mentalHealthReferrals");
    }

    int count(Table<?> table) {
        return demo.as("northmoor", () -> demo.dsl().fetchCount(table));
    }

    record Audited(String action, String actor, String before, String after) {
    }

    List<Audited> auditFor(String referral) {
        UUID id = DemoRecords.uuid(ReferralReads.ENTITY, referral);
        return demo.as("northmoor", () -> demo.dsl().select(AUDIT_EVENT.ACTION, AUDIT_EVENT.ACTOR_SUBJECT,
                        AUDIT_EVENT.BEFORE_STATE, AUDIT_EVENT.AFTER_STATE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(ReferralReads.ENTITY)).and(AUDIT_EVENT.ENTITY_ID.eq(id))
                .orderBy(AUDIT_EVENT.OCCURRED_AT)
                .fetch(row -> new Audited(row.value1(), row.value2(), String.valueOf(row.value3()), String.valueOf(row.value4()))));
    }

    int reads(String referral) {
        return (int) auditFor(referral).stream().filter(row -> row.action().equals("READ")).count();
    }

    /** A referral sent {@code daysAgo} (and started the day before), still waiting, written as Priya. */
    String insertSent(String youngPerson, String urgency, int daysAgo) {
        return insertSent("northmoor", "Priya Sharma", youngPerson, urgency, daysAgo);
    }

    String insertSent(String authority, String staff, String youngPerson, String urgency, int daysAgo) {
        UUID id = demo.as(authority, () -> {
            var dsl = demo.dsl();
            UUID by = dsl.select(STAFF_MEMBER.ID).from(STAFF_MEMBER).where(STAFF_MEMBER.DISPLAY_NAME.eq(staff)).fetchSingle().value1();
            UUID referral = dsl.insertInto(MENTAL_HEALTH_REFERRAL)
                    .set(MENTAL_HEALTH_REFERRAL.YOUNG_PERSON_ID, DemoRecords.uuid("YoungPerson", youngPerson))
                    .set(MENTAL_HEALTH_REFERRAL.SERVICE, "CARE_LEAVER_MENTAL_HEALTH_NURSE")
                    .set(MENTAL_HEALTH_REFERRAL.REASON, REASON)
                    .set(MENTAL_HEALTH_REFERRAL.URGENCY, urgency)
                    .set(MENTAL_HEALTH_REFERRAL.CONSENT_GIVEN_BY, "YOUNG_PERSON")
                    .set(MENTAL_HEALTH_REFERRAL.CONSENT_GIVEN_ON, today().minusDays(daysAgo + 1L))
                    .set(MENTAL_HEALTH_REFERRAL.CONSENT_HOW, "IN_PERSON")
                    .set(MENTAL_HEALTH_REFERRAL.KNOWN_TO_CAMHS_BEFORE_18, false)
                    .set(MENTAL_HEALTH_REFERRAL.TRANSITION_FROM_CAMHS, false)
                    .set(MENTAL_HEALTH_REFERRAL.VERSION, 2)
                    .set(MENTAL_HEALTH_REFERRAL.STARTED_BY, by)
                    .returning(MENTAL_HEALTH_REFERRAL.ID).fetchSingle(MENTAL_HEALTH_REFERRAL.ID);
            step(referral, "DRAFT", today().minusDays(daysAgo + 1L), 1, by);
            step(referral, "SENT", today().minusDays(daysAgo), 2, by);
            return referral;
        });
        return GlobalId.of(ReferralReads.ENTITY, id);
    }

    private void step(UUID referral, String status, LocalDate on, int version, UUID by) {
        demo.dsl().insertInto(REFERRAL_STATUS_CHANGE)
                .set(REFERRAL_STATUS_CHANGE.REFERRAL_ID, referral)
                .set(REFERRAL_STATUS_CHANGE.STATUS, status)
                .set(REFERRAL_STATUS_CHANGE.HAPPENED_ON, on)
                .set(REFERRAL_STATUS_CHANGE.REFERRAL_VERSION, version)
                .set(REFERRAL_STATUS_CHANGE.RECORDED_BY, by)
                .execute();
    }
}
