package app.onward.pathwayplan;

import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.youngperson.YoungPersonId;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.PATHWAY_PLAN_COMMENT;
import static app.onward.testsupport.DemoUser.NORTHMOOR_ADVISER_2;
import static app.onward.testsupport.DemoUser.NORTHMOOR_CARE_LEAVER;
import static app.onward.testsupport.DemoUser.NORTHMOOR_CARE_LEAVER_2;
import static app.onward.testsupport.DemoUser.WEALDSHIRE_CARE_LEAVER;
import static org.assertj.core.api.Assertions.assertThat;

/** The young person and their own plan: what they may read, comment on and agree with; never anyone else's. */
@OnwardIntegrationTest
class MyPlanTest extends PlanTestSupport {

    @Test
    void shouldShowTheYoungPersonTheDraftTheirAdviserSharedInPlainWords() {
        JsonNode plan = send(NORTHMOOR_CARE_LEAVER, MINE, Map.of()).path("data").path("mine").path("plan");

        assertThat(plan.path("versionNumber").asInt()).isEqualTo(2);
        assertThat(plan.path("isDraft").asBoolean()).isTrue();
        assertThat(plan.path("signedOffOn").isNull()).isTrue();
        assertThat(texts(plan.path("sections"), "title")).hasSize(10).contains("Where you live", "Money",
                "Your health and feelings", "If things don't go to plan", "Who you are");
        assertThat(plan.path("sections").get(PlanMatter.EDUCATION_AND_TRAINING.ordinal()).path("yourWords").asString())
                .isEqualTo("I love the mechanics course.");
        assertThat(texts(plan.path("comments"), "body")).contains("Can we add that I want to start driving lessons?");
    }

    @Test
    void shouldShowOnlyTheSignedOffVersionUntilTheAdviserSharesANewerDraft() {
        UUID jordan = youngPerson("northmoor", "Jordan", "Clarke");
        int signedOff = send(NORTHMOOR_CARE_LEAVER_2, MINE, Map.of()).path("data").path("mine").path("plan").path("versionNumber").asInt();
        PlanRef before = plan("northmoor", jordan);

        JsonNode draft = save(NORTHMOOR_ADVISER_2, planInput(jordan, before.latestVersion(), "Draft for Jordan's review"));
        int draftNumber = draft.path("version").path("number").asInt();
        JsonNode unshared = send(NORTHMOOR_CARE_LEAVER_2, MINE, Map.of()).path("data").path("mine").path("plan");
        assertThat(unshared.path("versionNumber").asInt()).isEqualTo(signedOff);
        assertThat(unshared.path("isDraft").asBoolean()).isFalse();
        assertThat(unshared.path("signedOffOn").isNull()).isFalse();

        JsonNode shared = send(NORTHMOOR_ADVISER_2, SHARE, Map.of("planId", before.globalId(), "n", draftNumber))
                .path("data").path("sharePathwayPlanDraft");
        assertThat(shared.path("version").path("sharedWithYoungPerson").asBoolean()).isTrue();
        JsonNode seen = send(NORTHMOOR_CARE_LEAVER_2, MINE, Map.of()).path("data").path("mine").path("plan");
        assertThat(seen.path("versionNumber").asInt()).isEqualTo(draftNumber);
        assertThat(seen.path("isDraft").asBoolean()).isTrue();

        save(NORTHMOOR_ADVISER_2, planInput(jordan, draftNumber, "Another edit, not shown yet"));
        assertThat(send(NORTHMOOR_CARE_LEAVER_2, MINE, Map.of()).path("data").path("mine").path("plan").path("versionNumber").asInt())
                .isEqualTo(draftNumber);
    }

