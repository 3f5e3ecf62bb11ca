package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.ContactFrequency;
import app.onward.portal.caseload.YoungPeople.RecordPayload;
import app.onward.portal.caseload.YoungPersonRecord.AdviserAllocation;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDate;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Who their personal adviser is and has been, how often we agreed to be in touch, and (for team managers)
 * allocating an adviser of the team.
 */
class AdviserSection extends RecordSection {

    private final YoungPeople youngPeople;
    private final YoungPersonRecord record;
    private final BiConsumer<String, YoungPersonRecord> onChanged;

    AdviserSection(YoungPeople youngPeople, YoungPersonRecord record, boolean manager, LocalDate today,
                   BiConsumer<String, YoungPersonRecord> onChanged) {
        super("Personal adviser and contact");
        this.youngPeople = youngPeople;
        this.record = record;
        this.onChanged = onChanged;
        add(new Paragraph(record.personalAdviser() == null ? "No personal adviser allocated."
                : "Personal adviser: " + record.personalAdviser().name() + " (" + record.team().name() + ")"));
        add(hint("Allocations:"), history());
        add(frequencyForm());
        if (manager) {
            add(allocationForm(today));
        }
    }

    private UnorderedList history() {
        var list = new UnorderedList();
        list.addClassName("history");
        for (AdviserAllocation allocation : record.adviserHistory()) {
            list.add(new ListItem(allocation.adviser().name() + ", from " + Terms.date(allocation.startedOn())
                    + (allocation.endedOn() == null ? "" : " to " + Terms.date(allocation.endedOn()))));
        }
        return list;
    }

    private Div frequencyForm() {
        var frequency = new Select<ContactFrequency>();
        frequency.setLabel("Agreed contact frequency");
        frequency.setItems(ContactFrequency.values());
        frequency.setItemLabelGenerator(ContactFrequency::words);
        frequency.setValue(record.contactFrequency());
        var errors = new FieldErrors().field("frequency", frequency);
        var agree = new Button("Agree frequency", click -> save(errors, () ->
                youngPeople.agreeContactFrequency(record.id(), frequency.getValue()), "Contact frequency agreed."));
        return form(errors, frequency, agree);
    }

    private Div allocationForm(LocalDate today) {
        var adviser = new Select<StaffRef>();
        adviser.setLabel("Allocate a personal adviser");
        adviser.setItemLabelGenerator(StaffRef::name);
        var startsOn = new DatePicker("From");
        startsOn.setLocale(Locale.UK);
        startsOn.setValue(today);
        var errors = new FieldErrors().field("adviserId", adviser).field("startsOn", startsOn);
        try {
            adviser.setItems(youngPeople.teamMembers());
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
        var allocate = new Button("Allocate", click -> {
            if (adviser.getValue() == null) {
                adviser.setErrorMessage("Choose an adviser");
                adviser.setInvalid(true);
                return;
            }
            save(errors, () -> youngPeople.allocateAdviser(record.id(), adviser.getValue().id(), startsOn.getValue()),
                    adviser.getValue().name() + " allocated.");
        });
        return form(errors, adviser, startsOn, allocate);
    }

    private void save(FieldErrors errors, Supplier<RecordPayload> change, String done) {
        try {
            RecordPayload payload = change.get();
            if (errors.show(payload.userErrors()) && payload.youngPerson() != null) {
                onChanged.accept(done, payload.youngPerson());
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }

    private static Div form(FieldErrors errors, com.vaadin.flow.component.Component... fields) {
        var form = new Div(errors);
        form.add(fields);
        form.addClassName("inline-form");
        return form;
    }
}
