package app.onward.pathwayplan.internal;

import app.onward.graphql.UserError;
import app.onward.pathwayplan.PlanMatter;
import app.onward.pathwayplan.SavePlanInput;
import app.onward.pathwayplan.SavePlanInput.ActionInput;
import app.onward.pathwayplan.SavePlanInput.GoalInput;
import app.onward.pathwayplan.SavePlanInput.SectionInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class PlanValidatorTest {

    private static final String KEPT = "00000000-0000-4000-8000-00000000000a";

    static SavePlanInput valid() {
        List<SectionInput> sections = new ArrayList<>(Arrays.stream(PlanMatter.values())
                .map(matter -> new SectionInput(matter, "", "", List.of())).toList());
        sections.set(3, new SectionInput(PlanMatter.CONTINGENCY, "If it goes wrong, call Priya", "", List.of(
                new GoalInput(KEPT, "Know who to call", List.of(
                        new ActionInput(null, "Save Priya's number", "You", LocalDate.of(2026, 12, 1), false),
                        new ActionInput(null, "Give the out-of-hours number", "Priya", null, false))))));
        return new SavePlanInput("id", 0, "First plan", sections);
    }

    static Stream<Arguments> invalid() {
        return Stream.of(
                Arguments.of("no change summary", change(input -> new SavePlanInput("id", 0, "  ", input.sections())),
                        "changeSummary", "REQUIRED"),
                Arguments.of("a matter missing", change(input -> new SavePlanInput("id", 0, "x", input.sections().subList(0, 9))),
                        "sections", "REQUIRED"),
                Arguments.of("a matter twice", change(input -> {
                    List<SectionInput> sections = new ArrayList<>(input.sections());
                    sections.add(sections.getFirst());
                    return new SavePlanInput("id", 0, "x", sections);
                }), "sections.10.matter", "DUPLICATE"),
                Arguments.of("an action with no one to do it", action(a -> new ActionInput(null, a.description(), " ", null, false)),
                        "sections.3.goals.0.actions.1.who", "REQUIRED"),
                Arguments.of("an action with no description", action(a -> new ActionInput(null, "", a.who(), null, false)),
                        "sections.3.goals.0.actions.1.description", "REQUIRED"),
                Arguments.of("an action dated in the year 1900", action(a -> new ActionInput(null, a.description(), a.who(),
                        LocalDate.of(1900, 1, 1), false)), "sections.3.goals.0.actions.1.byWhen", "INVALID"),
                Arguments.of("an id that is not one we gave", action(a -> new ActionInput("goal-1", a.description(), a.who(), null, false)),
                        "sections.3.goals.0.actions.1.id", "INVALID"),
                Arguments.of("an id used twice", action(a -> new ActionInput(KEPT, a.description(), a.who(), null, false)),
                        "sections.3.goals.0.actions.1.id", "DUPLICATE"),
                Arguments.of("an assessment too long", change(input -> {
                    List<SectionInput> sections = new ArrayList<>(input.sections());
                    sections.set(4, new SectionInput(PlanMatter.ACCOMMODATION, "", "x".repeat(PlanValidator.ASSESSMENT_MAX + 1), List.of()));
                    return new SavePlanInput("id", 0, "x", sections);
                }), "sections.4.assessment", "TOO_LONG"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalid")
    void shouldRefuseWithAPathIntoTheInput(String name, SavePlanInput input, String field, String code) {
        PlanValidator.Result result = PlanValidator.validate(input);
        assertThat(result.content()).isNull();
        assertThat(result.errors()).extracting(UserError::field, UserError::code).contains(org.assertj.core.groups.Tuple.tuple(field, code));
    }

    @Test
    void shouldKeepSentIdsGiveNewOnesAndPutTheMattersInOrder() {
        List<SectionInput> reversed = new ArrayList<>(valid().sections());
        java.util.Collections.reverse(reversed);
        PlanValidator.Result result = PlanValidator.validate(new SavePlanInput("id", 0, "First plan", reversed));

        assertThat(result.errors()).isEmpty();
        assertThat(result.content().sections()).extracting(section -> section.matter()).containsExactly(PlanMatter.values());
        var goal = result.content().section(PlanMatter.CONTINGENCY).goals().getFirst();
        assertThat(goal.id()).isEqualTo(UUID.fromString(KEPT));
        assertThat(goal.actions()).extracting(action -> action.id()).doesNotContainNull().doesNotHaveDuplicates();
        assertThat(goal.actions()).allSatisfy(action -> assertThat(action.matter()).isEqualTo(PlanMatter.CONTINGENCY));
    }

    private static SavePlanInput change(UnaryOperator<SavePlanInput> change) {
        return change.apply(valid());
    }

    private static SavePlanInput action(UnaryOperator<ActionInput> change) {
        return change(input -> {
            List<SectionInput> sections = new ArrayList<>(input.sections());
            SectionInput contingency = sections.get(3);
            GoalInput goal = contingency.goals().getFirst();
            sections.set(3, new SectionInput(contingency.matter(), contingency.youngPersonsWords(), contingency.assessment(),
                    List.of(new GoalInput(goal.id(), goal.description(),
                            List.of(goal.actions().getFirst(), change.apply(goal.actions().get(1)))))));
            return new SavePlanInput("id", 0, "x", sections);
        });
    }
}