    @Test
    void shouldLetTheYoungPersonCommentOnTheVersionTheyReadAndTellTheirAdviser() {
        UUID chloe = youngPerson("wealdshire", "Chloe", "Whitfield");
        int version = send(WEALDSHIRE_CARE_LEAVER, MINE, Map.of()).path("data").path("mine").path("plan").path("versionNumber").asInt();

        JsonNode commented = send(WEALDSHIRE_CARE_LEAVER, COMMENT, Map.of("n", version, "comment", "Can Sandra come to my review?"))
                .path("data").path("commentOnMyPlan");

        assertThat(commented.path("userErrors").isEmpty()).isTrue();
        assertThat(texts(commented.path("plan").path("comments"), "body")).contains("Can Sandra come to my review?");
        UUID planId = plan("wealdshire", chloe).id();
        assertThat(events.of(YoungPersonRespondedToPlan.class)).contains(
                new YoungPersonRespondedToPlan(new YoungPersonId(chloe), planId, version, YoungPersonRespondedToPlan.Response.COMMENTED));
        assertThat(inTenant("wealdshire", () -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(planId)
                .and(AUDIT_EVENT.ACTION.eq("pathway-plan.commented"))))).isEqualTo(1);
    }

    @Test
    void shouldLetTheYoungPersonSayTheyAgreeOnceAndTellTheirAdviser() {
        UUID tyler = youngPerson("northmoor", "Tyler", "Mensah");
        int version = send(NORTHMOOR_CARE_LEAVER, MINE, Map.of()).path("data").path("mine").path("plan").path("versionNumber").asInt();

        JsonNode agreed = send(NORTHMOOR_CARE_LEAVER, AGREE, Map.of("n", version)).path("data").path("agreeWithMyPlan");
        JsonNode again = send(NORTHMOOR_CARE_LEAVER, AGREE, Map.of("n", version)).path("data").path("agreeWithMyPlan");

        assertThat(agreed.path("plan").path("agreedAt").isNull()).isFalse();
        assertThat(again.path("plan").path("agreedAt")).isEqualTo(agreed.path("plan").path("agreedAt"));
        UUID planId = plan("northmoor", tyler).id();
        assertThat(events.of(YoungPersonRespondedToPlan.class)).containsOnlyOnce(
                new YoungPersonRespondedToPlan(new YoungPersonId(tyler), planId, version, YoungPersonRespondedToPlan.Response.AGREED));
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(AUDIT_EVENT, AUDIT_EVENT.ENTITY_ID.eq(planId)
                .and(AUDIT_EVENT.ACTION.eq("pathway-plan.agreed"))))).isEqualTo(1);
    }

    @Test
    void shouldRefuseACommentOnAnotherVersionOrWithNoWords() {
        int version = send(WEALDSHIRE_CARE_LEAVER, MINE, Map.of()).path("data").path("mine").path("plan").path("versionNumber").asInt();

        JsonNode otherVersion = send(WEALDSHIRE_CARE_LEAVER, COMMENT, Map.of("n", version + 5, "comment", "Hello"))
                .path("data").path("commentOnMyPlan");
        JsonNode empty = send(WEALDSHIRE_CARE_LEAVER, COMMENT, Map.of("n", version, "comment", "   "))
                .path("data").path("commentOnMyPlan");
        JsonNode agreeOther = send(WEALDSHIRE_CARE_LEAVER, AGREE, Map.of("n", version + 5)).path("data").path("agreeWithMyPlan");

        assertThat(otherVersion.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(empty.path("userErrors").get(0).path("code").asString()).isEqualTo("REQUIRED");
        assertThat(agreeOther.path("userErrors").get(0).path("field").asString()).isEqualTo("versionNumber");
    }

    @Test
    void shouldNeverLetOneCareLeaverReachAnothersPlanWhateverIdTheySend() {
        UUID tyler = youngPerson("northmoor", "Tyler", "Mensah");
        PlanRef tylers = plan("northmoor", tyler);
        int tylersComments = inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_COMMENT, PATHWAY_PLAN_COMMENT.PLAN_ID.eq(tylers.id())));

        JsonNode jordansView = send(NORTHMOOR_CARE_LEAVER_2, MINE, Map.of()).path("data").path("mine").path("plan");
        send(NORTHMOOR_CARE_LEAVER_2, COMMENT, Map.of("n", tylers.latestVersion(), "comment", "Whose plan is this?"));
        send(NORTHMOOR_CARE_LEAVER_2, AGREE, Map.of("n", tylers.latestVersion()));
        JsonNode save = send(NORTHMOOR_CARE_LEAVER_2, SAVE, Map.of("input", planInput(tyler, tylers.latestVersion(), "Mine now")));
        JsonNode share = send(NORTHMOOR_CARE_LEAVER_2, SHARE, Map.of("planId", tylers.globalId(), "n", tylers.latestVersion()));
        JsonNode signOff = send(NORTHMOOR_CARE_LEAVER_2, SIGN_OFF, Map.of("planId", tylers.globalId(), "n", tylers.latestVersion()));
        JsonNode byId = send(NORTHMOOR_CARE_LEAVER_2, "query($id: ID!) { youngPerson(id: $id) { pathwayPlan { id } } }",
                Map.of("id", youngPersonGlobalId(tyler)));

        assertThat(texts(jordansView.path("sections"), "yourWords")).doesNotContain("I love the mechanics course.",
                "I'm OK in supported housing for now.");
        for (JsonNode refused : java.util.List.of(save, share, signOff)) {
            assertThat(refused.path("errors").get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
        }
        assertThat(byId.path("data").path("youngPerson").isNull()).as(byId.toString()).isTrue();
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_COMMENT, PATHWAY_PLAN_COMMENT.PLAN_ID.eq(tylers.id()))))
                .isEqualTo(tylersComments);
        assertThat(plan("northmoor", tyler).latestVersion()).isEqualTo(tylers.latestVersion());
    }
}
