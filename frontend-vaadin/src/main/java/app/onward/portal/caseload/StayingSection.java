package app.onward.portal.caseload;

import app.onward.portal.caseload.Arrangements.Arrangement;
import app.onward.portal.caseload.Arrangements.Kind;
import app.onward.portal.caseload.Arrangements.StayingClose;
import app.onward.portal.caseload.Arrangements.StayingPut;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import java.time.LocalDate;
import java.util.List;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Staying put and staying close: each open arrangement with its dates, money or support, the move-on plan's due
 * date (with its badge) and reviews, and the ways to change, review or end it; the ended ones in a line each.
 */
class StayingSection extends RecordSection {

    private final StayingChanges changes;
    private final YoungPersonRecord record;
    private final LocalDate today;
    private final BiConsumer<String, YoungPersonRecord> onChanged;

    StayingSection(StayingChanges changes, YoungPersonRecord record, LocalDate today,
                   BiConsumer<String, YoungPersonRecord> onChanged) {
        super("Staying put and staying close");
        this.changes = changes;
        this.record = record;
        this.today = today;
        this.onChanged = onChanged;
        List<Arrangement> all = Stream.concat(record.stayingPut().stream(), record.stayingClose().stream())
                .map(Arrangement.class::cast).toList();
        List<Arrangement> open = all.stream().filter(Arrangement::open).toList();
        if (open.isEmpty()) {
            add(new Paragraph("They are not staying put or staying close."));
        }
        open.forEach(arrangement -> add(card(arrangement)));
        var actions = new Div();
        actions.addClassName("record-actions");
        for (Kind kind : Kind.values()) {
            if (open.stream().noneMatch(arrangement -> arrangement.kind() == kind)) {
                actions.add(new Button("Start " + kind.words().toLowerCase(), click -> new ArrangementDialog(changes, kind,
                        null, record.id(), record.name(), saved(kind.words() + " started.")).open()));
            }
        }
        add(actions);
        List<Arrangement> ended = all.stream().filter(arrangement -> !arrangement.open()).toList();
        if (!ended.isEmpty()) {
            var list = new UnorderedList();
            list.addClassName("where-history");
            ended.forEach(arrangement -> list.add(new ListItem(arrangement.summary())));
            add(new H3("Ended"), list);
        }
    }

    private Div card(Arrangement arrangement) {
        var card = new Div(new H3(arrangement.title()));
        card.addClassName("arrangement");
        card.add(line("Dates", "from " + Terms.date(arrangement.startsOn()) + ", planned end "
                + Terms.date(arrangement.plannedEndOn())));
        if (arrangement instanceof StayingPut put) {
            card.add(line("Money", put.weeklyAllowance().text() + " a week to the carers; the young person pays "
                    + put.weeklyContribution().text() + " a week"));
            Paragraph moveOn = line("Move-on plan", put.moveOnPlan().inWords());
            if (put.moveOnPlan().due() != null) {
                moveOn.add(new Span(" "), new DueBadge(put.moveOnPlan().due()));
            }
            card.add(moveOn);
        } else if (arrangement instanceof StayingClose close) {
            card.add(line("Lives", close.livesAt()), line("Support agreed", close.supportAgreed()));
            if (close.keyContact() != null) {
                card.add(line("Contact at the home", close.keyContact()));
            }
        }
        card.add(line("Next review", arrangement.nextReviewOn() == null ? "no review recorded yet"
                : Terms.date(arrangement.nextReviewOn())));
        if (!arrangement.reviews().isEmpty()) {
            var latest = arrangement.reviews().getFirst();
            card.add(line("Last review", Terms.date(latest.reviewedOn()) + ": " + latest.note()));
        }
        var actions = new Div(
                new Button("Change", click -> new ArrangementDialog(changes, arrangement.kind(), arrangement, record.id(),
                        record.name(), saved("Changes saved.")).open()),
                new Button("Record a review", click -> ArrangementStepDialog.review(changes, arrangement, today,
                        saved("Review recorded.")).open()),
                new Button("End it", click -> ArrangementStepDialog.end(changes, arrangement, today,
                        saved(arrangement.kind().words() + " ended.")).open()));
        actions.addClassName("record-actions");
        card.add(actions);
        return card;
    }

    private Consumer<StayingChanges.Payload> saved(String message) {
        return payload -> onChanged.accept(message, payload.youngPerson());
    }

    private static Paragraph line(String label, String text) {
        var term = new Span(label + ": ");
        term.addClassName("where-label");
        return new Paragraph(term, new Span(text));
    }
}
