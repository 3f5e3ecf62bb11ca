package app.onward.portal.youngperson;

import app.onward.portal.pathwayplan.PlanMatter;
import app.onward.portal.pathwayplan.PlanModel.Action;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class WhatIsNextTest {

    private static Action action(String description, LocalDate byWhen, boolean done) {
        return new Action(description, PlanMatter.HEALTH, description, "You", byWhen, done, false);
    }

    @Test
    void shouldPutWhatIsNotDoneFirstSoonestFirstUndatedLastAndDoneAtTheEnd() {
        LocalDate today = LocalDate.of(2026, 11, 22);
        List<Action> actions = List.of(
                action("done early", today.minusDays(30), true),
                action("no date", null, false),
                action("next week", today.plusDays(7), false),
                action("late", today.minusDays(3), false),
                action("tomorrow", today.plusDays(1), false));

        assertThat(actions.stream().sorted(MyGoalsView.WHAT_IS_NEXT).map(Action::description))
                .containsExactly("late", "tomorrow", "next week", "no date", "done early");
    }
}
