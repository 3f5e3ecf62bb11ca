package app.onward.pathwayplan;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What one version of a plan says: all ten matters, in order. Stored whole as the version's jsonb content.
 * Goals and actions keep their ids from version to version, so differences can follow them.
 */
public record PlanContent(List<Section> sections) {

    public static final PlanContent EMPTY = new PlanContent(java.util.Arrays.stream(PlanMatter.values())
            .map(matter -> new Section(matter, "", "", List.of())).toList());

    public record Section(PlanMatter matter, String youngPersonsWords, String assessment, List<Goal> goals) {

        public String title() {
            return matter.title();
        }

        public String plainTitle() {
            return matter.plainTitle();
        }
    }

    public record Goal(UUID id, String description, List<Action> actions) {}

    /** {@code matter} repeats the section's, so an action read alone (open actions) still says what it is about. */
    public record Action(UUID id, PlanMatter matter, String description, String who, LocalDate byWhen, boolean done) {}

    public Section section(PlanMatter matter) {
        return sections.stream().filter(section -> section.matter() == matter).findFirst()
                .orElse(EMPTY.sections().get(matter.ordinal()));
    }

    public List<Action> actions() {
        return sections.stream().flatMap(section -> section.goals().stream()).flatMap(goal -> goal.actions().stream()).toList();
    }
}
