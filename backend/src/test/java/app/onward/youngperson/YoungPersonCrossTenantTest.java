package app.onward.youngperson;

import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.jooq.Table;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.CIRCUMSTANCE_CHANGE;
import static app.onward.jooq.Tables.CONTACT;
import static app.onward.jooq.Tables.CORRECTION_REQUEST;
import static app.onward.jooq.Tables.IN_TOUCH_STATUS;
import static app.onward.jooq.Tables.NON_WORKING_DAY;
import static app.onward.jooq.Tables.NOTICE;
import static app.onward.jooq.Tables.YOUNG_PERSON;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Wealdshire user cannot read or change anything of Northmoor's by id, through every query and mutation of
 * young people, casework, notices and settings: ids from the other authority answer "not found" and change
 * nothing there.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class YoungPersonCrossTenantTest {

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;

    GraphQlHttp graphql;
    String tyler;
    String priya;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
        tyler = demo.youngPerson("northmoor", "Tyler");
        priya = demo.staffMember("northmoor", "Priya Sharma");
    }

    /** Everything of Northmoor's a mutation could touch, counted. */
    private Map<String, Object> northmoorState() {
        return demo.as("northmoor", () -> {
            Map<String, Object> state = new LinkedHashMap<>();
            for (Table<?> table : List.of(YOUNG_PERSON, CONTACT, CIRCUMSTANCE_CHANGE, CARE_LEAVER_CATEGORY, IN_TOUCH_STATUS,
                    ADVISER_ALLOCATION, CORRECTION_REQUEST, NOTICE, NON_WORKING_DAY, AUDIT_EVENT)) {
                state.put(table.getName(), demo.dsl().fetchCount(table));
            }
            state.put("versions", demo.dsl().select(org.jooq.impl.DSL.sum(YOUNG_PERSON.ROW_VERSION)).from(YOUNG_PERSON).fetchSingle().value1());
            state.put("answered", demo.dsl().fetchCount(CORRECTION_REQUEST, CORRECTION_REQUEST.ANSWER.isNotNull()));
            state.put("read", demo.dsl().fetchCount(NOTICE, NOTICE.READ_AT.isNotNull()));
            state.put("frequencies", demo.dsl().select(YOUNG_PERSON.CONTACT_FREQUENCY).from(YOUNG_PERSON).orderBy(YOUNG_PERSON.ID).fetch().toString());
            return state;
        });
    }

    @Test
    @CrossTenantCase({"youngPerson", "caseload", "notices", "mine"})
    void shouldReadNothingOfAnotherAuthorityById() {
        for (DemoUser user : List.of(DemoUser.WEALDSHIRE_ADVISER, DemoUser.WEALDSHIRE_MANAGER)) {
            JsonNode data = graphql.as(user, YoungPersonAccessTest.YOUNG_PERSON, Map.of("id", tyler)).data();
            assertThat(data.path("youngPerson").isNull()).as(user.name()).isTrue();
            JsonNode caseload = graphql.as(user, "{ caseload(scope: TEAM, first: 100) { totalCount edges { node { givenName team { name } } } } }",
                    Map.of()).data().path("caseload");
            assertThat(caseload.path("edges").values()).isNotEmpty()
                    .allSatisfy(edge -> assertThat(edge.path("node").path("team").path("name").asString()).isEqualTo("Care leavers team"));
            JsonNode filtered = graphql.as(user, "query($a: ID) { caseload(scope: TEAM, filter: { adviserId: $a }) { totalCount } }",
                    Map.of("a", priya)).data().path("caseload");
            assertThat(filtered.path("totalCount").asInt()).isZero();
            assertThat(graphql.as(user, "{ notices(unreadOnly: false, first: 100) { youngPerson { givenName } } }", Map.of())
                    .data().path("notices").values()).noneSatisfy(notice ->
                    assertThat(notice.path("youngPerson").path("givenName").asString()).isEqualTo("Tyler"));
        }
        assertThat(graphql.as(DemoUser.WEALDSHIRE_CARE_LEAVER, "{ mine { knownAs } }", Map.of()).data()
                .path("mine").path("knownAs").asString()).isEqualTo("Chloe");
    }

    @Test
    @CrossTenantCase({"updateYoungPersonDetails", "recordCareLeaverCategory", "recordInTouchStatus", "agreeContactFrequency",
            "logContact", "recordCircumstanceChange", "allocatePersonalAdviser", "answerCorrectionRequest", "markNoticeRead",
            "registerYoungPerson", "addNonWorkingDay", "removeNonWorkingDay", "authoritySettings"})
    void shouldChangeNothingOfAnotherAuthorityThroughAnyMutation() {
        // Northmoor things with ids: a correction request and the notice it made, and a non-working day of its own.
        graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, "mutation { tellUsSomethingIsWrong(input: { whatIsWrong: \"My postcode is wrong\" }) { userErrors { code } } }", Map.of());
        String request = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, "{ mine { correctionRequests { id } } }", Map.of())
                .data().path("mine").path("correctionRequests").get(0).path("id").asString();
        String notice = graphql.as(DemoUser.NORTHMOOR_ADVISER, "{ notices(first: 1) { id } }", Map.of())
                .data().path("notices").get(0).path("id").asString();
        LocalDate closure = LocalDate.of(2027, 6, 9);
        graphql.as(DemoUser.NORTHMOOR_ADMIN, "mutation($d: Date!) { addNonWorkingDay(input: { day: $d, description: \"Staff training\" }) { userErrors { code } } }",
                Map.of("d", closure.toString()));
        Map<String, Object> before = northmoorState();

        Map<String, String> notFound = new LinkedHashMap<>();
        notFound.put("updateYoungPersonDetails", """
                mutation($yp: ID!) { updateYoungPersonDetails(input: { youngPersonId: $yp, version: 1, givenName: "X", familyName: "Y",
                  dateOfBirth: "2007-01-01", unaccompaniedAsylumSeeking: false, isParent: false, hasDisability: false, ethnicity: "WBRI",
                  preferredLanguage: "English", consentsToTexts: false, consentsToEmail: false }) { userErrors { code } } }""");
        notFound.put("recordCareLeaverCategory", "mutation($yp: ID!) { recordCareLeaverCategory(input: { youngPersonId: $yp, category: QUALIFYING, appliesFrom: \"2025-01-01\" }) { userErrors { code } } }");
        notFound.put("recordInTouchStatus", "mutation($yp: ID!) { recordInTouchStatus(input: { youngPersonId: $yp, status: NO, appliesFrom: \"2025-01-01\" }) { userErrors { code } } }");
        notFound.put("agreeContactFrequency", "mutation($yp: ID!) { agreeContactFrequency(input: { youngPersonId: $yp, frequency: WEEKLY }) { userErrors { code } } }");
        notFound.put("logContact", "mutation($yp: ID!) { logContact(input: { youngPersonId: $yp, kind: PHONE }) { userErrors { code } } }");
        notFound.put("recordCircumstanceChange", "mutation($yp: ID!) { recordCircumstanceChange(input: { youngPersonId: $yp, kind: HEALTH, occurredOn: \"2025-01-01\" }) { userErrors { code } } }");
        for (var mutation : notFound.entrySet()) {
            for (DemoUser user : List.of(DemoUser.WEALDSHIRE_ADVISER, DemoUser.WEALDSHIRE_MANAGER)) {
                assertNotFound(graphql.as(user, mutation.getValue(), Map.of("yp", tyler)), mutation.getKey() + " by " + user);
            }
        }
        assertNotFound(graphql.as(DemoUser.WEALDSHIRE_MANAGER, "mutation($yp: ID!, $a: ID!) { allocatePersonalAdviser(input: { youngPersonId: $yp, adviserId: $a, startsOn: \"2026-01-01\" }) { userErrors { code } } }",
                Map.of("yp", tyler, "a", priya)), "allocatePersonalAdviser");
        assertNotFound(graphql.as(DemoUser.WEALDSHIRE_ADVISER, "mutation($r: ID!) { answerCorrectionRequest(input: { correctionRequestId: $r, answer: \"Fixed\" }) { userErrors { code } } }",
                Map.of("r", request)), "answerCorrectionRequest");
        assertNotFound(graphql.as(DemoUser.WEALDSHIRE_ADVISER, "mutation($n: ID!) { markNoticeRead(input: { noticeId: $n }) { userErrors { code } } }",
                Map.of("n", notice)), "markNoticeRead");
        JsonNode register = graphql.as(DemoUser.WEALDSHIRE_MANAGER, """
                mutation($a: ID) { registerYoungPerson(input: { givenName: "Sam", familyName: "Cross", dateOfBirth: "2008-03-01",
                  category: RELEVANT, categoryAppliesFrom: "2025-01-01", personalAdviserId: $a }) { youngPerson { id } userErrors { field code } } }""",
                Map.of("a", priya)).data().path("registerYoungPerson");
        assertThat(register.path("youngPerson").isNull()).isTrue();
        assertThat(register.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        JsonNode remove = graphql.as(DemoUser.WEALDSHIRE_ADMIN, "mutation($d: Date!) { removeNonWorkingDay(input: { day: $d }) { userErrors { code } } }",
                Map.of("d", closure.toString())).data().path("removeNonWorkingDay");
        assertThat(remove.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        JsonNode wealdshireDays = graphql.as(DemoUser.WEALDSHIRE_ADMIN, "{ authoritySettings { nonWorkingDays(from: \"2027-06-01\", to: \"2027-06-30\") { day } } }",
                Map.of()).data().path("authoritySettings").path("nonWorkingDays");
        assertThat(wealdshireDays.values()).isEmpty();

        assertThat(northmoorState()).isEqualTo(before);
        graphql.as(DemoUser.NORTHMOOR_ADMIN, "mutation($d: Date!) { removeNonWorkingDay(input: { day: $d }) { userErrors { code } } }",
                Map.of("d", closure.toString()));
    }

    @Test
    @CrossTenantCase({"staffMember", "myTeam", "updateAuthoritySettings", "tellUsSomethingChanged", "tellUsSomethingIsWrong"})
    void shouldKeepWhatAWealdshireUserSeesAndSaysInsideWealdshire() {
        Map<String, Object> before = northmoorState();
        int northmoorPeriod = northmoorReviewPeriod();

        JsonNode staff = graphql.as(DemoUser.WEALDSHIRE_MANAGER, "{ staffMember { name team { name } } myTeam { name members { name } } }",
                Map.of()).data();
        graphql.as(DemoUser.WEALDSHIRE_ADMIN, "mutation { updateAuthoritySettings(input: { reviewAfterChangeWorkingDays: 15 }) { userErrors { code } } }", Map.of());
        JsonNode changed = graphql.as(DemoUser.WEALDSHIRE_CARE_LEAVER, "mutation { tellUsSomethingChanged(input: { kind: HEALTH }) { change { id } userErrors { code } } }",
                Map.of()).data().path("tellUsSomethingChanged");
        JsonNode wrong = graphql.as(DemoUser.WEALDSHIRE_CARE_LEAVER, "mutation { tellUsSomethingIsWrong(input: { whatIsWrong: \"My name is spelt wrong\" }) { correctionRequest { id } userErrors { code } } }",
                Map.of()).data().path("tellUsSomethingIsWrong");
        try {
            assertThat(staff.path("staffMember").path("name").asString()).isEqualTo("Fiona MacLeod");
            assertThat(staff.path("myTeam").path("members").values()).extracting(member -> member.path("name").asString())
                    .containsExactlyInAnyOrder("Seun Adeyemi", "Fiona MacLeod");
            assertThat(changed.path("change").path("id").asString()).isNotBlank();
            assertThat(wrong.path("correctionRequest").path("id").asString()).isNotBlank();
            assertThat(northmoorState()).isEqualTo(before);
            assertThat(northmoorReviewPeriod()).isEqualTo(northmoorPeriod);
            assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, "{ notices(first: 100) { youngPerson { givenName } } }", Map.of())
                    .data().path("notices").values()).noneSatisfy(notice ->
                    assertThat(notice.path("youngPerson").path("givenName").asString()).isEqualTo("Chloe"));
        } finally {
            graphql.as(DemoUser.WEALDSHIRE_ADMIN, "mutation { updateAuthoritySettings(input: { reviewAfterChangeWorkingDays: 20 }) { userErrors { code } } }", Map.of());
        }
    }

    private int northmoorReviewPeriod() {
        return graphql.as(DemoUser.NORTHMOOR_ADMIN, "{ authoritySettings { reviewAfterChangeWorkingDays } }", Map.of())
                .data().path("authoritySettings").path("reviewAfterChangeWorkingDays").asInt();
    }

    private static void assertNotFound(GraphQlHttp.Response response, String what) {
        assertThat(response.errors().get(0).path("extensions").path("code").asString()).as(what + ": " + response.body())
                .isEqualTo("NOT_FOUND");
    }
}
