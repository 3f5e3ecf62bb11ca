package app.onward.stayingput;

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
import tools.jackson.databind.json.JsonMapper;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.STAYING_ARRANGEMENT;
import static app.onward.jooq.Tables.STAYING_ARRANGEMENT_REVIEW;
import static org.assertj.core.api.Assertions.assertThat;

/** Staying put and staying close through GraphQL: started, refused, changed, reviewed, ended, told to the young person. */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class StayingPutTest {

    static final String PUT_FIELDS = """
            arrangement { id version startsOn plannedEndOn household weeklyAllowance { pence text }
              weeklyContribution { text } moveOnPlan { dueOn agreedOn status } nextReviewOn open
              reviews { reviewedOn note nextReviewOn } ending { endedOn how words note } }
            youngPerson { stayingPut { id open } } userErrors { field message code }""";
    static final String CLOSE_FIELDS = """
            arrangement { id version startsOn plannedEndOn livesAt childrensHome supportAgreed keyContact open
              reviews { reviewedOn } ending { how } }
            youngPerson { stayingClose { id } } userErrors { field message code }""";
    static final String START_PUT = "mutation($i: StartStayingPutInput!) { startStayingPut(input: $i) { " + PUT_FIELDS + " } }";
    static final String UPDATE_PUT = "mutation($i: UpdateStayingPutInput!) { updateStayingPut(input: $i) { " + PUT_FIELDS + " } }";
    static final String REVIEW_PUT = "mutation($i: RecordArrangementReviewInput!) { recordStayingPutReview(input: $i) { " + PUT_FIELDS + " } }";
    static final String END_PUT = "mutation($i: EndArrangementInput!) { endStayingPut(input: $i) { " + PUT_FIELDS + " } }";
    static final String START_CLOSE = "mutation($i: StartStayingCloseInput!) { startStayingClose(input: $i) { " + CLOSE_FIELDS + " } }";
    static final String UPDATE_CLOSE = "mutation($i: UpdateStayingCloseInput!) { updateStayingClose(input: $i) { " + CLOSE_FIELDS + " } }";
    static final String REVIEW_CLOSE = "mutation($i: RecordArrangementReviewInput!) { recordStayingCloseReview(input: $i) { " + CLOSE_FIELDS + " } }";
    static final String END_CLOSE = "mutation($i: EndArrangementInput!) { endStayingClose(input: $i) { " + CLOSE_FIELDS + " } }";
    static final String ARRANGEMENTS = """
            query($id: ID!) { youngPerson(id: $id) { stayingPut { id household open moveOnPlan { status } }
              stayingClose { id childrensHome open } } }""";
    static final String MINE = "{ mine { myArrangement { kind plannedEndOn now moveOnPlan more } } }";

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;

    GraphQlHttp graphql;
    LocalDate today;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A young person of team north, 19 today, allocated to Priya: tests do not disturb each other. */
    private String newYoungPerson(String givenName) {
        Map<String, Object> input = new HashMap<>(Map.of("givenName", givenName, "familyName", "Staying",
                "dateOfBirth", today.minusYears(19).toString(), "category", "FORMER_RELEVANT",
                "categoryAppliesFrom", today.minusYears(1).toString(),
                "personalAdviserId", demo.staffMember("northmoor", "Priya Sharma")));
        return graphql.as(DemoUser.NORTHMOOR_MANAGER, "mutation($i: RegisterYoungPersonInput!) { registerYoungPerson(input: $i) { youngPerson { id } } }",
                Map.of("i", input)).data().path("registerYoungPerson").path("youngPerson").path("id").asString();
    }

    static Map<String, Object> stayingPut(String youngPerson, LocalDate startsOn, LocalDate plannedEndOn) {
        return new HashMap<>(Map.of("youngPersonId", youngPerson, "startsOn", startsOn.toString(),
                "plannedEndOn", plannedEndOn.toString(), "household", "Ann and Raj Patel",
                "weeklyAllowance", "£285.50", "weeklyContribution", "35"));
    }

    private JsonNode call(DemoUser user, String mutation, Map<String, Object> input) {
        JsonNode data = graphql.as(user, mutation, Map.of("i", input)).data();
        return data.properties().iterator().next().getValue();
    }

    private int count(org.jooq.Table<?> table) {
        return demo.as("northmoor", () -> demo.dsl().fetchCount(table));
    }

    private JsonNode lastAudit(String action) {
        return demo.as("northmoor", () -> JsonMapper.builder().build().readTree(demo.dsl().select(AUDIT_EVENT.AFTER_STATE)
                .from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq(action)).orderBy(AUDIT_EVENT.OCCURRED_AT.desc()).limit(1)
                .fetchSingle().value1().data()));
    }

    @Test
    void shouldRefuseAPlannedEndAfterThe21stBirthdayThenStartReviewAndEndStayingPut() {
        String sam = newYoungPerson("Sam");
        LocalDate eighteenth = today.minusYears(1);
        LocalDate twentyFirst = today.plusYears(2);
        int before = count(STAYING_ARRANGEMENT);

        JsonNode refused = call(DemoUser.NORTHMOOR_ADVISER, START_PUT, stayingPut(sam, eighteenth, twentyFirst.plusDays(1)));
        assertThat(refused.path("arrangement").isNull()).isTrue();
        assertThat(refused.path("userErrors").get(0).path("field").asString()).isEqualTo("plannedEndOn");
        assertThat(refused.path("userErrors").get(0).path("message").asString())
                .contains("21st birthday").contains(ArrangementRules.day(twentyFirst));
        assertThat(count(STAYING_ARRANGEMENT)).isEqualTo(before);

        JsonNode started = call(DemoUser.NORTHMOOR_ADVISER, START_PUT, stayingPut(sam, eighteenth, twentyFirst));
        assertThat(started.path("userErrors").values()).isEmpty();
        JsonNode put = started.path("arrangement");
        assertThat(put.path("version").asInt()).isEqualTo(1);
        assertThat(put.path("weeklyAllowance").path("pence").asInt()).isEqualTo(28550);
        assertThat(put.path("weeklyAllowance").path("text").asString()).isEqualTo("£285.50");
        assertThat(put.path("weeklyContribution").path("text").asString()).isEqualTo("£35");
        assertThat(put.path("moveOnPlan").path("dueOn").asString()).isEqualTo(twentyFirst.minusMonths(3).toString());
        assertThat(put.path("moveOnPlan").path("status").asString()).isEqualTo("ON_TRACK");
        assertThat(lastAudit("START_STAYING_PUT").path("household").asString()).isEqualTo("Ann and Raj Patel");

        JsonNode second = call(DemoUser.NORTHMOOR_MANAGER, START_PUT, stayingPut(sam, eighteenth, twentyFirst));
        assertThat(second.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_ALLOWED");

        String id = put.path("id").asString();
        JsonNode reviewed = call(DemoUser.NORTHMOOR_ADVISER, REVIEW_PUT, Map.of("arrangementId", id, "version", 1,
                "reviewedOn", today.toString(), "note", "Settled; talking about college next year.",
                "nextReviewOn", today.plusMonths(6).toString()));
        assertThat(reviewed.path("arrangement").path("version").asInt()).isEqualTo(2);
        assertThat(reviewed.path("arrangement").path("nextReviewOn").asString()).isEqualTo(today.plusMonths(6).toString());
        assertThat(reviewed.path("arrangement").path("reviews").get(0).path("note").asString()).startsWith("Settled");
        assertThat(lastAudit("REVIEW_STAYING_PUT").path("note").asString()).isEqualTo("written");

        JsonNode mine = graphql.as(DemoUser.NORTHMOOR_ADVISER, ARRANGEMENTS, Map.of("id", sam)).data().path("youngPerson");
        assertThat(mine.path("stayingPut").get(0).path("open").asBoolean()).isTrue();

        JsonNode ended = call(DemoUser.NORTHMOOR_ADVISER, END_PUT, Map.of("arrangementId", id, "version", 2,
                "endedOn", today.toString(), "how", "MOVED_ON_AS_PLANNED"));
        assertThat(ended.path("arrangement").path("open").asBoolean()).isFalse();
        assertThat(ended.path("arrangement").path("ending").path("words").asString()).isEqualTo("They moved on as planned");
        assertThat(ended.path("arrangement").path("moveOnPlan").path("status").isNull()).isTrue();
        JsonNode afterEnd = call(DemoUser.NORTHMOOR_ADVISER, REVIEW_PUT, Map.of("arrangementId", id, "version", 3,
                "reviewedOn", today.toString(), "note", "Late", "nextReviewOn", today.plusMonths(1).toString()));
        assertThat(afterEnd.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_ALLOWED");
        // Ended, a new one may start.
        assertThat(call(DemoUser.NORTHMOOR_ADVISER, START_PUT, stayingPut(sam, today, twentyFirst))
                .path("userErrors").values()).isEmpty();
    }

    @Test
    void shouldRefuseTheSecondOfTwoSavesFromTheSameVersionAndSayWhatChanged() {
        String ali = newYoungPerson("Ali");
        JsonNode put = call(DemoUser.NORTHMOOR_ADVISER, START_PUT, stayingPut(ali, today.minusMonths(6), today.plusYears(1)))
                .path("arrangement");
        String id = put.path("id").asString();
        Map<String, Object> change = new HashMap<>(Map.of("arrangementId", id, "version", 1,
                "startsOn", today.minusMonths(6).toString(), "plannedEndOn", today.plusMonths(11).toString(),
                "household", "Ann and Raj Patel", "weeklyAllowance", "£300", "weeklyContribution", "35"));
        JsonNode first = call(DemoUser.NORTHMOOR_MANAGER, UPDATE_PUT, change);
        assertThat(first.path("arrangement").path("weeklyAllowance").path("text").asString()).isEqualTo("£300");
        JsonNode audited = lastAudit("UPDATE_STAYING_PUT");
        assertThat(audited.properties()).extracting(Map.Entry::getKey)
                .containsExactlyInAnyOrder("plannedEndOn", "weeklyAllowance", "version");

        int reviews = count(STAYING_ARRANGEMENT_REVIEW);
        change.put("household", "Ann Patel");
        JsonNode second = call(DemoUser.NORTHMOOR_ADVISER, UPDATE_PUT, change);
        assertThat(second.path("arrangement").isNull()).isTrue();
        JsonNode conflict = second.path("userErrors").get(0);
        assertThat(conflict.path("code").asString()).isEqualTo("CONFLICT");
        assertThat(conflict.path("message").asString()).contains("they changed")
                .contains("the planned end").contains("the weekly allowance").contains("Nothing of yours was saved");
        JsonNode lateReview = call(DemoUser.NORTHMOOR_ADVISER, REVIEW_PUT, Map.of("arrangementId", id, "version", 1,
                "reviewedOn", today.toString(), "note", "Fine", "nextReviewOn", today.plusMonths(1).toString()));
        assertThat(lateReview.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(count(STAYING_ARRANGEMENT_REVIEW)).isEqualTo(reviews);
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, ARRANGEMENTS, Map.of("id", ali)).data().path("youngPerson")
                .path("stayingPut").get(0).path("household").asString()).isEqualTo("Ann and Raj Patel");
    }

    @Test
    void shouldRecordStayingCloseToThe25thBirthday() {
        String jay = newYoungPerson("Jay");
        Map<String, Object> input = new HashMap<>(Map.of("youngPersonId", jay, "startsOn", today.minusMonths(3).toString(),
                "plannedEndOn", today.plusYears(6).plusDays(1).toString(), "livesAt", "Own flat near the home",
                "childrensHome", "Oak House", "supportAgreed", "Weekly catch-up; Sunday meal at the home",
                "keyContact", "Denise Carter, key worker"));
        JsonNode refused = call(DemoUser.NORTHMOOR_ADVISER, START_CLOSE, input);
        assertThat(refused.path("userErrors").get(0).path("message").asString()).contains("25th birthday");
        input.put("plannedEndOn", today.plusYears(6).toString());
        JsonNode started = call(DemoUser.NORTHMOOR_ADVISER, START_CLOSE, input).path("arrangement");
        assertThat(started.path("childrensHome").asString()).isEqualTo("Oak House");
        assertThat(lastAudit("START_STAYING_CLOSE").path("supportAgreed").asString()).isEqualTo("written");

        Map<String, Object> change = new HashMap<>(input);
        change.remove("youngPersonId");
        change.putAll(Map.of("arrangementId", started.path("id").asString(), "version", 1,
                "supportAgreed", "Fortnightly catch-up"));
        JsonNode updated = call(DemoUser.NORTHMOOR_ADVISER, UPDATE_CLOSE, change).path("arrangement");
        assertThat(updated.path("supportAgreed").asString()).isEqualTo("Fortnightly catch-up");
        assertThat(lastAudit("UPDATE_STAYING_CLOSE").path("supportAgreed").asString()).isEqualTo("changed");
        // An id of the other kind is not one of these.
        GraphQlHttp.Response wrongKind = graphql.as(DemoUser.NORTHMOOR_ADVISER, REVIEW_PUT, Map.of("i", Map.of("arrangementId",
                started.path("id").asString(), "version", 2, "reviewedOn", today.toString(), "note", "x",
                "nextReviewOn", today.plusDays(1).toString())));
        assertThat(wrongKind.errors().get(0).path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
        JsonNode reviewed = call(DemoUser.NORTHMOOR_ADVISER, REVIEW_CLOSE, Map.of("arrangementId", started.path("id").asString(),
                "version", 2, "reviewedOn", today.toString(), "note", "Doing well", "nextReviewOn", today.plusMonths(3).toString()));
        assertThat(reviewed.path("arrangement").path("reviews").values()).hasSize(1);
        JsonNode ended = call(DemoUser.NORTHMOOR_ADVISER, END_CLOSE, Map.of("arrangementId", started.path("id").asString(),
                "version", 3, "endedOn", today.toString(), "how", "YOUNG_PERSON_CHOSE_TO_LEAVE", "note", "Moved to Leeds"));
        assertThat(ended.path("arrangement").path("ending").path("how").asString()).isEqualTo("YOUNG_PERSON_CHOSE_TO_LEAVE");
    }

    @Test
    void shouldTellTheYoungPersonTheirArrangementInPlainWords() {
        String tyler = demo.youngPerson("northmoor", "Tyler");
        LocalDate plannedEnd = today.plusMonths(3).plusDays(10);
        JsonNode put = call(DemoUser.NORTHMOOR_ADVISER, START_PUT, stayingPut(tyler, today.minusMonths(2), plannedEnd))
                .path("arrangement");
        try {
            JsonNode mine = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, MINE, Map.of()).data().path("mine").path("myArrangement");
            assertThat(mine.path("kind").asString()).isEqualTo("STAYING_PUT");
            assertThat(mine.path("now").asString()).isEqualTo("You are staying with Ann and Raj Patel until "
                    + ArrangementRules.day(plannedEnd) + ".");
            assertThat(mine.path("moveOnPlan").asString()).startsWith("Your adviser will agree a move-on plan with you by "
                    + ArrangementRules.day(plannedEnd.minusMonths(3)));
            assertThat(mine.path("more").values()).extracting(JsonNode::asString)
                    .contains("You pay £35 a week towards your keep.");
            assertThat(mine.toString()).doesNotContain("285");
        } finally {
            call(DemoUser.NORTHMOOR_ADVISER, END_PUT, Map.of("arrangementId", put.path("id").asString(), "version", 1,
                    "endedOn", today.toString(), "how", "OTHER"));
        }
        assertThat(graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, MINE, Map.of()).data().path("mine")
                .path("myArrangement").isNull()).isTrue();
    }
}
