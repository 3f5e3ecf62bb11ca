package app.onward.pathwayplan;

import app.onward.graphql.GlobalId;
import app.onward.pathwayplan.PlanViews.MyPlan;
import app.onward.pathwayplan.PlanViews.Plan;
import app.onward.pathwayplan.PlanViews.Version;
import app.onward.youngperson.YoungPerson;
import app.onward.youngperson.YoungPersonId;
import app.onward.youngperson.YoungPersonService;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.MutationMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.stereotype.Controller;

import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * pathwayplan.graphqls. Nested lists are batch-loaded, one statement per batch, so a caseload page asking
 * every young person's open actions costs the same whatever its size.
 */
@Controller
class PathwayPlanController {

    static final String PLAN = "PathwayPlan";
    static final String YOUNG_PERSON = "YoungPerson";

    private final PathwayPlanService plans;
    private final MyPlanService myPlan;
    private final YoungPersonService youngPeople;

    PathwayPlanController(PathwayPlanService plans, MyPlanService myPlan, YoungPersonService youngPeople) {
        this.plans = plans;
        this.myPlan = myPlan;
        this.youngPeople = youngPeople;
    }

    @MutationMapping
    PathwayPlanService.SaveOutcome savePathwayPlan(@Argument SavePlanInput input) {
        YoungPersonId youngPerson = GlobalId.parse(YOUNG_PERSON, input.youngPersonId()).map(YoungPersonId::new).orElse(null);
        return plans.save(youngPerson, input);
    }

    @MutationMapping
    PathwayPlanService.VersionOutcome signOffPathwayPlan(@Argument Map<String, Object> input) {
        return plans.signOff(planId(input), (Integer) input.get("versionNumber"));
    }

    @MutationMapping
    PathwayPlanService.VersionOutcome sharePathwayPlanDraft(@Argument Map<String, Object> input) {
        return plans.shareDraft(planId(input), (Integer) input.get("versionNumber"));
    }

    @MutationMapping
    MyPlanService.MyPlanOutcome commentOnMyPlan(@Argument Map<String, Object> input) {
        return myPlan.comment((Integer) input.get("versionNumber"), (String) input.get("comment"));
    }

    @MutationMapping
    MyPlanService.MyPlanOutcome agreeWithMyPlan(@Argument Map<String, Object> input) {
        return myPlan.agree((Integer) input.get("versionNumber"));
    }

    /** The source is the young person's own {@code Mine}; who they are comes from the token, never from it. */
    @SchemaMapping(typeName = "Mine", field = "plan")
    MyPlan minePlan() {
        return myPlan.myPlan().orElse(null);
    }

    @BatchMapping(typeName = YOUNG_PERSON)
    Map<YoungPerson, Plan> pathwayPlan(List<YoungPerson> people) {
        Map<YoungPersonId, Plan> byYoungPerson = plans.plansOf(ids(people)).stream()
                .collect(Collectors.toMap(Plan::youngPerson, Function.identity()));
        Map<YoungPerson, Plan> result = new HashMap<>();
        people.forEach(youngPerson -> result.put(youngPerson, byYoungPerson.get(youngPerson.id())));
        return result;
    }

    @BatchMapping(typeName = YOUNG_PERSON)
    Map<YoungPerson, List<PlanContent.Action>> openActions(List<YoungPerson> people) {
        Map<YoungPersonId, List<PlanContent.Action>> open = plans.openActionsOf(ids(people));
        Map<YoungPerson, List<PlanContent.Action>> result = new HashMap<>();
        people.forEach(youngPerson -> result.put(youngPerson, open.getOrDefault(youngPerson.id(), List.of())));
        return result;
    }

    @SchemaMapping(typeName = PLAN)
    String id(Plan plan) {
        return GlobalId.of(PLAN, plan.id());
    }

    /** Whoever could read the plan may open its young person (the same rule, docs/decisions/0009). */
    @SchemaMapping(typeName = PLAN)
    YoungPerson youngPerson(Plan plan) {
        return youngPeople.find(plan.youngPerson()).orElseThrow();
    }

    @BatchMapping(typeName = PLAN)
    Map<Plan, Version> latestVersion(List<Plan> planList) {
        return byPlan(planList, plans.latestVersions(planIds(planList)));
    }

    @BatchMapping(typeName = PLAN)
    Map<Plan, Version> latestSignedOffVersion(List<Plan> planList) {
        return byPlan(planList, plans.latestSignedOffVersions(planIds(planList)));
    }

    @BatchMapping(typeName = PLAN)
    Map<Plan, List<Version>> versions(List<Plan> planList) {
        Map<UUID, List<Version>> byId = plans.allVersions(planIds(planList)).stream()
                .collect(Collectors.groupingBy(Version::planId, LinkedHashMap::new, Collectors.toList()));
        Map<Plan, List<Version>> result = new HashMap<>();
        planList.forEach(plan -> result.put(plan, byId.getOrDefault(plan.id(), List.of())));
        return result;
    }

    @SchemaMapping(typeName = PLAN)
    Version version(Plan plan, @Argument int number) {
        return plans.version(plan.id(), number).orElse(null);
    }

    @SchemaMapping(typeName = PLAN)
    List<PlanDifference> differences(Plan plan, @Argument int from, @Argument int to) {
        return plans.differences(plan.id(), from, to);
    }

    @SchemaMapping(typeName = "PlanAction")
    boolean overdue(PlanContent.Action action) {
        return plans.overdue(action);
    }

    private static UUID planId(Map<String, Object> input) {
        return GlobalId.parse(PLAN, (String) input.get("planId")).orElse(null);
    }

    private static List<YoungPersonId> ids(Collection<YoungPerson> people) {
        return people.stream().map(YoungPerson::id).distinct().toList();
    }

    private static List<UUID> planIds(List<Plan> planList) {
        return planList.stream().map(Plan::id).toList();
    }

    private static Map<Plan, Version> byPlan(List<Plan> planList, List<Version> versions) {
        Map<UUID, Version> byId = versions.stream().collect(Collectors.toMap(Version::planId, Function.identity()));
        Map<Plan, Version> result = new HashMap<>();
        planList.forEach(plan -> result.put(plan, byId.get(plan.id())));
        return result;
    }
}
