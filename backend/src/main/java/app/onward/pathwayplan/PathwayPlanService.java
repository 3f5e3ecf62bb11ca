package app.onward.pathwayplan;

import app.onward.graphql.UserError;
import app.onward.audit.AuditLog;
import app.onward.clock.Today;
import app.onward.language.LanguageChecker;
import app.onward.language.LanguageFlag;
import app.onward.pathwayplan.PlanViews.Plan;
import app.onward.pathwayplan.PlanViews.Version;
import app.onward.pathwayplan.internal.PathwayPlanRepository;
import app.onward.pathwayplan.internal.PlanDiffer;
import app.onward.pathwayplan.internal.PlanValidator;
import app.onward.youngperson.RecordAccess;
import app.onward.youngperson.StaffMemberRef;
import app.onward.youngperson.YoungPersonId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staff keep a young person's pathway plan: every save a new immutable version, refused when someone saved
 * since the version it started from; a team manager signs off the latest version; an adviser may show a
 * draft to the young person first. Who may do what: docs/decisions/0009; versions and conflicts:
 * docs/decisions/0011-pathway-plan-versions.md.
 */
@Service
public class PathwayPlanService {

    private final RecordAccess access;
    private final PathwayPlanRepository plans;
    private final LanguageChecker language;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final Today today;

    PathwayPlanService(RecordAccess access, PathwayPlanRepository plans, LanguageChecker language, AuditLog audit,
                       ApplicationEventPublisher events, Today today) {
        this.access = access;
        this.plans = plans;
        this.language = language;
        this.audit = audit;
        this.events = events;
        this.today = today;
    }

    /** The contract's SavePathwayPlanPayload. */
    public record SaveOutcome(Plan plan, Version version, List<UserError> userErrors, Conflict conflict,
                              List<FieldFlag> languageFlags) {}

    public record Conflict(int yourBaseVersion, Version currentVersion, List<PlanDifference> changesSinceYourBase) {}

    /** A language flag in one field of the input, by its path ({@code sections.4.assessment}). */
    public record FieldFlag(String field, LanguageFlag flag) {}

    /** The contract's PathwayPlanVersionPayload. */
    public record VersionOutcome(Version version, List<UserError> userErrors) {}

    /**
     * Saves the plan as version {@code basedOnVersion + 1}, or refuses (CONFLICT, with what changed) when the
     * plan's latest version is no longer {@code basedOnVersion}. Either everything is written or nothing.
     *
     * @param youngPerson null when the id sent named no young person
     */
    @Transactional
    public SaveOutcome save(YoungPersonId youngPerson, SavePlanInput input) {
        StaffMemberRef staff = access.requireStaff();
        List<FieldFlag> flags = languageFlags(input);
        if (youngPerson == null || !access.mayOpen(youngPerson)) {
            return refused(flags, UserError.notFound("youngPersonId", "There is no young person you may open with this id"));
        }
        PlanValidator.Result validated = PlanValidator.validate(input);
        if (!validated.errors().isEmpty()) {
            return new SaveOutcome(null, null, validated.errors(), null, flags);
        }
        int base = input.basedOnVersion();
        Optional<Plan> existing = plans.planOf(youngPerson);
        if (existing.isEmpty() && base != 0) {
            return refused(flags, new UserError("basedOnVersion", "There is no plan yet: start from version 0", "INVALID"));
        }
        if (existing.isEmpty()) {
            plans.createIfAbsent(youngPerson);
        }
        Plan plan = existing.orElseGet(() -> plans.planOf(youngPerson).orElseThrow());
        if (base > plan.latestVersionNumber()) {
            return refused(flags, new UserError("basedOnVersion",
                    "There is no version " + base + "; the latest is " + plan.latestVersionNumber(), "INVALID"));
        }
        if (!plans.advance(plan.id(), base)) {
            return conflict(plan.id(), base, flags);
        }
        int number = base + 1;
        plans.insertVersion(plan.id(), number, validated.content(), input.changeSummary().strip(), staff.id());
        audit.record("pathway-plan.saved", "PathwayPlan", plan.id(), Map.of("versionNumber", base),
                Map.of("versionNumber", number));
        Version saved = plans.versions(plan.id(), Set.of(number)).getFirst();
        return new SaveOutcome(new Plan(plan.id(), youngPerson, number), saved, List.of(), null, flags);
    }

