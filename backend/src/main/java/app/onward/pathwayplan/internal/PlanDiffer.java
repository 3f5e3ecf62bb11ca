package app.onward.pathwayplan.internal;

import app.onward.pathwayplan.PlanContent;
import app.onward.pathwayplan.PlanContent.Action;
import app.onward.pathwayplan.PlanContent.Goal;
import app.onward.pathwayplan.PlanContent.Section;
import app.onward.pathwayplan.PlanDifference;
import app.onward.pathwayplan.PlanMatter;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * What changed between two versions, matter by matter, field by field. Goals and actions are matched by
 * their ids, so an edited goal is "changed", not "removed and added", and an action keeps its identity when
 * it moves to another goal of the same matter. See docs/decisions/0011-pathway-plan-versions.md.
 */
public final class PlanDiffer {

    private PlanDiffer() {
    }

    public static List<PlanDifference> differences(PlanContent from, PlanContent to) {
        List<PlanDifference> differences = new ArrayList<>();
        for (PlanMatter matter : PlanMatter.values()) {
            Section before = from.section(matter);
            Section after = to.section(matter);
            text(differences, matter, "YOUNG_PERSONS_WORDS", "What the young person said",
                    before.youngPersonsWords(), after.youngPersonsWords());
            text(differences, matter, "ASSESSMENT", "Assessment", before.assessment(), after.assessment());
            goals(differences, matter, before.goals(), after.goals());
            actions(differences, matter, actionsOf(before), actionsOf(after));
        }
        return differences;
    }

    private static void text(List<PlanDifference> differences, PlanMatter matter, String part, String label,
                             String before, String after) {
        if (!Objects.equals(blankToNull(before), blankToNull(after))) {
            differences.add(new PlanDifference(matter, part, label, blankToNull(before), blankToNull(after)));
        }
    }

    private static void goals(List<PlanDifference> differences, PlanMatter matter, List<Goal> before, List<Goal> after) {
        Map<UUID, Goal> old = byId(before, Goal::id);
        Map<UUID, Goal> now = byId(after, Goal::id);
        for (Goal goal : before) {
            Goal kept = now.get(goal.id());
            if (kept == null) {
                differences.add(new PlanDifference(matter, "GOAL", goal.description(), goal.description(), null));
            } else if (!goal.description().equals(kept.description())) {
                differences.add(new PlanDifference(matter, "GOAL", kept.description(), goal.description(), kept.description()));
            }
        }
        for (Goal goal : after) {
            if (!old.containsKey(goal.id())) {
                differences.add(new PlanDifference(matter, "GOAL", goal.description(), null, goal.description()));
            }
        }
    }

    private static void actions(List<PlanDifference> differences, PlanMatter matter, List<Action> before, List<Action> after) {
        Map<UUID, Action> old = byId(before, Action::id);
        Map<UUID, Action> now = byId(after, Action::id);
        for (Action action : before) {
            Action kept = now.get(action.id());
            if (kept == null) {
                differences.add(new PlanDifference(matter, "ACTION", action.description(), summary(action), null));
            } else {
                field(differences, matter, kept, "Action", action.description(), kept.description());
                field(differences, matter, kept, "Who", action.who(), kept.who());
                field(differences, matter, kept, "By when", date(action), date(kept));
                field(differences, matter, kept, "Done", action.done() ? "Done" : "Not done", kept.done() ? "Done" : "Not done");
            }
        }
        for (Action action : after) {
            if (!old.containsKey(action.id())) {
                differences.add(new PlanDifference(matter, "ACTION", action.description(), null, summary(action)));
            }
        }
    }

    private static void field(List<PlanDifference> differences, PlanMatter matter, Action action, String name,
                              String before, String after) {
        if (!Objects.equals(before, after)) {
            differences.add(new PlanDifference(matter, "ACTION", action.description(), name + ": " + before, name + ": " + after));
        }
    }

    /** An action in one line: "Book the GP appointment (You, by 2026-12-01)". */
    static String summary(Action action) {
        return action.description() + " (" + action.who() + (action.byWhen() == null ? "" : ", by " + action.byWhen())
                + (action.done() ? ", done" : "") + ")";
    }

    private static String date(Action action) {
        return action.byWhen() == null ? "no date" : action.byWhen().toString();
    }

    private static List<Action> actionsOf(Section section) {
        return section.goals().stream().flatMap(goal -> goal.actions().stream()).toList();
    }

    private static <T> Map<UUID, T> byId(List<T> items, Function<T, UUID> id) {
        Map<UUID, T> byId = new LinkedHashMap<>();
        items.forEach(item -> byId.put(id.apply(item), item));
        return byId;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
