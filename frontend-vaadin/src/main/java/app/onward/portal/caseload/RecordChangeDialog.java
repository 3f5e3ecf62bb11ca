package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.CircumstanceChangeKind;
import app.onward.portal.caseload.YoungPeople.ChangePayload;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * A change of circumstances. The backend makes a review due from it, and a visit within 7 days after a move into
 * accommodation the authority provides; the page then shows the new clocks.
 */
class RecordChangeDialog extends Dialog {

    private final Select<CircumstanceChangeKind> kind = new Select<>();
    private final DatePicker occurredOn = new DatePicker("When it happened");
    private final Checkbox intoAuthorityAccommodation =
            new Checkbox("Into accommodation the council provides (a visit is due within 7 days)");
    private final TextArea description = new TextArea("What changed");
    private final FieldErrors errors = new FieldErrors().field("kind", kind).field("occurredOn", occurredOn)
            .field("intoAuthorityAccommodation", intoAuthorityAccommodation).field("description", description);

    RecordChangeDialog(YoungPeople youngPeople, String youngPersonId, String name, LocalDate today,
                       Consumer<ChangePayload> onSaved) {
        setHeaderTitle("Record a change for " + name);
        addClassName("casework-dialog");
        kind.setLabel("What changed");
        kind.setItems(CircumstanceChangeKind.values());
        kind.setItemLabelGenerator(CircumstanceChangeKind::words);
        kind.addValueChangeListener(change ->
                intoAuthorityAccommodation.setVisible(change.getValue() == CircumstanceChangeKind.MOVED_HOME));
        intoAuthorityAccommodation.setVisible(false);
        occurredOn.setLocale(Locale.UK);
        occurredOn.setValue(today);
        description.setLabel("Describe the change (optional)");
        description.setWidthFull();
        var hint = new Paragraph("A change of circumstances makes a pathway plan review due.");
        hint.addClassName("hint");
        add(hint, errors, kind, occurredOn, intoAuthorityAccommodation, description);

        var save = new Button("Save", click -> save(youngPeople, youngPersonId, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(YoungPeople youngPeople, String youngPersonId, Consumer<ChangePayload> onSaved) {
        CircumstanceChangeKind chosen = kind.getValue();
        if (chosen == null) {
            errors.show(List.of(new UserError("kind", "Choose what changed", "REQUIRED")));
            return;
        }
        try {
            ChangePayload payload = youngPeople.recordCircumstanceChange(youngPersonId, chosen, occurredOn.getValue(),
                    chosen == CircumstanceChangeKind.MOVED_HOME && intoAuthorityAccommodation.getValue(),
                    description.getValue());
            if (errors.show(payload.userErrors())) {
                close();
                onSaved.accept(payload);
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }
}