    /** Team managers: sign off the plan's latest version. It becomes what the young person reads, and counts as a review. */
    @Transactional
    public VersionOutcome signOff(UUID planId, int number) {
        StaffMemberRef manager = access.requireManager();
        Optional<Plan> plan = openablePlan(planId, true);
        if (plan.isEmpty()) {
            return new VersionOutcome(null, List.of(UserError.notFound("planId", "There is no plan you may open with this id")));
        }
        Optional<UserError> notLatest = requireLatest(plan.get(), number, "sign off");
        if (notLatest.isPresent()) {
            return new VersionOutcome(null, List.of(notLatest.get()));
        }
        if (!plans.signOff(planId, number, manager.id())) {
            return new VersionOutcome(null, List.of(UserError.notAllowed("versionNumber", "Version " + number + " is signed off already")));
        }
        LocalDate today = this.today.date();
        audit.record("pathway-plan.signed-off", "PathwayPlan", planId, null, Map.of("versionNumber", number, "on", today.toString()));
        events.publishEvent(new PathwayPlanSignedOff(plan.get().youngPerson(), number, today));
        return new VersionOutcome(plans.versions(planId, Set.of(number)).getFirst(), List.of());
    }

    /** Personal advisers (or their manager): show the latest version to the young person before it is signed off. */
    @Transactional
    public VersionOutcome shareDraft(UUID planId, int number) {
        StaffMemberRef staff = access.requireStaff();
        Optional<Plan> plan = openablePlan(planId, false);
        if (plan.isEmpty()) {
            return new VersionOutcome(null, List.of(UserError.notFound("planId", "There is no plan you may open with this id")));
        }
        Optional<UserError> notLatest = requireLatest(plan.get(), number, "share");
        if (notLatest.isPresent()) {
            return new VersionOutcome(null, List.of(notLatest.get()));
        }
        Version version = plans.versions(planId, Set.of(number)).getFirst();
        if (version.signOff() != null) {
            return new VersionOutcome(null, List.of(UserError.notAllowed("versionNumber",
                    "Version " + number + " is signed off: the young person reads it already")));
        }
        if (plans.share(planId, number, staff.id())) {
            audit.record("pathway-plan.draft-shared", "PathwayPlan", planId, null, Map.of("versionNumber", number));
            version = plans.versions(planId, Set.of(number)).getFirst();
        }
        return new VersionOutcome(version, List.of());
    }

    /** Differences from one version to another; version 0 is the empty plan before the first save. */
    @Transactional(readOnly = true)
    public List<PlanDifference> differences(UUID planId, int from, int to) {
        List<Version> versions = plans.versions(planId, Set.of(from, to));
        return PlanDiffer.differences(content(versions, from), content(versions, to));
    }

    @Transactional(readOnly = true)
    public Optional<Version> version(UUID planId, int number) {
        return plans.versions(planId, Set.of(number)).stream().findFirst();
    }

    /** One statement for any number of young people (a caseload page). */
    @Transactional(readOnly = true)
    public List<Plan> plansOf(Collection<YoungPersonId> youngPeople) {
        return plans.plansOf(youngPeople);
    }

    /** The actions not done in each young person's latest version; one statement for any number of young people. */
    @Transactional(readOnly = true)
    public Map<YoungPersonId, List<PlanContent.Action>> openActionsOf(Collection<YoungPersonId> youngPeople) {
        return plans.latestOpenActionsOf(youngPeople);
    }

    @Transactional(readOnly = true)
    public List<Version> latestVersions(Collection<UUID> planIds) {
        return plans.latestVersions(planIds);
    }

    @Transactional(readOnly = true)
    public List<Version> latestSignedOffVersions(Collection<UUID> planIds) {
        return plans.latestSignedOffVersions(planIds);
    }

