package app.onward.casework;

import app.onward.pathwayplan.PathwayPlanSignedOff;
import app.onward.pathwayplan.YoungPersonRespondedToPlan;
import app.onward.settings.BankHolidays;
import app.onward.settings.WorkingCalendar;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.testsupport.DemoRecords;
import app.onward.youngperson.YoungPersonId;
import org.jooq.JSONB;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.CONTACT;
import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SIGN_OFF;
import static app.onward.jooq.Tables.PATHWAY_PLAN_VERSION;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static org.assertj.core.api.Assertions.assertThat;

/** Contacts, changes of circumstances, what young people tell us, and the clocks and notices that follow. */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class CaseworkTest {

    private static final String CLOCKS = "clocks { review { dueOn reason } visit { dueOn } contact { dueOn } lastContactOn lastReviewOn }";

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    ApplicationEventPublisher events;

    GraphQlHttp graphql;
    LocalDate today;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        today = LocalDate.now(ZoneId.of("Europe/London"));
    }

    /** A new young person of team north, allocated to Priya, so tests do not disturb each other. */
    private String newYoungPerson(String givenName) {
        Map<String, Object> input = new HashMap<>(Map.of("givenName", givenName, "familyName", "Casework",
                "dateOfBirth", today.minusYears(19).toString(), "category", "FORMER_RELEVANT",
                "categoryAppliesFrom", today.minusYears(1).toString(),
                "personalAdviserId", demo.staffMember("northmoor", "Priya Sharma")));
        return graphql.as(DemoUser.NORTHMOOR_MANAGER, "mutation($i: RegisterYoungPersonInput!) { registerYoungPerson(input: $i) { youngPerson { id } } }",
                Map.of("i", input)).data().path("registerYoungPerson").path("youngPerson").path("id").asString();
    }

    private JsonNode clocks(String id) {
        return graphql.as(DemoUser.NORTHMOOR_ADVISER, "query($id: ID!) { youngPerson(id: $id) { " + CLOCKS + " } }", Map.of("id", id))
                .data().path("youngPerson").path("clocks");
    }

    /** A plan signed off on {@code on}, as the pathway plan feature would: rows, then the event in the same transaction. */
    private void signOff(String youngPerson, LocalDate on) {
        UUID id = DemoRecords.uuid("YoungPerson", youngPerson);
        demo.as("northmoor", () -> {
            var dsl = demo.dsl();
            UUID manager = dsl.select(STAFF_MEMBER.ID).from(STAFF_MEMBER).where(STAFF_MEMBER.DISPLAY_NAME.eq("Gareth Llewellyn")).fetchSingle().value1();
            UUID plan = dsl.insertInto(PATHWAY_PLAN).set(PATHWAY_PLAN.YOUNG_PERSON_ID, id).set(PATHWAY_PLAN.LATEST_VERSION, 1)
                    .returning(PATHWAY_PLAN.ID).fetchSingle(PATHWAY_PLAN.ID);
            dsl.insertInto(PATHWAY_PLAN_VERSION).set(PATHWAY_PLAN_VERSION.PLAN_ID, plan).set(PATHWAY_PLAN_VERSION.VERSION_NUMBER, 1)
                    .set(PATHWAY_PLAN_VERSION.CONTENT, JSONB.valueOf("{}")).set(PATHWAY_PLAN_VERSION.CHANGE_SUMMARY, "First plan")
                    .set(PATHWAY_PLAN_VERSION.AUTHOR_STAFF_ID, manager).execute();
            dsl.insertInto(PATHWAY_PLAN_SIGN_OFF).set(PATHWAY_PLAN_SIGN_OFF.PLAN_ID, plan).set(PATHWAY_PLAN_SIGN_OFF.VERSION_NUMBER, 1)
                    .set(PATHWAY_PLAN_SIGN_OFF.SIGNED_OFF_BY, manager)
                    .set(PATHWAY_PLAN_SIGN_OFF.SIGNED_OFF_AT, on.atTime(12, 0).atZone(ZoneId.of("Europe/London")).toOffsetDateTime()).execute();
            events.publishEvent(new PathwayPlanSignedOff(new YoungPersonId(id), 1, on));
            return null;
        });
    }

    private LocalDate workingDaysAfter(LocalDate day, int workingDays) {
        return new WorkingCalendar(new BankHolidays().all().stream().map(holiday -> holiday.day()).collect(Collectors.toSet()))
                .plusWorkingDays(day, workingDays);
    }

    @Test
    void shouldMakeAVisitDueAfterAMoveIntoOurAccommodationUntilAVisitIsLogged() {
        String id = newYoungPerson("Mover");
        JsonNode moved = graphql.as(DemoUser.NORTHMOOR_ADVISER, """
                mutation($yp: ID!, $on: Date!) { recordCircumstanceChange(input: { youngPersonId: $yp, kind: MOVED_HOME, occurredOn: $on,
                  intoAuthorityAccommodation: true, description: "Council flat" }) { change { id kind reportedBy intoAuthorityAccommodation }
                  youngPerson { %s } userErrors { code } } }""".formatted(CLOCKS), Map.of("yp", id, "on", today.minusDays(2).toString()))
                .data().path("recordCircumstanceChange");
        assertThat(moved.path("change").path("reportedBy").asString()).isEqualTo("STAFF");
        assertThat(moved.path("youngPerson").path("clocks").path("visit").path("dueOn").asString()).isEqualTo(today.plusDays(5).toString());

        JsonNode logged = graphql.as(DemoUser.NORTHMOOR_ADVISER, """
                mutation($yp: ID!) { logContact(input: { youngPersonId: $yp, kind: VISIT, seenAlone: true, notes: "Settling in well" }) {
                  contact { id kind happenedOn seenAlone notes recordedBy { name } } youngPerson { %s } languageFlags { found } userErrors { code } } }"""
                .formatted(CLOCKS), Map.of("yp", id)).data().path("logContact");
        assertThat(logged.path("contact").path("happenedOn").asString()).isEqualTo(today.toString());
        assertThat(logged.path("contact").path("recordedBy").path("name").asString()).isEqualTo("Priya Sharma");
        assertThat(logged.path("languageFlags").values()).isEmpty();
        JsonNode clocks = logged.path("youngPerson").path("clocks");
        assertThat(clocks.path("visit").isNull()).isTrue();
        assertThat(clocks.path("lastContactOn").asString()).isEqualTo(today.toString());
        assertThat(clocks.path("contact").path("dueOn").asString()).isEqualTo(today.plusMonths(2).toString());
        UUID contact = DemoRecords.uuid("Contact", logged.path("contact").path("id").asString());
        assertThat(demo.as("northmoor", () -> demo.dsl().fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.ACTION.eq("LOG_CONTACT").and(AUDIT_EVENT.ENTITY_ID.eq(contact))))).isEqualTo(1);
    }

    @Test
    void shouldFlagStigmatisingWordsInContactNotesAndSaveTheContactAnyway() {
        String id = newYoungPerson("Flagged");

        JsonNode logged = graphql.as(DemoUser.NORTHMOOR_ADVISER, """
                mutation($yp: ID!) { logContact(input: { youngPersonId: $yp, kind: PHONE,
                  notes: "Talked about how the placement is going" }) {
                  contact { id notes } languageFlags { found start end suggestion } userErrors { code } } }""",
                Map.of("yp", id)).data().path("logContact");

        assertThat(logged.path("userErrors").values()).isEmpty();
        assertThat(logged.path("contact").path("notes").asString()).isEqualTo("Talked about how the placement is going");
        JsonNode flag = logged.path("languageFlags").get(0);
        assertThat(flag.path("found").asString()).isEqualTo("placement");
        assertThat(flag.path("start").asInt()).isEqualTo("Talked about how the ".length());
        assertThat(flag.path("suggestion").asString()).containsIgnoringCase("home");
    }

    @Test
    void shouldRefuseAContactInTheFutureAndWriteNothing() {
        String id = newYoungPerson("Future");
        int before = demo.as("northmoor", () -> demo.dsl().fetchCount(CONTACT));
        JsonNode refused = graphql.as(DemoUser.NORTHMOOR_ADVISER, "mutation($yp: ID!, $on: Date) { logContact(input: { youngPersonId: $yp, kind: PHONE, happenedOn: $on }) { contact { id } userErrors { field code } } }",
                Map.of("yp", id, "on", today.plusDays(1).toString())).data().path("logContact");
        assertThat(refused.path("contact").isNull()).isTrue();
        assertThat(refused.path("userErrors").get(0).path("field").asString()).isEqualTo("happenedOn");
        assertThat(demo.as("northmoor", () -> demo.dsl().fetchCount(CONTACT))).isEqualTo(before);
    }

    @Test
    void shouldMakeAReviewDueWithinTheAuthoritysWorkingDaysOfAChangeAfterTheLastReview() {
        String id = newYoungPerson("Reviewed");
        assertThat(clocks(id).path("review").isNull()).as("no review before the needs assessment is done").isTrue();
        signOff(id, today.minusDays(30));
        assertThat(clocks(id).path("review").path("dueOn").asString()).isEqualTo(today.minusDays(30).plusMonths(6).toString());

        graphql.as(DemoUser.NORTHMOOR_ADVISER, "mutation($yp: ID!, $on: Date!) { recordCircumstanceChange(input: { youngPersonId: $yp, kind: HEALTH, occurredOn: $on }) { userErrors { code } } }",
                Map.of("yp", id, "on", today.toString()));
        JsonNode review = clocks(id).path("review");
        assertThat(review.path("dueOn").asString()).isEqualTo(workingDaysAfter(today, 20).toString());
        assertThat(review.path("reason").asString()).startsWith("Health changed on");

        try {
            graphql.as(DemoUser.NORTHMOOR_ADMIN, "mutation { updateAuthoritySettings(input: { reviewAfterChangeWorkingDays: 10 }) { settings { reviewAfterChangeWorkingDays } userErrors { code } } }", Map.of());
            assertThat(clocks(id).path("review").path("dueOn").asString()).isEqualTo(workingDaysAfter(today, 10).toString());
        } finally {
            graphql.as(DemoUser.NORTHMOOR_ADMIN, "mutation { updateAuthoritySettings(input: { reviewAfterChangeWorkingDays: 20 }) { userErrors { code } } }", Map.of());
        }
        LocalDate closure = workingDaysAfter(today, 3);
        try {
            graphql.as(DemoUser.NORTHMOOR_ADMIN, "mutation($d: Date!) { addNonWorkingDay(input: { day: $d, description: \"Office move\" }) { userErrors { code } } }",
                    Map.of("d", closure.toString()));
            assertThat(clocks(id).path("review").path("dueOn").asString()).isEqualTo(workingDaysAfter(today, 21).toString());
        } finally {
            graphql.as(DemoUser.NORTHMOOR_ADMIN, "mutation($d: Date!) { removeNonWorkingDay(input: { day: $d }) { userErrors { code } } }",
                    Map.of("d", closure.toString()));
        }
        assertThat(clocks(id).path("review").path("dueOn").asString()).isEqualTo(workingDaysAfter(today, 20).toString());
    }

    @Test
    void shouldTellTheAdviserWhenAYoungPersonTellsUsSomethingChangedWithoutPersonalDetailInTheNotice() {
        JsonNode told = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, """
                mutation { tellUsSomethingChanged(input: { kind: EDUCATION_OR_WORK_CHANGED, description: "I got a job at the bakery" }) {
                  change { id kind reportedBy occurredOn } userErrors { code } } }""", Map.of()).data().path("tellUsSomethingChanged");
        assertThat(told.path("change").path("reportedBy").asString()).isEqualTo("YOUNG_PERSON");
        assertThat(told.path("change").path("occurredOn").asString()).isEqualTo(today.toString());
        String change = told.path("change").path("id").asString();

        assertThat(graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, "{ mine { changesYouToldUs { id } } }", Map.of()).data()
                .path("mine").path("changesYouToldUs").values()).extracting(node -> node.path("id").asString()).contains(change);
        assertThat(graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER_2, "{ mine { changesYouToldUs { id } } }", Map.of()).data()
                .path("mine").path("changesYouToldUs").values()).extracting(node -> node.path("id").asString()).doesNotContain(change);

        JsonNode notices = graphql.as(DemoUser.NORTHMOOR_ADVISER, "{ notices(first: 50) { id kind read youngPerson { givenName } } }", Map.of())
                .data().path("notices");
        JsonNode notice = notices.values().stream().filter(n -> n.path("kind").asString().equals("CIRCUMSTANCE_CHANGE_REPORTED")).findFirst().orElseThrow();
        assertThat(notice.path("youngPerson").path("givenName").asString()).isEqualTo("Tyler");
        String stored = demo.as("northmoor", () -> demo.dsl().selectFrom(app.onward.jooq.Tables.NOTICE)
                .where(app.onward.jooq.Tables.NOTICE.ABOUT_ID.eq(DemoRecords.uuid("CircumstanceChange", change))).fetchSingle().formatJSON());
        assertThat(stored).doesNotContain("bakery");

        JsonNode read = graphql.as(DemoUser.NORTHMOOR_ADVISER, "mutation($n: ID!) { markNoticeRead(input: { noticeId: $n }) { notice { read } userErrors { code } } }",
                Map.of("n", notice.path("id").asString())).data().path("markNoticeRead");
        assertThat(read.path("notice").path("read").asBoolean()).isTrue();
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER_2, "mutation($n: ID!) { markNoticeRead(input: { noticeId: $n }) { userErrors { code } } }",
                Map.of("n", notice.path("id").asString())).errors().get(0).path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
    }

    @Test
    void shouldHaveTheAdviserAnswerWhatAYoungPersonSaysIsWrongOnce() {
        String request = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER_2, "mutation { tellUsSomethingIsWrong(input: { whatIsWrong: \"My birthday is the 3rd, not the 4th\" }) { correctionRequest { id } userErrors { code } } }",
                Map.of()).data().path("tellUsSomethingIsWrong").path("correctionRequest").path("id").asString();
        String answer = "mutation($r: ID!, $a: String!) { answerCorrectionRequest(input: { correctionRequestId: $r, answer: $a }) { correctionRequest { answer answeredBy { name } answeredAt } userErrors { field code } } }";

        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, answer, Map.of("r", request, "a", "Done")).errors().get(0)
                .path("extensions").path("code").asString()).as("another team's adviser").isEqualTo("NOT_FOUND");
        assertThat(graphql.as(DemoUser.NORTHMOOR_MANAGER, answer, Map.of("r", request, "a", "Done")).errors().get(0)
                .path("extensions").path("code").asString()).as("a manager").isEqualTo("FORBIDDEN");
        JsonNode blank = graphql.as(DemoUser.NORTHMOOR_ADVISER_2, answer, Map.of("r", request, "a", " ")).data().path("answerCorrectionRequest");
        assertThat(blank.path("userErrors").get(0).path("code").asString()).isEqualTo("REQUIRED");

        JsonNode answered = graphql.as(DemoUser.NORTHMOOR_ADVISER_2, answer, Map.of("r", request, "a", "Corrected, thank you")).data().path("answerCorrectionRequest");
        assertThat(answered.path("correctionRequest").path("answeredBy").path("name").asString()).isEqualTo("Tom Brennan");
        JsonNode again = graphql.as(DemoUser.NORTHMOOR_ADVISER_2, answer, Map.of("r", request, "a", "Again")).data().path("answerCorrectionRequest");
        assertThat(again.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_ALLOWED");

        JsonNode mine = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER_2, "{ mine { correctionRequests { id answer } } }", Map.of()).data()
                .path("mine").path("correctionRequests");
        assertThat(mine.values()).anySatisfy(node -> assertThat(node.path("answer").asString()).isEqualTo("Corrected, thank you"));
    }

    @Test
    void shouldRefuseStaffMutationsToACareLeaverAndYoungPersonMutationsToStaff() {
        String tyler = demo.youngPerson("northmoor", "Tyler");
        assertThat(graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, "mutation($yp: ID!) { logContact(input: { youngPersonId: $yp, kind: PHONE }) { userErrors { code } } }",
                Map.of("yp", tyler)).errors().get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, "mutation { tellUsSomethingIsWrong(input: { whatIsWrong: \"x\" }) { userErrors { code } } }",
                Map.of()).errors().get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    void shouldTellTheAdviserWhenAYoungPersonAgreesWithTheirPlan() {
        String id = newYoungPerson("Agreeing");
        UUID uuid = DemoRecords.uuid("YoungPerson", id);
        demo.as("northmoor", () -> {
            events.publishEvent(new YoungPersonRespondedToPlan(new YoungPersonId(uuid), UUID.randomUUID(), 1,
                    YoungPersonRespondedToPlan.Response.AGREED));
            return null;
        });
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, "{ notices(first: 100) { kind youngPerson { id } } }", Map.of()).data()
                .path("notices").values()).anySatisfy(notice -> {
            assertThat(notice.path("kind").asString()).isEqualTo("PLAN_AGREED");
            assertThat(notice.path("youngPerson").path("id").asString()).isEqualTo(id);
        });
    }
}
