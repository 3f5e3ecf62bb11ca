package app.onward.portal.caseload;

import app.onward.portal.caseload.AccommodationTerms.ActivityCode;
import app.onward.portal.caseload.YoungPeople.ActivityPayload;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;

/** What a young person does from a day (education, employment or training), with its SSDA903 activity code. */
class RecordActivityDialog extends Dialog {

    private final Select<ActivityCode> code = new Select<>();
    private final DatePicker from = new DatePicker("Doing this from");
    private final FieldErrors errors = new FieldErrors().field("code", code).field("from", from);

    RecordActivityDialog(YoungPeople youngPeople, String youngPersonId, String name, LocalDate today,
                         Consumer<ActivityPayload> onSaved) {
        setHeaderTitle("What " + name + " does");
        addClassName("casework-dialog");
        code.setLabel("Activity (SSDA903 code)");
        code.setItems(ActivityCode.values());
        code.setItemLabelGenerator(ActivityCode::label);
        code.setWidthFull();
        from.setLocale(Locale.UK);
        from.setValue(today);
        from.setMax(today);
        add(RecordSection.hint("A correction is a new entry from the same day: the history keeps both."), errors, code, from);

        var save = new Button("Save", click -> save(youngPeople, youngPersonId, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(YoungPeople youngPeople, String youngPersonId, Consumer<ActivityPayload> onSaved) {
        List<UserError> missing = new ArrayList<>();
        if (code.getValue() == null) {
            missing.add(new UserError("code", "Choose what they do", "REQUIRED"));
        }
        if (from.getValue() == null) {
            missing.add(new UserError("from", "Enter the day they started", "REQUIRED"));
        }
        if (!missing.isEmpty()) {
            errors.show(missing);
            return;
        }
        try {
            ActivityPayload payload = youngPeople.recordActivity(youngPersonId, from.getValue(), code.getValue());
            if (errors.show(payload.userErrors())) {
                close();
                onSaved.accept(payload);
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }
}
