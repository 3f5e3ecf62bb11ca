package app.onward.accommodation;

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
import java.util.Map;

import static app.onward.jooq.Tables.ACCOMMODATION_PERIOD;
import static app.onward.jooq.Tables.ACTIVITY_PERIOD;
import static app.onward.jooq.Tables.AUDIT_EVENT;
import static org.assertj.core.api.Assertions.assertThat;

/** Accommodation and activity through GraphQL: recorded, refused by the SSDA903 rules, read as histories. */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class AccommodationTest {

    static final String RECORD_ACCOMMODATION = """
            mutation($i: RecordAccommodationInput!) { recordAccommodation(input: $i) {
              accommodation { id from until type words suitability code recordedBy { name } recordedAt }
              youngPerson { accommodation { code from until replaced } } userErrors { field message code } } }""";
    static final String RECORD_ACTIVITY = """
            mutation($i: RecordActivityInput!) { recordActivity(input: $i) {
              activity { id from until code words recordedBy { name } }
              youngPerson { activity { code from until } } userErrors { field message code } } }""";
    static final String HISTORIES = """
            query($id: ID!) { youngPerson(id: $id) { accommodation { code words from until replaced suitability }
              activity { code words from until replaced } } }""";

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
        Map<String, Object> input = new HashMap<>(Map.of("givenName", givenName, "familyName", "Housing",
                "dateOfBirth", today.minusYears(19).toString(), "category", "FORMER_RELEVANT",
                "categoryAppliesFrom", today.minusYears(1).toString(),
                "personalAdviserId", demo.staffMember("northmoor", "Priya Sharma")));
        return graphql.as(DemoUser.NORTHMOOR_MANAGER, "mutation($i: RegisterYoungPersonInput!) { registerYoungPerson(input: $i) { youngPerson { id } } }",
                Map.of("i", input)).data().path("registerYoungPerson").path("youngPerson").path("id").asString();
    }

    private JsonNode accommodation(DemoUser user, String youngPerson, LocalDate from, String type, String suitability) {
        return graphql.as(user, RECORD_ACCOMMODATION, Map.of("i", Map.of("youngPersonId", youngPerson, "from", from.toString(),
                "type", type, "suitability", suitability))).data().path("recordAccommodation");
    }

    private JsonNode activity(DemoUser user, String youngPerson, LocalDate from, String code) {
        return graphql.as(user, RECORD_ACTIVITY, Map.of("i", Map.of("youngPersonId", youngPerson, "from", from.toString(),
                "code", code))).data().path("recordActivity");
    }

    private int count(org.jooq.Table<?> table) {
        return demo.as("northmoor", () -> demo.dsl().fetchCount(table));
    }

    @Test
    void shouldRecordAccommodationAsADatedHistoryWithTheSsda903Code() {
        String sam = newYoungPerson("Sam");
        JsonNode first = accommodation(DemoUser.NORTHMOOR_ADVISER, sam, today.minusMonths(8), "D", "SUITABLE");
        assertThat(first.path("userErrors").values()).isEmpty();
        JsonNode moved = accommodation(DemoUser.NORTHMOOR_MANAGER, sam, today.minusMonths(2), "U", "SUITABLE");
        assertThat(moved.path("accommodation").path("code").asString()).isEqualTo("U1");
        assertThat(moved.path("accommodation").path("words").asString()).startsWith("Independent living");
        assertThat(moved.path("accommodation").path("until").isNull()).isTrue();
        assertThat(moved.path("accommodation").path("recordedBy").path("name").asString()).isEqualTo("Gareth Llewellyn");
        JsonNode history = moved.path("youngPerson").path("accommodation");
        assertThat(history.values()).extracting(period -> period.path("code").asString()).containsExactly("U1", "D1");
        assertThat(history.get(1).path("until").asString()).isEqualTo(today.minusMonths(2).minusDays(1).toString());

        // A correction is a new entry from the same day: the earlier one is replaced, never changed.
        accommodation(DemoUser.NORTHMOOR_ADVISER, sam, today.minusMonths(2), "T", "UNSUITABLE");
        JsonNode corrected = graphql.as(DemoUser.NORTHMOOR_ADVISER, HISTORIES, Map.of("id", sam)).data()
                .path("youngPerson").path("accommodation");
        assertThat(corrected.values()).extracting(period -> period.path("code").asString() + ":" + period.path("replaced").asBoolean())
                .containsExactly("T2:false", "U1:true", "D1:false");

        JsonNode audited = demo.as("northmoor", () -> tools.jackson.databind.json.JsonMapper.builder().build().readTree(
                demo.dsl().select(AUDIT_EVENT.AFTER_STATE).from(AUDIT_EVENT).where(AUDIT_EVENT.ACTION.eq("RECORD_ACCOMMODATION"))
                        .orderBy(AUDIT_EVENT.OCCURRED_AT.desc()).limit(1).fetchSingle().value1().data()));
        assertThat(audited.path("code").asString()).isEqualTo("T2");
        assertThat(audited.path("youngPersonId").asString()).isEqualTo(DemoRecords.uuid("YoungPerson", sam).toString());
    }

    @Test
    void shouldRefuseInvalidCombinationsFieldByFieldAndWriteNothing() {
        String jo = newYoungPerson("Jo");
        int before = count(ACCOMMODATION_PERIOD);
        JsonNode homeless = accommodation(DemoUser.NORTHMOOR_ADVISER, jo, today.minusDays(3), "S", "SUITABLE");
        assertThat(homeless.path("accommodation").isNull()).isTrue();
        assertThat(homeless.path("userErrors").get(0).path("field").asString()).isEqualTo("suitability");
        assertThat(homeless.path("userErrors").get(0).path("message").asString()).contains("No fixed abode cannot be suitable");
        JsonNode custody = accommodation(DemoUser.NORTHMOOR_ADVISER, jo, today.minusDays(3), "X", "SUITABLE");
        assertThat(custody.path("userErrors").get(0).path("field").asString()).isEqualTo("suitability");
        JsonNode stayingPutAt17 = accommodation(DemoUser.NORTHMOOR_ADVISER, jo, today.minusYears(2), "Z", "SUITABLE");
        assertThat(stayingPutAt17.path("userErrors").get(0).path("field").asString()).isEqualTo("type");
        JsonNode tomorrow = accommodation(DemoUser.NORTHMOOR_ADVISER, jo, today.plusDays(1), "U", "SUITABLE");
        assertThat(tomorrow.path("userErrors").get(0).path("field").asString()).isEqualTo("from");
        JsonNode at15 = activity(DemoUser.NORTHMOOR_ADVISER, jo, today.minusYears(4), "F2");
        assertThat(at15.path("userErrors").get(0).path("field").asString()).isEqualTo("from");
        assertThat(count(ACCOMMODATION_PERIOD)).isEqualTo(before);

        assertThat(accommodation(DemoUser.NORTHMOOR_ADVISER, jo, today.minusDays(3), "S", "UNSUITABLE")
                .path("accommodation").path("code").asString()).isEqualTo("S2");
        assertThat(accommodation(DemoUser.NORTHMOOR_ADVISER, jo, today.minusYears(1), "Z", "SUITABLE")
                .path("userErrors").values()).isEmpty();
    }

    @Test
    void shouldRecordNothingFromADayTheyHadDiedOrReturnedHome() {
        String lee = newYoungPerson("Lee");
        graphql.as(DemoUser.NORTHMOOR_ADVISER, "mutation($yp: ID!, $d: Date!) { recordInTouchStatus(input: { youngPersonId: $yp, status: RHOM, appliesFrom: $d }) { userErrors { code } } }",
                Map.of("yp", lee, "d", today.minusMonths(1).toString()));
        int before = count(ACTIVITY_PERIOD);
        JsonNode refused = activity(DemoUser.NORTHMOOR_ADVISER, lee, today.minusDays(1), "F5");
        assertThat(refused.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_ALLOWED");
        assertThat(refused.path("userErrors").get(0).path("message").asString()).contains("returned home");
        assertThat(accommodation(DemoUser.NORTHMOOR_ADVISER, lee, today, "B", "SUITABLE").path("userErrors").get(0)
                .path("field").asString()).isEqualTo("from");
        assertThat(count(ACTIVITY_PERIOD)).isEqualTo(before);
        // Before the status changed, the history can still be filled in.
        assertThat(activity(DemoUser.NORTHMOOR_ADVISER, lee, today.minusMonths(3), "F5").path("activity").path("until").isNull())
                .isTrue();
    }

    @Test
    void shouldRecordActivityAndTellTheYoungPersonInPlainWords() {
        String tyler = demo.youngPerson("northmoor", "Tyler");
        JsonNode recorded = activity(DemoUser.NORTHMOOR_ADVISER, tyler, today, "F4");
        assertThat(recorded.path("activity").path("words").asString()).isEqualTo("Full-time apprenticeship or traineeship");
        accommodation(DemoUser.NORTHMOOR_ADVISER, tyler, today, "U", "SUITABLE");
        JsonNode mine = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, """
                { mine { whereILive { now current { from until words } history { from words } }
                         whatImDoing { now current { words } history { words } } } }""", Map.of()).data().path("mine");
        assertThat(mine.path("whereILive").path("now").asString()).endsWith("you have lived in your own place.");
        assertThat(mine.path("whatImDoing").path("now").asString())
                .isEqualTo("Since " + java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK).format(today) + " you have been doing a full-time apprenticeship.");
        assertThat(mine.path("whatImDoing").path("history").size()).isGreaterThanOrEqualTo(1);
    }

    @Test
    void shouldNotLetStaffWhoMayNotOpenTheRecordWriteToIt() {
        String tyler = demo.youngPerson("northmoor", "Tyler");
        for (DemoUser user : java.util.List.of(DemoUser.NORTHMOOR_YOUTH_VOICE, DemoUser.NORTHMOOR_LEADER, DemoUser.NORTHMOOR_ADMIN,
                DemoUser.NORTHMOOR_CARE_LEAVER, DemoUser.NORTHMOOR_ADVISER_2)) {
            var response = graphql.as(user, RECORD_ACTIVITY, Map.of("i", Map.of("youngPersonId", tyler,
                    "from", today.toString(), "code", "G5")));
            assertThat(response.errors().get(0).path("extensions").path("code").asString()).as(user.name())
                    .isIn("NOT_FOUND", "FORBIDDEN");
        }
    }
}
