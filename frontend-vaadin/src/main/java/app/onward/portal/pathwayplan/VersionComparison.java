package app.onward.portal.pathwayplan;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.pathwayplan.PlanModel.Version;
import app.onward.portal.problem.ProblemMessage;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.select.Select;

import java.util.List;

/** The differences between two chosen versions, matter by matter. */
class VersionComparison extends Div {

    private final Select<Integer> from = new Select<>();
    private final Select<Integer> to = new Select<>();
    private final Div result = new Div();

    VersionComparison(List<Version> versions, String youngPersonId, PathwayPlans plans) {
        addClassName("version-comparison");
        List<Integer> numbers = versions.stream().map(Version::number).sorted().toList();
        from.setLabel("From version");
        to.setLabel("To version");
        for (Select<Integer> select : List.of(from, to)) {
            select.setItems(numbers);
            select.setItemLabelGenerator(number -> "Version " + number);
        }
        from.setValue(numbers.size() > 1 ? numbers.get(numbers.size() - 2) : numbers.getFirst());
        to.setValue(numbers.getLast());
        var show = new Button("Show the differences", click -> {
            result.removeAll();
            try {
                result.add(new DifferenceList(plans.differences(youngPersonId, from.getValue(), to.getValue())));
            } catch (BackendException problem) {
                result.add(ProblemMessage.of(problem, "/staff/young-people/" + youngPersonId + "/plan"));
            }
        });
        var choices = new Div(from, to, show);
        choices.addClassName("comparison-choices");
        result.addClassName("comparison-result");
        add(new H2("Compare two versions"), choices, result);
    }
}
