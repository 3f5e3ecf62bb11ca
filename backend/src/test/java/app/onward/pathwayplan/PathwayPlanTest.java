package app.onward.pathwayplan;

import app.onward.testsupport.DemoUser;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.PATHWAY_PLAN_VERSION;
import static app.onward.pathwayplan.PlanMatter.ACCOMMODATION;
import static app.onward.pathwayplan.PlanMatter.HEALTH;
import static app.onward.testsupport.DemoUser.NORTHMOOR_ADVISER;
import static app.onward.testsupport.DemoUser.NORTHMOOR_ADVISER_2;
import static app.onward.testsupport.DemoUser.NORTHMOOR_MANAGER;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Staff and the plan: versions, conflicts, sign-off, the access rule of docs/decisions/0009. */
@OnwardIntegrationTest
class PathwayPlanTest extends PlanTestSupport {

    @Test
    void shouldSaveEverySaveAsANewVersionKeepingGoalIdsSoDifferencesFollowThem() {
        UUID sophie = newYoungPerson("Sophie");
        JsonNode first = save(NORTHMOOR_ADVISER, withGoal(planInput(sophie, 0, "First plan"), ACCOMMODATION, null,
                "Find a flat", null, "Register for housing", "Sophie", "2027-01-31", false));
        assertThat(first.path("userErrors").isEmpty()).isTrue();
        assertThat(first.path("plan").path("latestVersionNumber").asInt()).isEqualTo(1);
        assertThat(first.path("plan").path("youngPerson").path("id").asString()).isEqualTo(youngPersonGlobalId(sophie));
        JsonNode goal = first.path("version").path("sections").get(ACCOMMODATION.ordinal()).path("goals").get(0);
        assertThat(first.path("version").path("author").path("name").asString()).isEqualTo("Priya Sharma");
        assertThat(first.path("version").path("sections").get(ACCOMMODATION.ordinal()).path("plainTitle").asString())
                .isEqualTo("Where you live");

        JsonNode second = save(NORTHMOOR_MANAGER, withGoal(planInput(sophie, 1, "Sophie registered"), ACCOMMODATION,
                goal.path("id").asString(), "Find a flat near work", goal.path("actions").get(0).path("id").asString(),
                "Register for housing", "Sophie", "2027-01-31", true));
        assertThat(second.path("userErrors").isEmpty()).isTrue();
        String planId = second.path("plan").path("id").asString();

        JsonNode plan = send(NORTHMOOR_ADVISER, """
                query($id: ID!) { youngPerson(id: $id) { pathwayPlan {
                  versions { number changeSummary } latestVersion { number } latestSignedOffVersion { number }
                  version(number: 1) { changeSummary }
                  differences(from: 1, to: 2) { matter part label before after } } } }""",
                Map.of("id", youngPersonGlobalId(sophie))).path("data").path("youngPerson").path("pathwayPlan");
        assertThat(texts(plan.path("versions"), "number")).containsExactly("2", "1");
        assertThat(plan.path("latestSignedOffVersion").isNull()).isTrue();
        assertThat(plan.path("version").path("changeSummary").asString()).isEqualTo("First plan");
        assertThat(plan.path("differences")).hasSize(2);
        assertThat(texts(plan.path("differences"), "after")).containsExactly("Find a flat near work", "Done: Done");
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("pathway-plan.saved")
                .and(AUDIT_EVENT.ENTITY_ID.eq(plan(planId)))))).isEqualTo(2);
    }

    @Test
    void shouldRefuseTheSecondOfTwoSavesFromTheSameVersionSayingWhatChangedAndWritingNothing() {
        UUID kai = newYoungPerson("Kai");
        JsonNode priyas = save(NORTHMOOR_ADVISER, withGoal(planInput(kai, 0, "Priya's first plan"), HEALTH, null,
                "Register with a GP", null, "Book the appointment", "Kai", "2027-02-01", false));
        assertThat(priyas.path("userErrors").isEmpty()).isTrue();

        JsonNode garethsInput = save(NORTHMOOR_MANAGER, withGoal(planInput(kai, 0, "Gareth's first plan"), ACCOMMODATION,
                null, "Stay where he is", null, "Check the tenancy", "Gareth", null, false));

        assertThat(garethsInput.path("version").isNull()).isTrue();
        assertThat(garethsInput.path("userErrors").get(0).path("code").asString()).isEqualTo("CONFLICT");
        assertThat(garethsInput.path("conflict").path("yourBaseVersion").asInt()).isZero();
        assertThat(garethsInput.path("conflict").path("currentVersion").path("changeSummary").asString()).isEqualTo("Priya's first plan");
        assertThat(texts(garethsInput.path("conflict").path("changesSinceYourBase"), "after"))
                .contains("Register with a GP", "Book the appointment (Kai, by 2027-02-01)");
        PlanRef plan = plan("northmoor", kai);
        assertThat(plan.latestVersion()).isEqualTo(1);
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_VERSION, PATHWAY_PLAN_VERSION.PLAN_ID.eq(plan.id()))))
                .isEqualTo(1);
    }

    @Test
    void shouldRefuseAnInvalidPlanFieldByFieldWritingNothing() {
        UUID liam = newYoungPerson("Liam");
        Map<String, Object> input = withGoal(planInput(liam, 0, ""), PlanMatter.CONTINGENCY, null, "Know who to call",
                null, "Save the out-of-hours number", "  ", "2027-01-01", false);

        JsonNode refused = save(NORTHMOOR_ADVISER, input);

        assertThat(refused.path("plan").isNull()).isTrue();
        assertThat(texts(refused.path("userErrors"), "field")).containsExactlyInAnyOrder("changeSummary",
                "sections.3.goals.0.actions.0.who");
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN, PATHWAY_PLAN.YOUNG_PERSON_ID.eq(liam)))).isZero();
    }

    @Test
    void shouldNotLetTheApplicationRoleRewriteOrDeleteASavedVersion() {
        assertThatThrownBy(() -> inTenant("northmoor", () -> dsl.update(PATHWAY_PLAN_VERSION)
                .set(PATHWAY_PLAN_VERSION.CHANGE_SUMMARY, "rewritten").execute()))
                .rootCause().hasMessageContaining("permission denied");
        assertThatThrownBy(() -> inTenant("northmoor", () -> dsl.deleteFrom(PATHWAY_PLAN_VERSION).execute()))
                .rootCause().hasMessageContaining("permission denied");
    }

    @Test
    void shouldLetOnlyAManagerSignOffTheLatestVersionOnceAndTellTheClocks() {
        UUID zara = newYoungPerson("Zara");
        save(NORTHMOOR_ADVISER, planInput(zara, 0, "First plan"));
        String planId = plan("northmoor", zara).globalId();

        JsonNode byAdviser = send(NORTHMOOR_ADVISER, SIGN_OFF, Map.of("planId", planId, "n", 1));
        assertThat(byAdviser.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");

        JsonNode signed = send(NORTHMOOR_MANAGER, SIGN_OFF, Map.of("planId", planId, "n", 1)).path("data").path("signOffPathwayPlan");
        assertThat(signed.path("version").path("signOff").path("by").path("name").asString()).isEqualTo("Gareth Llewellyn");
        assertThat(events.of(PathwayPlanSignedOff.class)).contains(new PathwayPlanSignedOff(
                new app.onward.youngperson.YoungPersonId(zara), 1, LocalDate.now(java.time.ZoneOffset.UTC)));

        JsonNode again = send(NORTHMOOR_MANAGER, SIGN_OFF, Map.of("planId", planId, "n", 1)).path("data").path("signOffPathwayPlan");
        assertThat(again.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_ALLOWED");

        save(NORTHMOOR_ADVISER, planInput(zara, 1, "After the review"));
        JsonNode older = send(NORTHMOOR_MANAGER, SIGN_OFF, Map.of("planId", planId, "n", 1)).path("data").path("signOffPathwayPlan");
        assertThat(older.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_ALLOWED");
        JsonNode missing = send(NORTHMOOR_MANAGER, SIGN_OFF, Map.of("planId", planId, "n", 7)).path("data").path("signOffPathwayPlan");
        assertThat(missing.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ACTION.eq("pathway-plan.signed-off")
                .and(AUDIT_EVENT.ENTITY_ID.eq(plan("northmoor", zara).id()))))).isEqualTo(1);
    }

    @Test
    void shouldNotLetAnAdviserOfAnotherTeamSaveShareOrSignOffAPlanTheyMayNotOpen() {
        UUID tyler = youngPerson("northmoor", "Tyler", "Mensah");
        PlanRef before = plan("northmoor", tyler);

        JsonNode saved = save(NORTHMOOR_ADVISER_2, planInput(tyler, before.latestVersion(), "Not my young person"));
        JsonNode shared = send(NORTHMOOR_ADVISER_2, SHARE, Map.of("planId", before.globalId(), "n", before.latestVersion()))
                .path("data").path("sharePathwayPlanDraft");

        assertThat(saved.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(saved.path("userErrors").get(0).path("field").asString()).isEqualTo("youngPersonId");
        assertThat(shared.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(plan("northmoor", tyler).latestVersion()).isEqualTo(before.latestVersion());
    }

    @Test
    void shouldNotLetAManagerSignOffThePlanOfAYoungPersonOutsideTheirTeam() {
        UUID jordan = youngPerson("northmoor", "Jordan", "Clarke");
        PlanRef before = plan("northmoor", jordan);

        JsonNode signed = send(NORTHMOOR_MANAGER, SIGN_OFF, Map.of("planId", before.globalId(), "n", before.latestVersion()))
                .path("data").path("signOffPathwayPlan");

        assertThat(signed.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(signed.path("userErrors").get(0).path("field").asString()).isEqualTo("planId");
    }

    @Test
    void shouldFlagStigmatisingWordsByFieldWithoutStoppingTheSave() {
        UUID ellie = newYoungPerson("Ellie");
        Map<String, Object> input = planInput(ellie, 0, "First plan");
        section(input, ACCOMMODATION).put("assessment", "Settled in her placement; contact with siblings weekly.");

        JsonNode saved = save(NORTHMOOR_ADVISER, input);

        assertThat(saved.path("userErrors").isEmpty()).isTrue();
        assertThat(saved.path("version").path("number").asInt()).isEqualTo(1);
        assertThat(texts(saved.path("languageFlags"), "field")).containsOnly("sections.4.assessment");
        assertThat(saved.path("languageFlags")).extracting(flag -> flag.path("flag").path("suggestion").asString())
                .containsExactly("home", "family time", "brothers and sisters");
        assertThat(saved.path("languageFlags").get(0).path("flag").path("start").asInt()).isEqualTo(15);
    }

    @Test
    void shouldListTheOpenActionsOfTheLatestVersionWithOverdueComputedAgainstToday() {
        UUID dawit = newYoungPerson("Dawit");
        Map<String, Object> input = withGoal(planInput(dawit, 0, "First plan"), ACCOMMODATION, null, "A home",
                null, "Visit the supported lodgings", "Priya", LocalDate.now().minusDays(3).toString(), false);
        withGoal(input, HEALTH, null, "See a dentist", null, "Book the dentist", "Dawit", LocalDate.now().plusDays(30).toString(), false);
        withGoal(input, PlanMatter.IDENTITY, null, "Passport", null, "Apply for a passport", "Priya", null, true);
        save(NORTHMOOR_ADVISER, input);

        JsonNode open = send(NORTHMOOR_ADVISER, "query($id: ID!) { youngPerson(id: $id) { openActions { matter description overdue done } } }",
                Map.of("id", youngPersonGlobalId(dawit))).path("data").path("youngPerson").path("openActions");

        assertThat(texts(open, "description")).containsExactly("Visit the supported lodgings", "Book the dentist");
        assertThat(texts(open, "overdue")).containsExactly("true", "false");
        assertThat(texts(open, "matter")).containsExactly("ACCOMMODATION", "HEALTH");
    }

    private UUID plan(String globalId) {
        return app.onward.graphql.GlobalId.parse("PathwayPlan", globalId).orElseThrow();
    }
}
