package app.onward.pathwayplan;

import app.onward.graphql.GlobalId;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/** What the pathway-plan tests share: the GraphQL they send, plan inputs, and direct looks at the database. */
abstract class PlanTestSupport {

    static final String VERSION_FIELDS = """
            number changeSummary savedAt author { id name } signOff { by { name } at } sharedWithYoungPerson
            agreedByYoungPersonAt comments { body writtenAt }
            sections { matter title plainTitle youngPersonsWords assessment
              goals { id description actions { id matter description who byWhen done overdue } } }""";

    static final String SAVE = """
            mutation($input: SavePathwayPlanInput!) { savePathwayPlan(input: $input) {
              plan { id latestVersionNumber youngPerson { id } }
              version { %s }
              userErrors { field message code }
              conflict { yourBaseVersion currentVersion { number changeSummary }
                changesSinceYourBase { matter part label before after } }
              languageFlags { field flag { found start end suggestion explanation } } } }""".formatted(VERSION_FIELDS);

    static final String SIGN_OFF = """
            mutation($planId: ID!, $n: Int!) { signOffPathwayPlan(input: { planId: $planId, versionNumber: $n }) {
              version { number signOff { by { name } at } } userErrors { field message code } } }""";

    static final String SHARE = """
            mutation($planId: ID!, $n: Int!) { sharePathwayPlanDraft(input: { planId: $planId, versionNumber: $n }) {
              version { number sharedWithYoungPerson } userErrors { field message code } } }""";

    static final String MY_PLAN_FIELDS = """
            versionNumber isDraft signedOffOn agreedAt comments { body writtenAt }
            sections { matter title yourWords whatWeAgreed goals { id description actions { description who byWhen done overdue } } }""";

    static final String MINE = "{ mine { plan { " + MY_PLAN_FIELDS + " } } }";

    static final String COMMENT = """
            mutation($n: Int!, $comment: String!) { commentOnMyPlan(input: { versionNumber: $n, comment: $comment }) {
              plan { %s } userErrors { field message code } } }""".formatted(MY_PLAN_FIELDS);

    static final String AGREE = """
            mutation($n: Int!) { agreeWithMyPlan(input: { versionNumber: $n }) {
              plan { %s } userErrors { field message code } } }""".formatted(MY_PLAN_FIELDS);

    @LocalServerPort
    int port;
    @Autowired
    DSLContext dsl;
    @Autowired
    DemoRecords demo;
    @Autowired
    RecordedPlanEvents events;

    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    JsonNode send(DemoUser user, String query, Map<String, Object> variables) {
        return graphql.as(user, query, variables).json();
    }

    JsonNode save(DemoUser user, Map<String, Object> input) {
        return send(user, SAVE, Map.of("input", input)).path("data").path("savePathwayPlan");
    }

    <T> T inTenant(String slug, Supplier<T> work) {
        return demo.as(slug, work);
    }

    UUID youngPerson(String slug, String givenName, String familyName) {
        return inTenant(slug, () -> dsl.select(YOUNG_PERSON.ID).from(YOUNG_PERSON)
                .where(YOUNG_PERSON.GIVEN_NAME.eq(givenName)).and(YOUNG_PERSON.FAMILY_NAME.eq(familyName))
                .fetchSingle(YOUNG_PERSON.ID));
    }

