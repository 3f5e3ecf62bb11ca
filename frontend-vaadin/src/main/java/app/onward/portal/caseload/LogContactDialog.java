package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.ContactKind;
import app.onward.portal.caseload.YoungPeople.LogContactPayload;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Logging a contact in three clicks: "Log contact" opens this, a click on the kind, a click on "Save". Today is
 * already chosen, "seen alone" is asked only where it means something, and notes are optional.
 */
class LogContactDialog extends Dialog {

    private final RadioButtonGroup<ContactKind> kind = new RadioButtonGroup<>("Kind of contact");
    private final DatePicker happenedOn = new DatePicker("Date");
    private final Checkbox seenAlone = new Checkbox("Seen alone");
    private final TextArea notes = new TextArea("Notes (optional)");
    private final FieldErrors errors = new FieldErrors()
            .field("kind", kind).field("happenedOn", happenedOn).field("seenAlone", seenAlone).field("notes", notes);

    LogContactDialog(YoungPeople youngPeople, String youngPersonId, String name, LocalDate today,
                     Consumer<LogContactPayload> onSaved) {
        setHeaderTitle("Log a contact with " + name);
        addClassName("casework-dialog");
        kind.setItems(ContactKind.values());
        kind.setItemLabelGenerator(ContactKind::words);
        kind.addClassName("contact-kinds");
        kind.addValueChangeListener(change ->
                seenAlone.setVisible(change.getValue() != null && change.getValue().canBeSeenAlone()));
        happenedOn.setLocale(Locale.UK);
        happenedOn.setValue(today);
        happenedOn.setMax(today);
        seenAlone.setVisible(false);
        notes.setWidthFull();
        add(errors, kind, happenedOn, seenAlone, notes);

        var save = new Button("Save", click -> save(youngPeople, youngPersonId, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(YoungPeople youngPeople, String youngPersonId, Consumer<LogContactPayload> onSaved) {
        ContactKind chosen = kind.getValue();
        if (chosen == null) {
            errors.show(List.of(new UserError("kind", "Choose the kind of contact", "REQUIRED")));
            return;
        }
        try {
            LogContactPayload payload = youngPeople.logContact(youngPersonId, chosen, happenedOn.getValue(),
                    chosen.canBeSeenAlone() ? seenAlone.getValue() : null, notes.getValue());
            if (errors.show(payload.userErrors())) {
                close();
                onSaved.accept(payload);
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }
}
