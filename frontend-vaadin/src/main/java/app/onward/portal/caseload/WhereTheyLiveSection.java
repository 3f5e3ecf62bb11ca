package app.onward.portal.caseload;

import app.onward.portal.caseload.YoungPersonRecord.Accommodation;
import app.onward.portal.caseload.YoungPersonRecord.Activity;
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
import java.util.function.Function;

/**
 * Where they live and what they do, with the SSDA903 codes the return needs: now, since when, and before; and
 * the two ways to record a new entry (a correction is a new entry too: the backend keeps the history).
 */
class WhereTheyLiveSection extends RecordSection {

    WhereTheyLiveSection(YoungPeople youngPeople, YoungPersonRecord record, LocalDate today,
                         BiConsumer<String, YoungPersonRecord> onChanged) {
        super("Where they live and what they do");
        var recordAccommodation = new Button("Record where they live", click -> new RecordAccommodationDialog(youngPeople,
                record.id(), record.name(), today, payload -> onChanged.accept("Accommodation recorded: "
                + payload.accommodation().code() + ".", payload.youngPerson())).open());
        var recordActivity = new Button("Record what they do", click -> new RecordActivityDialog(youngPeople,
                record.id(), record.name(), today, payload -> onChanged.accept("Activity recorded: "
                + payload.activity().code() + ".", payload.youngPerson())).open());
        var actions = new Div(recordAccommodation, recordActivity);
        actions.addClassName("record-actions");

        List<Accommodation> places = record.accommodation().stream().filter(place -> !place.replaced()).toList();
        List<Activity> doings = record.activity().stream().filter(doing -> !doing.replaced()).toList();
        var now = new Div(
                current("Lives", places.isEmpty() ? null : places.getFirst().code() + " – " + places.getFirst().words()
                        + ", " + places.getFirst().suitability().inASentence(),
                        places.isEmpty() ? null : places.getFirst().from(), "Where they live is not recorded yet."),
                current("Does", doings.isEmpty() ? null : doings.getFirst().code().name() + " – " + doings.getFirst().words(),
                        doings.isEmpty() ? null : doings.getFirst().from(), "What they do is not recorded yet."));
        now.addClassName("where-they-live-now");
        add(now, actions);
        if (places.size() > 1) {
            add(before("Where they lived before"), history(places.subList(1, places.size()),
                    place -> place.code() + " – " + place.words(), Accommodation::from, Accommodation::until,
                    place -> place.recordedBy().name()));
        }
        if (doings.size() > 1) {
            add(before("What they did before"), history(doings.subList(1, doings.size()),
                    doing -> doing.code().name() + " – " + doing.words(), Activity::from, Activity::until,
                    doing -> doing.recordedBy().name()));
        }
    }

    private static H3 before(String title) {
        var heading = new H3(title);
        heading.addClassName("where-before");
        return heading;
    }

    private static Paragraph current(String label, String what, LocalDate since, String nothingYet) {
        var term = new Span(label + ": ");
        term.addClassName("where-label");
        if (what == null) {
            return new Paragraph(term, new Span(nothingYet));
        }
        return new Paragraph(term, new Span(what + ", since " + Terms.date(since) + "."));
    }

    private static <T> UnorderedList history(List<T> entries, Function<T, String> what, Function<T, LocalDate> from,
                                             Function<T, LocalDate> until, Function<T, String> by) {
        var list = new UnorderedList();
        list.addClassName("where-history");
        for (T entry : entries) {
            list.add(new ListItem(Terms.date(from.apply(entry)) + " to " + Terms.date(until.apply(entry)) + " · "
                    + what.apply(entry) + " · recorded by " + by.apply(entry)));
        }
        return list;
    }
}