    /**
     * A young person of their own for a test that starts a plan from nothing: in Northmoor's team north, allocated
     * to Priya Sharma (so northmoor.adviser and northmoor.manager may open them), with no plan yet.
     */
    UUID newYoungPerson(String givenName) {
        return inTenant("northmoor", () -> {
            UUID team = dsl.select(TEAM.ID).from(TEAM).where(TEAM.NAME.eq("Leaving care team north")).fetchSingle(TEAM.ID);
            UUID priya = dsl.select(STAFF_MEMBER.ID).from(STAFF_MEMBER).where(STAFF_MEMBER.DISPLAY_NAME.eq("Priya Sharma"))
                    .fetchSingle(STAFF_MEMBER.ID);
            LocalDate born = LocalDate.now().minusYears(18).minusMonths(3);
            UUID id = dsl.insertInto(YOUNG_PERSON).set(YOUNG_PERSON.GIVEN_NAME, givenName)
                    .set(YOUNG_PERSON.FAMILY_NAME, "Planless").set(YOUNG_PERSON.DATE_OF_BIRTH, born)
                    .set(YOUNG_PERSON.TEAM_ID, team).returning(YOUNG_PERSON.ID).fetchSingle(YOUNG_PERSON.ID);
            dsl.insertInto(CARE_LEAVER_CATEGORY).set(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID, id)
                    .set(CARE_LEAVER_CATEGORY.CATEGORY, "FORMER_RELEVANT").set(CARE_LEAVER_CATEGORY.APPLIES_FROM, born.plusYears(18))
                    .set(CARE_LEAVER_CATEGORY.RECORDED_BY, "test").execute();
            dsl.insertInto(ADVISER_ALLOCATION).set(ADVISER_ALLOCATION.YOUNG_PERSON_ID, id)
                    .set(ADVISER_ALLOCATION.STAFF_MEMBER_ID, priya).set(ADVISER_ALLOCATION.STARTED_ON, born.plusYears(16))
                    .set(ADVISER_ALLOCATION.RECORDED_BY, "test").execute();
            return id;
        });
    }

    static String youngPersonGlobalId(UUID youngPerson) {
        return GlobalId.of("YoungPerson", youngPerson);
    }

    /** The plan's global id and latest version number, straight from the database (0 when there is no plan). */
    PlanRef plan(String slug, UUID youngPerson) {
        return inTenant(slug, () -> dsl.select(PATHWAY_PLAN.ID, PATHWAY_PLAN.LATEST_VERSION).from(PATHWAY_PLAN)
                .where(PATHWAY_PLAN.YOUNG_PERSON_ID.eq(youngPerson))
                .fetchOptional(row -> new PlanRef(GlobalId.of("PathwayPlan", row.value1()), row.value1(), row.value2()))
                .orElse(new PlanRef(null, null, 0)));
    }

    record PlanRef(String globalId, UUID id, int latestVersion) {}

    /** A valid plan: all ten matters in order, empty but for what {@link #withGoal} adds. */
    static Map<String, Object> planInput(UUID youngPerson, int basedOnVersion, String changeSummary) {
        List<Map<String, Object>> sections = new ArrayList<>();
        for (PlanMatter matter : PlanMatter.values()) {
            Map<String, Object> section = new HashMap<>();
            section.put("matter", matter.name());
            section.put("youngPersonsWords", "");
            section.put("assessment", "");
            section.put("goals", new ArrayList<>());
            sections.add(section);
        }
        Map<String, Object> input = new HashMap<>();
        input.put("youngPersonId", youngPersonGlobalId(youngPerson));
        input.put("basedOnVersion", basedOnVersion);
        input.put("changeSummary", changeSummary);
        input.put("sections", sections);
        return input;
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> section(Map<String, Object> input, PlanMatter matter) {
        return ((List<Map<String, Object>>) input.get("sections")).get(matter.ordinal());
    }

    /** Adds a goal with one action to a matter; ids null for new ones. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> withGoal(Map<String, Object> input, PlanMatter matter, String goalId, String goal,
                                        String actionId, String action, String who, String byWhen, boolean done) {
        Map<String, Object> actionInput = new HashMap<>();
        actionInput.put("id", actionId);
        actionInput.put("description", action);
        actionInput.put("who", who);
        actionInput.put("byWhen", byWhen);
        actionInput.put("done", done);
        Map<String, Object> goalInput = new HashMap<>();
        goalInput.put("id", goalId);
        goalInput.put("description", goal);
        goalInput.put("actions", new ArrayList<>(List.of(actionInput)));
        ((List<Object>) section(input, matter).get("goals")).add(goalInput);
        return input;
    }

    static List<String> texts(JsonNode array, String field) {
        List<String> texts = new ArrayList<>();
        array.forEach(node -> texts.add(node.path(field).asString()));
        return texts;
    }
}
