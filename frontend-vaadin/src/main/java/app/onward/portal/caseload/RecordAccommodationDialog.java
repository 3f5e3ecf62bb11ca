package app.onward.portal.caseload;

import app.onward.portal.caseload.AccommodationTerms.AccommodationType;
import app.onward.portal.caseload.AccommodationTerms.Suitability;
import app.onward.portal.caseload.YoungPeople.AccommodationPayload;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Where a young person lives from a day, with its SSDA903 letter and suitability. The backend decides what may be
 * recorded (no fixed abode or custody is never suitable; staying put starts at 18) and says why, by field.
 */
class RecordAccommodationDialog extends Dialog {

    private final Select<AccommodationType> type = new Select<>();
    private final RadioButtonGroup<Suitability> suitability = new RadioButtonGroup<>("Suitability");
    private final DatePicker from = new DatePicker("Lived there from");
    private final FieldErrors errors = new FieldErrors().field("type", type).field("suitability", suitability)
            .field("from", from);

    RecordAccommodationDialog(YoungPeople youngPeople, String youngPersonId, String name, LocalDate today,
                              Consumer<AccommodationPayload> onSaved) {
        setHeaderTitle("Where " + name + " lives");
        addClassName("casework-dialog");
        type.setLabel("Accommodation (SSDA903 code)");
        type.setItems(AccommodationType.values());
        type.setItemLabelGenerator(AccommodationType::label);
        type.setWidthFull();
        suitability.setItems(Suitability.values());
        suitability.setItemLabelGenerator(Suitability::words);
        from.setLocale(Locale.UK);
        from.setValue(today);
        from.setMax(today);
        add(RecordSection.hint("A correction is a new entry from the same day: the history keeps both."),
                errors, type, suitability, from);

        var save = new Button("Save", click -> save(youngPeople, youngPersonId, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(YoungPeople youngPeople, String youngPersonId, Consumer<AccommodationPayload> onSaved) {
        List<UserError> missing = new ArrayList<>();
        if (type.getValue() == null) {
            missing.add(new UserError("type", "Choose where they live", "REQUIRED"));
        }
        if (suitability.getValue() == null) {
            missing.add(new UserError("suitability", "Choose whether it is suitable", "REQUIRED"));
        }
        if (from.getValue() == null) {
            missing.add(new UserError("from", "Enter the day they started living there", "REQUIRED"));
        }
        if (!missing.isEmpty()) {
            errors.show(missing);
            return;
        }
        try {
            AccommodationPayload payload = youngPeople.recordAccommodation(youngPersonId, from.getValue(), type.getValue(),
                    suitability.getValue());
            if (errors.show(payload.userErrors())) {
                close();
                onSaved.accept(payload);
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }
}
