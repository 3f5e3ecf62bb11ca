package app.onward.youngperson;

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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.YOUNG_PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/** Registering and editing young people: validation, no lost updates, audit, clocks, nothing half-written. */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class YoungPersonChangesTest {

    static final String REGISTER = """
            mutation($input: RegisterYoungPersonInput!) { registerYoungPerson(input: $input) {
              youngPerson { id version givenName personalAdviser { name } category clocks { assessment { dueOn } next { kind } } }
              userErrors { field message code } } }""";
    static final String UPDATE = """
            mutation($input: UpdateYoungPersonDetailsInput!) { updateYoungPersonDetails(input: $input) {
              youngPerson { id version givenName phone: contactDetails { phone } }
              userErrors { field code message } conflict { changedFields { field before after } current { version givenName } } } }""";

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

    private Map<String, Object> registration(String givenName) {
        Map<String, Object> input = new HashMap<>();
        input.put("givenName", givenName);
        input.put("familyName", "Registered");
        input.put("dateOfBirth", today.minusYears(17).toString());
        input.put("category", "RELEVANT");
        input.put("categoryAppliesFrom", today.minusMonths(6).toString());
        input.put("personalAdviserId", demo.staffMember("northmoor", "Priya Sharma"));
        return input;
    }

    private JsonNode register(Map<String, Object> input) {
        return graphql.as(DemoUser.NORTHMOOR_MANAGER, REGISTER, Map.of("input", input)).data().path("registerYoungPerson");
    }

    private Map<String, Object> details(String id, int version, String givenName, String phone) {
        Map<String, Object> input = new HashMap<>();
        input.put("youngPersonId", id);
        input.put("version", version);
        input.put("givenName", givenName);
        input.put("familyName", "Registered");
        input.put("dateOfBirth", today.minusYears(17).toString());
        input.put("unaccompaniedAsylumSeeking", false);
        input.put("isParent", false);
        input.put("hasDisability", false);
        input.put("ethnicity", "WBRI");
        input.put("preferredLanguage", "English");
        input.put("phone", phone);
        input.put("consentsToTexts", phone != null);
        input.put("consentsToEmail", false);
        return input;
    }

    private int auditEvents(String action, UUID entity) {
        return demo.as("northmoor", () -> demo.dsl().fetchCount(AUDIT_EVENT,
                AUDIT_EVENT.ACTION.eq(action).and(AUDIT_EVENT.ENTITY_ID.eq(entity))));
    }

    @Test
    void shouldRegisterAYoungPersonWithTheirAdviserClocksAndAnAuditEvent() {
        JsonNode registered = register(registration("Registered1"));
        assertThat(registered.path("userErrors").values()).isEmpty();
        JsonNode person = registered.path("youngPerson");
        assertThat(person.path("version").asInt()).isEqualTo(1);
        assertThat(person.path("personalAdviser").path("name").asString()).isEqualTo("Priya Sharma");
        assertThat(person.path("category").asString()).isEqualTo("RELEVANT");
        assertThat(LocalDate.parse(person.path("clocks").path("assessment").path("dueOn").asString()))
                .as("three months after becoming eligible, later than the 16th birthday")
                .isEqualTo(today.minusMonths(6).plusMonths(3));
        assertThat(auditEvents("REGISTER_YOUNG_PERSON", DemoRecords.uuid("YoungPerson", person.path("id").asString()))).isEqualTo(1);
    }

    @Test
    void shouldRefuseARegistrationFieldByFieldAndWriteNothing() {
        int before = demo.as("northmoor", () -> demo.dsl().fetchCount(YOUNG_PERSON));
        int categories = demo.as("northmoor", () -> demo.dsl().fetchCount(CARE_LEAVER_CATEGORY));
        Map<String, Object> input = registration(" ");
        input.put("familyName", "x".repeat(101));
        input.put("dateOfBirth", today.minusYears(14).toString());
        input.put("categoryAppliesFrom", today.plusDays(3).toString());
        input.put("personalAdviserId", demo.staffMember("northmoor", "Tom Brennan"));
        JsonNode refused = register(input);

        assertThat(refused.path("youngPerson").isNull()).isTrue();
        assertThat(refused.path("userErrors").values()).extracting(error -> error.path("field").asString() + ":" + error.path("code").asString())
                .containsExactlyInAnyOrder("givenName:REQUIRED", "familyName:TOO_LONG", "dateOfBirth:INVALID",
                        "categoryAppliesFrom:INVALID", "personalAdviserId:NOT_FOUND");
        assertThat(demo.as("northmoor", () -> demo.dsl().fetchCount(YOUNG_PERSON))).isEqualTo(before);
        assertThat(demo.as("northmoor", () -> demo.dsl().fetchCount(CARE_LEAVER_CATEGORY))).isEqualTo(categories);
    }

    @Test
    void shouldRefuseTheSecondOfTwoSavesOfTheSameVersionAndSayWhatChanged() {
        String id = register(registration("Concurrent")).path("youngPerson").path("id").asString();
        JsonNode first = graphql.as(DemoUser.NORTHMOOR_ADVISER, UPDATE, Map.of("input", details(id, 1, "Concurrent", "07700 900123")))
                .data().path("updateYoungPersonDetails");
        assertThat(first.path("userErrors").values()).isEmpty();
        assertThat(first.path("youngPerson").path("version").asInt()).isEqualTo(2);

        JsonNode second = graphql.as(DemoUser.NORTHMOOR_MANAGER, UPDATE, Map.of("input", details(id, 1, "Connie", null)))
                .data().path("updateYoungPersonDetails");

        assertThat(second.path("youngPerson").isNull()).isTrue();
        assertThat(second.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(second.path("conflict").path("current").path("version").asInt()).isEqualTo(2);
        assertThat(second.path("conflict").path("current").path("givenName").asString()).isEqualTo("Concurrent");
        assertThat(second.path("conflict").path("changedFields").values()).extracting(change ->
                        change.path("field").asString() + ":" + change.path("before").asString() + "->" + change.path("after").asString())
                .contains("phone:->07700 900123", "consentsToTexts:false->true");
        assertThat(auditEvents(YoungPersonDetailsChanges.ACTION, DemoRecords.uuid("YoungPerson", id))).isEqualTo(1);
    }

    @Test
    void shouldRefuseInvalidDetailsFieldByFieldAndChangeNothing() {
        String id = register(registration("Invalid")).path("youngPerson").path("id").asString();
        Map<String, Object> input = details(id, 1, "Invalid", "not a phone");
        input.put("email", "nobody-at-example");
        input.put("ethnicity", "XXXX");
        input.put("consentsToEmail", true);
        JsonNode refused = graphql.as(DemoUser.NORTHMOOR_ADVISER, UPDATE, Map.of("input", input)).data().path("updateYoungPersonDetails");
        assertThat(refused.path("userErrors").values()).extracting(error -> error.path("field").asString())
                .containsExactlyInAnyOrder("phone", "email", "ethnicity");
        assertThat(demo.as("northmoor", () -> demo.dsl().select(YOUNG_PERSON.ROW_VERSION).from(YOUNG_PERSON)
                .where(YOUNG_PERSON.ID.eq(DemoRecords.uuid("YoungPerson", id))).fetchSingle().value1())).isEqualTo(1);
    }

    @Test
    void shouldNeverAuditTheValuesOfSpecialCategoryDetails() {
        String id = register(registration("Special")).path("youngPerson").path("id").asString();
        Map<String, Object> input = details(id, 1, "Special", null);
        input.put("ethnicity", "APKN");
        input.put("hasDisability", true);
        input.put("disabilityDetails", "Uses a wheelchair");
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, UPDATE, Map.of("input", input)).data()
                .path("updateYoungPersonDetails").path("userErrors").values()).isEmpty();
        String after = demo.as("northmoor", () -> demo.dsl().select(AUDIT_EVENT.AFTER_STATE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_ID.eq(DemoRecords.uuid("YoungPerson", id)))
                .and(AUDIT_EVENT.ACTION.eq(YoungPersonDetailsChanges.ACTION)).fetchSingle().value1().data());
        assertThat(after).contains("\"ethnicity\"", "\"disabilityDetails\"").doesNotContain("APKN", "wheelchair");
    }

    @Test
    void shouldLetOnlyAManagerAllocateAnAdviserFromTheirTeam() {
        Map<String, Object> unallocated = registration("Allocated");
        unallocated.remove("personalAdviserId");
        String id = register(unallocated).path("youngPerson").path("id").asString();
        String mutation = """
                mutation($yp: ID!, $a: ID!, $on: Date!) { allocatePersonalAdviser(input: { youngPersonId: $yp, adviserId: $a, startsOn: $on }) {
                  youngPerson { personalAdviser { name } adviserHistory { adviser { name } startedOn endedOn } } userErrors { field code } } }""";
        Map<String, Object> variables = Map.of("yp", id, "a", demo.staffMember("northmoor", "Gareth Llewellyn"), "on", today.toString());
        GraphQlHttp.Response byAdviser = graphql.as(DemoUser.NORTHMOOR_ADVISER, mutation, variables);
        assertThat(byAdviser.errors().get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");

        graphql.as(DemoUser.NORTHMOOR_MANAGER, mutation, Map.of("yp", id, "a", demo.staffMember("northmoor", "Priya Sharma"),
                "on", today.minusDays(10).toString()));
        JsonNode allocated = graphql.as(DemoUser.NORTHMOOR_MANAGER, mutation, variables).data().path("allocatePersonalAdviser");
        assertThat(allocated.path("userErrors").values()).isEmpty();
        assertThat(allocated.path("youngPerson").path("personalAdviser").path("name").asString()).isEqualTo("Gareth Llewellyn");
        assertThat(allocated.path("youngPerson").path("adviserHistory").values()).hasSize(2);
        assertThat(allocated.path("youngPerson").path("adviserHistory").get(0).path("endedOn").asString())
                .isEqualTo(today.minusDays(1).toString());
    }

    @Test
    void shouldTakeAYoungPersonWhoDiedOffTheCaseloadAndStopTheirClocks() {
        JsonNode person = register(registration("Remembered")).path("youngPerson");
        String id = person.path("id").asString();
        JsonNode recorded = graphql.as(DemoUser.NORTHMOOR_ADVISER, """
                mutation($yp: ID!, $on: Date!) { recordInTouchStatus(input: { youngPersonId: $yp, status: DIED, appliesFrom: $on }) {
                  youngPerson { inTouch clocks { next { kind } } inTouchHistory { status } } userErrors { code } } }""",
                Map.of("yp", id, "on", today.toString())).data().path("recordInTouchStatus");
        assertThat(recorded.path("youngPerson").path("inTouch").asString()).isEqualTo("DIED");
        assertThat(recorded.path("youngPerson").path("clocks").isNull()).isTrue();
        List<String> caseload = graphql.as(DemoUser.NORTHMOOR_ADVISER, "{ caseload(first: 100) { edges { node { id } } } }", Map.of())
                .data().path("caseload").path("edges").values().stream().map(edge -> edge.path("node").path("id").asString()).toList();
        assertThat(caseload).doesNotContain(id);
    }
}
