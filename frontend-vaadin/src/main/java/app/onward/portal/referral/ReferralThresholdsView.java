package app.onward.portal.referral;

import app.onward.portal.caseload.FieldErrors;
import app.onward.portal.caseload.StatusArea;
import app.onward.portal.caseload.UserError;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.problem.ProblemMessage;
import app.onward.portal.referral.ReferralTerms.ReferralUrgency;
import app.onward.portal.referral.Referrals.Threshold;
import app.onward.portal.referral.Referrals.ThresholdsPayload;
import app.onward.portal.staff.StaffLayout;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Tenant admins: how many days a mental-health referral may wait, from being sent to a first appointment, before
 * it is escalated to the adviser and their manager; one limit per urgency. The backend keeps them within 1 to 365.
 */
@Route(value = "staff/settings/referrals", layout = StaffLayout.class)
@PageTitle("Referral waiting limits – Onward")
@RolesAllowed("TENANT_ADMIN")
public class ReferralThresholdsView extends Div {

    private final Referrals referrals;
    private final Map<ReferralUrgency, IntegerField> days = new EnumMap<>(ReferralUrgency.class);
    private final FieldErrors errors = new FieldErrors();
    private final StatusArea status = new StatusArea();

    ReferralThresholdsView(Referrals referrals) {
        this.referrals = referrals;
        addClassName("referral-thresholds");
        add(new H1("Referral waiting limits"), new Paragraph("How many days a mental-health referral may wait, from "
                + "the day it is sent to the first appointment, before it is escalated: it then shows on the personal "
                + "adviser’s and their manager’s home page as waiting too long."));
        try {
            List<Threshold> thresholds = referrals.thresholds();
            int index = 0;
            var fields = new Div();
            fields.addClassName("threshold-fields");
            for (ReferralUrgency urgency : ReferralUrgency.values()) {
                var field = new IntegerField(urgency.words() + " referrals");
                field.setSuffixComponent(new Span("days"));
                field.setStepButtonsVisible(false);
                thresholds.stream().filter(threshold -> threshold.urgency() == urgency).findFirst()
                        .ifPresent(threshold -> field.setValue(threshold.days()));
                days.put(urgency, field);
                errors.field("thresholds." + index + ".days", field).field("thresholds." + index, field);
                fields.add(field);
                index++;
            }
            var save = new Button("Save the limits", click -> save());
            save.addThemeVariants(ButtonVariant.PRIMARY);
            add(status, errors, fields, save);
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/staff/settings/referrals"));
        }
    }

    private void save() {
        status.removeAll();
        Map<ReferralUrgency, Integer> typed = new LinkedHashMap<>();
        days.forEach((urgency, field) -> typed.put(urgency, field.getValue()));
        List<UserError> empty = typed.entrySet().stream().filter(entry -> entry.getValue() == null)
                .map(entry -> new UserError("thresholds." + entry.getKey().ordinal() + ".days",
                        "Enter a number of days, from 1 to 365", "REQUIRED"))
                .toList();
        if (!errors.show(empty)) {
            return;
        }
        try {
            ThresholdsPayload payload = referrals.setThresholds(typed);
            if (errors.show(payload.userErrors())) {
                status.say("Waiting limits saved: routine " + typed.get(ReferralUrgency.ROUTINE) + " days, urgent "
                        + typed.get(ReferralUrgency.URGENT) + " days, emergency " + typed.get(ReferralUrgency.EMERGENCY)
                        + (typed.get(ReferralUrgency.EMERGENCY) == 1 ? " day." : " days."));
            }
        } catch (BackendException problem) {
            errors.showProblem(problem.problem().friendlyMessage());
        }
    }
}
