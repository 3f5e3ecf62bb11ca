package app.onward.pathwayplan.internal;

import app.onward.graphql.UserError;
import app.onward.pathwayplan.PlanContent;
import app.onward.pathwayplan.PlanMatter;
import app.onward.pathwayplan.SavePlanInput;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Checks a save's input field by field and, when it is all right, turns it into the content to store: the ten
 * matters in order, new goals and actions given ids, sent ids kept. Errors carry paths into the input
 * ({@code sections.3.goals.0.actions.1.who}).
 */
public final class PlanValidator {

    public static final int CHANGE_SUMMARY_MAX = 300;
    public static final int WORDS_MAX = 4_000;
    public static final int ASSESSMENT_MAX = 8_000;
    public static final int DESCRIPTION_MAX = 300;
    public static final int WHO_MAX = 100;
    public static final int GOALS_MAX = 20;
    public static final int ACTIONS_MAX = 20;
    private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2099, 12, 31);

    public record Result(PlanContent content, List<UserError> errors) {}

    private final List<UserError> errors = new ArrayList<>();
    private final Set<UUID> ids = new HashSet<>();

    private PlanValidator() {
    }

    public static Result validate(SavePlanInput input) {
        return new PlanValidator().run(input);
    }

    private Result run(SavePlanInput input) {
        text("changeSummary", input.changeSummary(), CHANGE_SUMMARY_MAX, true, "Say in a sentence what changed and why");
        if (input.basedOnVersion() < 0) {
            errors.add(new UserError("basedOnVersion", "Send the version you started from (0 for a new plan)", "INVALID"));
        }
        Map<PlanMatter, PlanContent.Section> sections = new EnumMap<>(PlanMatter.class);
        List<SavePlanInput.SectionInput> given = input.sections() == null ? List.of() : input.sections();
        for (int i = 0; i < given.size(); i++) {
            SavePlanInput.SectionInput section = given.get(i);
            String path = "sections." + i;
            if (sections.containsKey(section.matter())) {
                errors.add(new UserError(path + ".matter", "Each matter appears once; "
                        + section.matter().title() + " appears more than once", "DUPLICATE"));
                continue;
            }
            sections.put(section.matter(), section(path, section));
        }
        for (PlanMatter matter : PlanMatter.values()) {
            if (!sections.containsKey(matter)) {
                errors.add(new UserError("sections", "The plan must cover every matter; missing: " + matter.title(), "REQUIRED"));
            }
        }
        return errors.isEmpty()
                ? new Result(new PlanContent(List.copyOf(sections.values())), List.of())
                : new Result(null, List.copyOf(errors));
    }

    private PlanContent.Section section(String path, SavePlanInput.SectionInput section) {
        text(path + ".youngPersonsWords", section.youngPersonsWords(), WORDS_MAX, false, null);
        text(path + ".assessment", section.assessment(), ASSESSMENT_MAX, false, null);
        List<SavePlanInput.GoalInput> goals = section.goals() == null ? List.of() : section.goals();
        if (goals.size() > GOALS_MAX) {
            errors.add(new UserError(path + ".goals", "At most " + GOALS_MAX + " goals for one matter", "TOO_LONG"));
        }
        List<PlanContent.Goal> kept = new ArrayList<>();
        for (int g = 0; g < goals.size(); g++) {
            kept.add(goal(path + ".goals." + g, section.matter(), goals.get(g)));
        }
        return new PlanContent.Section(section.matter(), nonNull(section.youngPersonsWords()).strip(),
                nonNull(section.assessment()).strip(), List.copyOf(kept));
    }

    private PlanContent.Goal goal(String path, PlanMatter matter, SavePlanInput.GoalInput goal) {
        text(path + ".description", goal.description(), DESCRIPTION_MAX, true, "Say what the goal is");
        UUID goalId = id(path + ".id", goal.id());
        List<SavePlanInput.ActionInput> actions = goal.actions() == null ? List.of() : goal.actions();
        if (actions.size() > ACTIONS_MAX) {
            errors.add(new UserError(path + ".actions", "At most " + ACTIONS_MAX + " actions for one goal", "TOO_LONG"));
        }
        List<PlanContent.Action> kept = new ArrayList<>();
        for (int a = 0; a < actions.size(); a++) {
            SavePlanInput.ActionInput action = actions.get(a);
            String actionPath = path + ".actions." + a;
            text(actionPath + ".description", action.description(), DESCRIPTION_MAX, true, "Say what will be done");
            text(actionPath + ".who", action.who(), WHO_MAX, true, "Say who will do it");
            if (action.byWhen() != null && (action.byWhen().isBefore(EARLIEST) || action.byWhen().isAfter(LATEST))) {
                errors.add(new UserError(actionPath + ".byWhen", "Enter a real date for this action", "INVALID"));
            }
            kept.add(new PlanContent.Action(id(actionPath + ".id", action.id()), matter, nonNull(action.description()).strip(),
                    nonNull(action.who()).strip(), action.byWhen(), action.done()));
        }
        return new PlanContent.Goal(goalId, nonNull(goal.description()).strip(), List.copyOf(kept));
    }

    /** The id sent back (so differences follow it), or a new one for something new. */
    private UUID id(String path, String sent) {
        if (sent == null || sent.isBlank()) {
            return UUID.randomUUID();
        }
        try {
            UUID id = UUID.fromString(sent);
            if (!ids.add(id)) {
                errors.add(new UserError(path, "Two goals or actions have the same id", "DUPLICATE"));
            }
            return id;
        } catch (IllegalArgumentException e) {
            errors.add(new UserError(path, "Send back the id you read, or none for something new", "INVALID"));
            return UUID.randomUUID();
        }
    }

    private void text(String path, String value, int max, boolean required, String whenMissing) {
        String clean = nonNull(value).strip();
        if (required && clean.isEmpty()) {
            errors.add(new UserError(path, whenMissing, "REQUIRED"));
        } else if (clean.length() > max) {
            errors.add(new UserError(path, "Keep this to " + max + " characters", "TOO_LONG"));
        }
    }

    private static String nonNull(String value) {
        return value == null ? "" : value;
    }
}
