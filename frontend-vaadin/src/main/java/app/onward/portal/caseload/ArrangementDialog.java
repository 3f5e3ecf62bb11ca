package app.onward.portal.caseload;

import app.onward.portal.caseload.Arrangements.Arrangement;
import app.onward.portal.caseload.Arrangements.Kind;
import app.onward.portal.caseload.Arrangements.StayingClose;
import app.onward.portal.caseload.Arrangements.StayingPut;
import app.onward.portal.graphql.BackendException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Starting a staying-put or staying-close arrangement, or changing one (with the version it was read at). The
 * backend decides what may be recorded (from the 18th birthday; the planned end by the 21st or 25th; money as
 * typed) and says why, by field; a change someone else saved first is refused with what they changed.
 */
class ArrangementDialog extends Dialog {

    private final Kind kind;
    private final Arrangement existing;
    private final DatePicker startsOn = date("Starts on");
    private final DatePicker plannedEndOn = date("Planned end");
    private final TextField household = text("The former foster carers’ household", 200);
    private final TextField weeklyAllowance = text("Allowance to the carers each week (£)", 20);
    private final TextField weeklyContribution = text("Their contribution each week (£)", 20);
    private final DatePicker moveOnPlanAgreedOn = date("Move-on plan agreed on (leave empty until it is)");
    private final TextField livesAt = text("Where they live", 200);
    private final TextField childrensHome = text("The children’s home they left", 200);
    private final TextArea supportAgreed = new TextArea("The support agreed");
    private final TextField keyContact = text("Key worker or contact from the home (optional)", 200);
    private final FieldErrors errors = new FieldErrors().field("startsOn", startsOn).field("plannedEndOn", plannedEndOn)
            .field("household", household).field("weeklyAllowance", weeklyAllowance)
            .field("weeklyContribution", weeklyContribution).field("moveOnPlanAgreedOn", moveOnPlanAgreedOn)
            .field("livesAt", livesAt).field("childrensHome", childrensHome).field("supportAgreed", supportAgreed)
            .field("keyContact", keyContact);

    /** @param existing null to start a new one */
    ArrangementDialog(StayingChanges changes, Kind kind, Arrangement existing, String youngPersonId, String name,
                      Consumer<StayingChanges.Payload> onSaved) {
        this.kind = kind;
        this.existing = existing;
        setHeaderTitle((existing == null ? "Start " + kind.words().toLowerCase() : "Change " + kind.words().toLowerCase())
                + " for " + name);
        addClassName("casework-dialog");
        weeklyContribution.setHelperText("What the young person pays towards their keep: 0 if nothing");
        supportAgreed.setMaxLength(2000);
        supportAgreed.setWidthFull();
        add(errors);
        List<Component> fields = new ArrayList<>(List.of(startsOn, plannedEndOn));
        if (kind == Kind.STAYING_PUT) {
            add(RecordSection.hint("Staying put runs to their 21st birthday at the latest. The move-on plan falls due "
                    + "three months before the planned end."));
            fields.addAll(List.of(household, weeklyAllowance, weeklyContribution));
            if (existing != null) {
                fields.add(moveOnPlanAgreedOn);
            }
        } else {
            add(RecordSection.hint("Staying close runs to their 25th birthday at the latest."));
            fields.addAll(List.of(livesAt, childrensHome, supportAgreed, keyContact));
        }
        fields.forEach(this::add);
        if (existing != null) {
            fill(existing);
        }
        var save = new Button(existing == null ? "Start" : "Save changes", click -> save(changes, youngPersonId, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(cancel(this), save);
    }

    private void fill(Arrangement arrangement) {
        startsOn.setValue(arrangement.startsOn());
        plannedEndOn.setValue(arrangement.plannedEndOn());
        if (arrangement instanceof StayingPut put) {
            household.setValue(put.household());
            weeklyAllowance.setValue(put.weeklyAllowance().text());
            weeklyContribution.setValue(put.weeklyContribution().text());
            moveOnPlanAgreedOn.setValue(put.moveOnPlan().agreedOn());
        } else if (arrangement instanceof StayingClose close) {
            livesAt.setValue(close.livesAt());
            childrensHome.setValue(close.childrensHome());
            supportAgreed.setValue(close.supportAgreed());
            keyContact.setValue(close.keyContact() == null ? "" : close.keyContact());
        }
    }

    private void save(StayingChanges changes, String youngPersonId, Consumer<StayingChanges.Payload> onSaved) {
        List<UserError> missing = new ArrayList<>();
        if (startsOn.getValue() == null) {
            missing.add(new UserError("startsOn", "Enter the day it starts", "REQUIRED"));
        }
        if (plannedEndOn.getValue() == null) {
            missing.add(new UserError("plannedEndOn", "Enter the day it is planned to end", "REQUIRED"));
        }
        if (!missing.isEmpty()) {
            errors.show(missing);
            return;
        }
        Map<String, Object> input = new HashMap<>();
        input.put("startsOn", YoungPeople.iso(startsOn.getValue()));
        input.put("plannedEndOn", YoungPeople.iso(plannedEndOn.getValue()));
        if (kind == Kind.STAYING_PUT) {
            input.put("household", household.getValue());
            input.put("weeklyAllowance", weeklyAllowance.getValue());
            input.put("weeklyContribution", weeklyContribution.getValue());
        } else {
            input.put("livesAt", livesAt.getValue());
            input.put("childrensHome", childrensHome.getValue());
            input.put("supportAgreed", supportAgreed.getValue());
            input.put("keyContact", keyContact.getValue());
        }
        try {
            StayingChanges.Payload payload;
            if (existing == null) {
                input.put("youngPersonId", youngPersonId);
                payload = changes.start(kind, input);
            } else {
                input.put("arrangementId", existing.id());
                input.put("version", existing.version());
                if (kind == Kind.STAYING_PUT) {
                    input.put("moveOnPlanAgreedOn", YoungPeople.iso(moveOnPlanAgreedOn.getValue()));
                }
                payload = changes.update(kind, input);
            }
            if (errors.show(payload.userErrors())) {
                close();
                onSaved.accept(payload);
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }

    /**
     * Tertiary: on the footer's grey, the default button's own grey takes the blue text below 4.5:1 (axe's
     * colour-contrast rule); without it the text stays above.
     */
    static Button cancel(Dialog dialog) {
        var cancel = new Button("Cancel", click -> dialog.close());
        cancel.addThemeVariants(ButtonVariant.TERTIARY);
        return cancel;
    }

    static DatePicker date(String label) {
        var picker = new DatePicker(label);
        picker.setLocale(Locale.UK);
        return picker;
    }

    private static TextField text(String label, int max) {
        var field = new TextField(label);
        field.setMaxLength(max);
        field.setWidthFull();
        return field;
    }

    /** Today, for the dialogs that record what has happened. */
    static DatePicker upTo(String label, LocalDate today) {
        var picker = date(label);
        picker.setValue(today);
        picker.setMax(today);
        return picker;
    }
}
