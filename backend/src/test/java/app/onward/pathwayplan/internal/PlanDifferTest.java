package app.onward.pathwayplan.internal;

import app.onward.pathwayplan.PlanContent;
import app.onward.pathwayplan.PlanContent.Action;
import app.onward.pathwayplan.PlanContent.Goal;
import app.onward.pathwayplan.PlanContent.Section;
import app.onward.pathwayplan.PlanDifference;
import app.onward.pathwayplan.PlanMatter;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static app.onward.pathwayplan.PlanMatter.ACCOMMODATION;
import static app.onward.pathwayplan.PlanMatter.HEALTH;
import static org.assertj.core.api.Assertions.assertThat;

class PlanDifferTest {

    private static final UUID GOAL = UUID.fromString("00000000-0000-4000-8000-000000000001");
    private static final UUID ACTION = UUID.fromString("00000000-0000-4000-8000-000000000002");
    private static final UUID OTHER_GOAL = UUID.fromString("00000000-0000-4000-8000-000000000003");
    private static final LocalDate DECEMBER = LocalDate.of(2026, 12, 1);

    /** The plan every case starts from: one accommodation goal with one action. */
    private static final PlanContent BASE = with(ACCOMMODATION, section -> new Section(ACCOMMODATION,
            "I want my own flat", "Ready for a tenancy in spring",
            List.of(new Goal(GOAL, "Move to a flat of my own", List.of(
                    new Action(ACTION, ACCOMMODATION, "Apply to the housing register", "Priya", DECEMBER, false))))));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing changed", BASE, List.of()),
                Arguments.of("young person's words changed", edit(section -> new Section(ACCOMMODATION,
                                "I want a flat near college", section.assessment(), section.goals())),
                        List.of(new PlanDifference(ACCOMMODATION, "YOUNG_PERSONS_WORDS", "What the young person said",
                                "I want my own flat", "I want a flat near college"))),
                Arguments.of("assessment cleared", edit(section -> new Section(ACCOMMODATION,
                                section.youngPersonsWords(), "  ", section.goals())),
                        List.of(new PlanDifference(ACCOMMODATION, "ASSESSMENT", "Assessment", "Ready for a tenancy in spring", null))),
                Arguments.of("goal reworded keeps its identity", edit(section -> new Section(ACCOMMODATION,
                                section.youngPersonsWords(), section.assessment(),
                                List.of(new Goal(GOAL, "Move to a flat near college", section.goals().getFirst().actions())))),
                        List.of(new PlanDifference(ACCOMMODATION, "GOAL", "Move to a flat near college",
                                "Move to a flat of my own", "Move to a flat near college"))),
                Arguments.of("goal added", edit(section -> new Section(ACCOMMODATION, section.youngPersonsWords(),
                                section.assessment(), List.of(section.goals().getFirst(),
                                new Goal(OTHER_GOAL, "Learn to budget for bills", List.of())))),
                        List.of(new PlanDifference(ACCOMMODATION, "GOAL", "Learn to budget for bills", null, "Learn to budget for bills"))),
                Arguments.of("goal and its action removed", edit(section -> new Section(ACCOMMODATION,
                                section.youngPersonsWords(), section.assessment(), List.of())),
                        List.of(new PlanDifference(ACCOMMODATION, "GOAL", "Move to a flat of my own", "Move to a flat of my own", null),
                                new PlanDifference(ACCOMMODATION, "ACTION", "Apply to the housing register",
                                        "Apply to the housing register (Priya, by 2026-12-01)", null))),
                Arguments.of("action ticked done", editAction(action -> new Action(ACTION, ACCOMMODATION,
                                action.description(), action.who(), action.byWhen(), true)),
                        List.of(new PlanDifference(ACCOMMODATION, "ACTION", "Apply to the housing register", "Done: Not done", "Done: Done"))),
                Arguments.of("action given to someone else, later", editAction(action -> new Action(ACTION, ACCOMMODATION,
                                action.description(), "You", DECEMBER.plusMonths(1), false)),
                        List.of(new PlanDifference(ACCOMMODATION, "ACTION", "Apply to the housing register", "Who: Priya", "Who: You"),
                                new PlanDifference(ACCOMMODATION, "ACTION", "Apply to the housing register",
                                        "By when: 2026-12-01", "By when: 2027-01-01"))),
                Arguments.of("action's date removed", editAction(action -> new Action(ACTION, ACCOMMODATION,
                                action.description(), action.who(), null, false)),
                        List.of(new PlanDifference(ACCOMMODATION, "ACTION", "Apply to the housing register",
                                "By when: 2026-12-01", "By when: no date"))),
                Arguments.of("action moved to another goal is not removed and added", edit(section -> new Section(ACCOMMODATION,
                                section.youngPersonsWords(), section.assessment(), List.of(
                                new Goal(GOAL, "Move to a flat of my own", List.of()),
                                new Goal(OTHER_GOAL, "Learn to budget for bills", section.goals().getFirst().actions())))),
                        List.of(new PlanDifference(ACCOMMODATION, "GOAL", "Learn to budget for bills", null, "Learn to budget for bills"))),
                Arguments.of("another matter changed", with(HEALTH, section -> new Section(HEALTH, "", "Registered with a GP", List.of()), BASE),
                        List.of(new PlanDifference(HEALTH, "ASSESSMENT", "Assessment", null, "Registered with a GP"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldReportEachChangedFieldMatterByMatter(String name, PlanContent after, List<PlanDifference> expected) {
        assertThat(PlanDiffer.differences(BASE, after)).containsExactlyElementsOf(expected);
    }

    @org.junit.jupiter.api.Test
    void shouldReportEverythingAsNewAgainstTheEmptyPlan() {
        assertThat(PlanDiffer.differences(PlanContent.EMPTY, BASE)).extracting(PlanDifference::part)
                .containsExactly("YOUNG_PERSONS_WORDS", "ASSESSMENT", "GOAL", "ACTION");
        assertThat(PlanDiffer.differences(PlanContent.EMPTY, BASE)).allSatisfy(difference -> assertThat(difference.before()).isNull());
    }

    private static PlanContent edit(UnaryOperator<Section> change) {
        return with(ACCOMMODATION, change, BASE);
    }

    private static PlanContent editAction(UnaryOperator<Action> change) {
        return edit(section -> new Section(ACCOMMODATION, section.youngPersonsWords(), section.assessment(),
                List.of(new Goal(GOAL, section.goals().getFirst().description(),
                        List.of(change.apply(section.goals().getFirst().actions().getFirst()))))));
    }

    private static PlanContent with(PlanMatter matter, UnaryOperator<Section> change) {
        return with(matter, change, PlanContent.EMPTY);
    }

    private static PlanContent with(PlanMatter matter, UnaryOperator<Section> change, PlanContent from) {
        return new PlanContent(from.sections().stream()
                .map(section -> section.matter() == matter ? change.apply(section) : section).toList());
    }
}
