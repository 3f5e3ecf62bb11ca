package app.onward.portal.caseload;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

import java.time.LocalDate;
import java.util.Objects;
import java.util.stream.Stream;

/** What is due, each with why; computed by the backend from the record, never typed in. */
class ClocksSection extends RecordSection {

    ClocksSection(Clocks clocks) {
        super("What is due");
        var list = new Div();
        list.addClassName("clocks");
        Stream.of(clocks.assessment(), clocks.review(), clocks.contact(), clocks.visit())
                .filter(Objects::nonNull)
                .forEach(due -> list.add(clock(due)));
        add(list);
        add(hint("Last plan review: " + orNone(clocks.lastReviewOn()) + ". Last contact: "
                + orNone(clocks.lastContactOn()) + "."));
    }

    private static Div clock(Clocks.Due due) {
        var what = new Span(due.kind().words());
        what.addClassName("clock-what");
        var when = new Paragraph(Terms.date(due.dueOn()) + " · " + due.whenInWords());
        var why = new Paragraph(due.reason());
        why.addClassName("hint");
        var clock = new Div(what, new DueBadge(due), when, why);
        clock.addClassNames("clock", "clock-" + due.kind().name().toLowerCase());
        return clock;
    }

    private static String orNone(LocalDate date) {
        return date == null ? "none yet" : Terms.date(date);
    }
}
