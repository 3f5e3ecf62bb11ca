package app.onward.portal.pathwayplan;

import app.onward.portal.pathwayplan.PlanModel.Difference;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** What changed between two versions, matter by matter: each changed part as before → after. */
class DifferenceList extends Div {

    DifferenceList(List<Difference> differences) {
        addClassName("differences");
        if (differences.isEmpty()) {
            add(new Paragraph("Nothing in the plan changed."));
            return;
        }
        Map<PlanMatter, List<Difference>> byMatter = differences.stream()
                .collect(Collectors.groupingBy(Difference::matter, LinkedHashMap::new, Collectors.toList()));
        byMatter.forEach((matter, changes) -> {
            var group = new Div(new H4(matter.staffTitle()));
            group.addClassName("difference-matter");
            changes.forEach(change -> group.add(change(change)));
            add(group);
        });
    }

    private static Div change(Difference difference) {
        var what = new Paragraph(whatChanged(difference));
        what.addClassName("difference-what");
        var change = new Div(what, side("Before", difference.before(), "(not there)", "before"),
                arrow(), side("After", difference.after(), "(removed)", "after"));
        change.addClassName("difference");
        return change;
    }

    private static Div side(String label, String text, String whenAbsent, String className) {
        var heading = new Span(label + ": ");
        heading.addClassName("difference-side-label");
        var body = new Span(text == null ? whenAbsent : text);
        if (text == null) {
            body.addClassName("absent");
        }
        var side = new Div(heading, body);
        side.addClassNames("difference-side", className);
        return side;
    }

    private static Span arrow() {
        var arrow = new Span("→");
        arrow.addClassName("difference-arrow");
        arrow.getElement().setAttribute("aria-hidden", "true");
        return arrow;
    }

    /** "Assessment"; "Goal: Find a flat near college". A text part's label already names it. */
    static String whatChanged(Difference difference) {
        boolean labelled = difference.label() != null && !difference.label().isBlank();
        return switch (difference.part()) {
            case "YOUNG_PERSONS_WORDS" -> labelled ? difference.label() : "The young person's own words";
            case "ASSESSMENT" -> labelled ? difference.label() : "Assessment";
            case "GOAL" -> "Goal" + (labelled ? ": " + difference.label() : "");
            case "ACTION" -> "Action" + (labelled ? ": " + difference.label() : "");
            default -> labelled ? difference.label() : difference.part();
        };
    }
}