    /** Every version of these plans, newest first. */
    @Transactional(readOnly = true)
    public List<Version> allVersions(Collection<UUID> planIds) {
        return plans.allVersions(planIds);
    }

    /** Whether an action is overdue today: it has a date, the date has passed, and it is not done. */
    public boolean overdue(PlanContent.Action action) {
        return !action.done() && action.byWhen() != null && action.byWhen().isBefore(today.date());
    }

    private Optional<Plan> openablePlan(UUID planId, boolean lock) {
        if (planId == null) {
            return Optional.empty();
        }
        return (lock ? plans.lockPlan(planId) : plans.plan(planId)).filter(plan -> access.mayOpen(plan.youngPerson()));
    }

    /** Only the latest version may be signed off or shared: an older one would put superseded words in front of the young person. */
    private static Optional<UserError> requireLatest(Plan plan, int number, String what) {
        if (number < 1 || number > plan.latestVersionNumber()) {
            return Optional.of(UserError.notFound("versionNumber", "There is no version " + number));
        }
        if (number != plan.latestVersionNumber()) {
            return Optional.of(UserError.notAllowed("versionNumber", "Version " + plan.latestVersionNumber()
                    + " is newer: " + what + " that one instead"));
        }
        return Optional.empty();
    }

    private SaveOutcome conflict(UUID planId, int base, List<FieldFlag> flags) {
        Plan current = plans.plan(planId).orElseThrow();
        List<Version> versions = plans.versions(planId, Set.of(base, current.latestVersionNumber()));
        Version latest = versions.stream().filter(v -> v.number() == current.latestVersionNumber()).findFirst().orElseThrow();
        List<PlanDifference> changes = PlanDiffer.differences(content(versions, base), latest.content());
        return new SaveOutcome(null, null, List.of(new UserError("basedOnVersion", "Someone saved version "
                + current.latestVersionNumber() + " since you started from version " + base
                + ". Nothing was saved: look at what changed, then save again from version " + current.latestVersionNumber(),
                "CONFLICT")), new Conflict(base, latest, changes), flags);
    }

    private static PlanContent content(List<Version> versions, int number) {
        if (number == 0) {
            return PlanContent.EMPTY;
        }
        return versions.stream().filter(v -> v.number() == number).findFirst()
                .orElseThrow(() -> new NoSuchElementException("No version " + number)).content();
    }

    private static SaveOutcome refused(List<FieldFlag> flags, UserError error) {
        return new SaveOutcome(null, null, List.of(error), null, flags);
    }

    /** Every text field of the input, checked with one read of the authority's list. Advice only. */
    private List<FieldFlag> languageFlags(SavePlanInput input) {
        List<FieldFlag> flags = new ArrayList<>();
        check(flags, "changeSummary", input.changeSummary());
        List<SavePlanInput.SectionInput> sections = input.sections() == null ? List.of() : input.sections();
        for (int s = 0; s < sections.size(); s++) {
            SavePlanInput.SectionInput section = sections.get(s);
            String path = "sections." + s;
            check(flags, path + ".youngPersonsWords", section.youngPersonsWords());
            check(flags, path + ".assessment", section.assessment());
            List<SavePlanInput.GoalInput> goals = section.goals() == null ? List.of() : section.goals();
            for (int g = 0; g < goals.size(); g++) {
                check(flags, path + ".goals." + g + ".description", goals.get(g).description());
                List<SavePlanInput.ActionInput> actions = goals.get(g).actions() == null ? List.of() : goals.get(g).actions();
                for (int a = 0; a < actions.size(); a++) {
                    String actionPath = path + ".goals." + g + ".actions." + a;
                    check(flags, actionPath + ".description", actions.get(a).description());
                    check(flags, actionPath + ".who", actions.get(a).who());
                }
            }
        }
        return flags;
    }

    private void check(List<FieldFlag> flags, String field, String text) {
        language.check(text).forEach(flag -> flags.add(new FieldFlag(field, flag)));
    }
}
