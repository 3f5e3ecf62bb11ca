package app.onward.portal.referral;

import app.onward.portal.caseload.FieldErrors;
import app.onward.portal.caseload.RecordSection;
import app.onward.portal.caseload.Terms;
import app.onward.portal.caseload.UserError;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.referral.ReferralTerms.ReferralStatus;
import app.onward.portal.referral.Referrals.Payload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The referral's next step: only the steps its status allows (the backend's {@code nextStatuses}), the day, and
 * why when declining or closing. Whether a reason is needed is the backend's to say; the box is offered for the
 * two steps the contract says may need one.
 */
class RecordReferralStatusDialog extends Dialog {

    private static final Set<ReferralStatus> MAY_NEED_A_REASON = Set.of(ReferralStatus.DECLINED, ReferralStatus.CLOSED);

    private final RadioButtonGroup<ReferralStatus> status = new RadioButtonGroup<>("What happened");
    private final DatePicker on = new DatePicker("On");
    private final TextArea reason = new TextArea("Why");
    private final ReferralConflict conflict = new ReferralConflict();
    private final FieldErrors errors = new FieldErrors().field("status", status).field("on", on).field("reason", reason);
    private Referral base;

    RecordReferralStatusDialog(Referrals referrals, Referral referral, LocalDate today,
                               Supplier<Optional<Referral>> reread, Consumer<Referral> onSaved) {
        this.base = referral;
        setHeaderTitle("Record what happened: " + referral.serviceInWords());
        addClassNames("casework-dialog", "referral-dialog");
        status.setItems(referral.nextStatuses());
        status.setItemLabelGenerator(ReferralStatus::recordAs);
        status.addValueChangeListener(change -> reason.setVisible(MAY_NEED_A_REASON.contains(change.getValue())));
        on.setLocale(Locale.UK);
        on.setValue(today);
        on.setMax(today);
        on.setHelperText(referral.statusOn() == null ? null
                : "Not before " + Terms.date(referral.statusOn()) + ", the day of the last step");
        reason.setWidthFull();
        reason.setHelperText("Needed when the service declines, and when closing before a first appointment");
        reason.setVisible(false);
        add(RecordSection.hint("Now: " + referral.status().words() + ", since " + Terms.date(referral.statusOn()) + "."),
                conflict, errors, status, on, reason);

        var save = new Button("Save", click -> save(referrals, reread, onSaved));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(Referrals referrals, Supplier<Optional<Referral>> reread, Consumer<Referral> onSaved) {
        conflict.hide();
        if (status.getValue() == null) {
            errors.show(List.of(new UserError("status", "Choose what happened", "REQUIRED")));
            return;
        }
        if (on.getValue() == null) {
            errors.show(List.of(new UserError("on", "Enter the day it happened", "REQUIRED")));
            return;
        }
        try {
            String why = reason.isVisible() && !reason.getValue().isBlank() ? reason.getValue() : null;
            Payload payload = referrals.recordStatus(base.id(), base.version(), status.getValue(), on.getValue(), why);
            Optional<UserError> someoneElse = payload.conflict();
            if (someoneElse.isPresent()) {
                errors.clear();
                conflict.show(someoneElse.get(), "The steps below are the ones the referral allows now; what you "
                        + "entered is kept where it still can be. Check it, then save again.");
                reread.get().ifPresent(current -> {
                    base = current;
                    ReferralStatus chosen = status.getValue();
                    status.setItems(current.nextStatuses());
                    status.setValue(current.nextStatuses().contains(chosen) ? chosen : null);
                });
                return;
            }
            if (errors.show(payload.userErrors()) && payload.referral() != null) {
                close();
                onSaved.accept(payload.referral());
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }
}
