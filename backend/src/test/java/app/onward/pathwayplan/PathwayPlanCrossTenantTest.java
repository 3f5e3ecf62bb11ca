package app.onward.pathwayplan;

import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.PATHWAY_PLAN_AGREEMENT;
import static app.onward.jooq.Tables.PATHWAY_PLAN_COMMENT;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SHARE;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SIGN_OFF;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A Wealdshire user cannot read or change a Northmoor plan by any query or mutation: ids from Northmoor answer
 * "not found" (or, for a role that may not do the thing at all, "forbidden") and nothing changes.
 */
@OnwardIntegrationTest
class PathwayPlanCrossTenantTest extends PlanTestSupport {

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"WEALDSHIRE_ADVISER", "WEALDSHIRE_MANAGER"})
    @CrossTenantCase({"savePathwayPlan", "sharePathwayPlanDraft", "signOffPathwayPlan"})
    void shouldNotLetWealdshireStaffSaveShareOrSignOffANorthmoorPlan(DemoUser user) {
        UUID tyler = youngPerson("northmoor", "Tyler", "Mensah");
        PlanRef before = plan("northmoor", tyler);
        int sharesBefore = inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_SHARE));
        int signOffsBefore = inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_SIGN_OFF));

        JsonNode saved = save(user, planInput(tyler, before.latestVersion(), "From another authority"));
        JsonNode shared = send(user, SHARE, Map.of("planId", before.globalId(), "n", before.latestVersion()))
                .path("data").path("sharePathwayPlanDraft");
        JsonNode signed = send(user, SIGN_OFF, Map.of("planId", before.globalId(), "n", before.latestVersion()));

        assertThat(saved.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(shared.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(signed.path("data").path("signOffPathwayPlan").isMissingNode() || signed.path("data").path("signOffPathwayPlan").isNull()
                ? signed.path("errors").get(0).path("extensions").path("code").asString()
                : signed.path("data").path("signOffPathwayPlan").path("userErrors").get(0).path("code").asString())
                .isIn("NOT_FOUND", "FORBIDDEN");
        assertThat(plan("northmoor", tyler).latestVersion()).isEqualTo(before.latestVersion());
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_SHARE))).isEqualTo(sharesBefore);
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_SIGN_OFF))).isEqualTo(signOffsBefore);
    }

    @Test
    void shouldNotLetAWealdshireManagerSignOffANorthmoorPlan() {
        UUID jordan = youngPerson("northmoor", "Jordan", "Clarke");
        PlanRef plan = plan("northmoor", jordan);

        JsonNode signed = send(DemoUser.WEALDSHIRE_MANAGER, SIGN_OFF, Map.of("planId", plan.globalId(), "n", plan.latestVersion()))
                .path("data").path("signOffPathwayPlan");

        assertThat(signed.path("userErrors").get(0).path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(signed.path("version").isNull()).isTrue();
    }

    @Test
    @CrossTenantCase({"commentOnMyPlan", "agreeWithMyPlan"})
    void shouldShowAWealdshireCareLeaverOnlyTheirOwnPlanWhateverVersionTheyName() {
        UUID tyler = youngPerson("northmoor", "Tyler", "Mensah");
        PlanRef tylers = plan("northmoor", tyler);
        int tylersComments = inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_COMMENT));
        int tylersAgreements = inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_AGREEMENT));

        JsonNode mine = send(DemoUser.WEALDSHIRE_CARE_LEAVER, MINE, Map.of()).path("data").path("mine").path("plan");
        send(DemoUser.WEALDSHIRE_CARE_LEAVER, COMMENT, Map.of("n", tylers.latestVersion(), "comment", "Not mine"));
        send(DemoUser.WEALDSHIRE_CARE_LEAVER, AGREE, Map.of("n", tylers.latestVersion()));

        assertThat(texts(mine.path("sections"), "yourWords")).doesNotContain("I love the mechanics course.");
        assertThat(texts(mine.path("sections"), "yourWords"))
                .contains("I want to stay with Sandra and Mike while I finish my A levels.");
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_COMMENT))).isEqualTo(tylersComments);
        assertThat(inTenant("northmoor", () -> dsl.fetchCount(PATHWAY_PLAN_AGREEMENT))).isEqualTo(tylersAgreements);
    }

    @Test
    void shouldFindNoPlanOrActionsForAYoungPersonOfAnotherAuthority() {
        UUID tyler = youngPerson("northmoor", "Tyler", "Mensah");

        JsonNode fromWealdshire = send(DemoUser.WEALDSHIRE_MANAGER,
                "query($id: ID!) { youngPerson(id: $id) { pathwayPlan { id } openActions { id } } }",
                Map.of("id", youngPersonGlobalId(tyler))).path("data");
        JsonNode wealdshireCaseload = send(DemoUser.WEALDSHIRE_MANAGER,
                "{ caseload(scope: TEAM, first: 100) { edges { node { id pathwayPlan { id } } } } }", Map.of())
                .path("data").path("caseload").path("edges");

        assertThat(fromWealdshire.path("youngPerson").isNull()).isTrue();
        assertThat(wealdshireCaseload).isNotEmpty();
        wealdshireCaseload.forEach(edge -> assertThat(edge.path("node").path("id").asString())
                .isNotEqualTo(youngPersonGlobalId(tyler)));
    }
}
