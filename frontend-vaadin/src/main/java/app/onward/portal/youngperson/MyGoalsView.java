package app.onward.portal.youngperson;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.pathwayplan.PlanModel.Action;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.youngperson.MyModel.MyPlan;
import app.onward.portal.youngperson.MyModel.MySection;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;

/** Every action in a young person's plan, what is next first: not done, soonest date first; then what is done. */
@StyleSheet("young-person-pages.css")
@Route(value = "my/goals", layout = YoungPersonLayout.class)
@PageTitle("My goals – Onward")
@RolesAllowed("CARE_LEAVER")
public class MyGoalsView extends Div {

    /** Late ones first (they have the earliest dates), then the soonest; actions with no date after those with one. */
    static final Comparator<Action> WHAT_IS_NEXT = Comparator.comparing(Action::done)
            .thenComparing(Action::byWhen, Comparator.nullsLast(Comparator.<LocalDate>naturalOrder()));

    MyGoalsView(MyRecord myRecord) {
        addClassName("my-goals");
        add(YoungPersonHomeView.backHome(), new H1("My goals and actions"));
        try {
            MyPlan plan = myRecord.plan().plan();
            if (plan == null) {
                add(new Paragraph("You do not have a plan yet, so there are no goals or actions to show. "
                        + "When your plan is ready, everything you and your adviser agreed to do will be here."));
                return;
            }
            show(plan);
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/my/goals"));
        }
    }

    private void show(MyPlan plan) {
        record Placed(Action action, String partTitle) {}
        List<Placed> actions = plan.sections().stream()
                .flatMap((MySection section) -> section.goals().stream()
                        .flatMap(goal -> goal.actions().stream()).map(action -> new Placed(action, section.title())))
                .sorted(Comparator.comparing(Placed::action, WHAT_IS_NEXT))
                .toList();
        if (actions.isEmpty()) {
            add(new Paragraph("There are no actions in your plan yet."));
            return;
        }
        List<Placed> toDo = actions.stream().filter(placed -> !placed.action().done()).toList();
        List<Placed> done = actions.stream().filter(placed -> placed.action().done()).toList();
        add(new H2(toDo.isEmpty() ? "Nothing left to do" : "What is next"));
        toDo.forEach(placed -> add(PlanInPlainWords.action(placed.action(), placed.partTitle())));
        if (!done.isEmpty()) {
            add(new H2("Done"));
            done.forEach(placed -> add(PlanInPlainWords.action(placed.action(), placed.partTitle())));
        }
    }
}
