package app.onward.portal.referral;

import app.onward.portal.caseload.FieldErrors;
import app.onward.portal.caseload.RecordSection;
import app.onward.portal.caseload.UserError;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.referral.Referral.Consent;
import app.onward.portal.referral.ReferralTerms.ConsentGiver;
import app.onward.portal.referral.ReferralTerms.ConsentMethod;
import app.onward.portal.referral.ReferralTerms.MentalHealthService;
import app.onward.portal.referral.ReferralTerms.ReferralStatus;
import app.onward.portal.referral.ReferralTerms.ReferralUrgency;
import app.onward.portal.referral.Referrals.Details;
import app.onward.portal.referral.Referrals.Payload;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Starting a referral, or changing its details: where it goes, why, how urgent, consent and the CAMHS questions.
 * The backend decides what is allowed (a name for a voluntary sector or other service, consent fixed once sent) and
 * says why, field by field. When someone else saved first, what was typed stays and the next save is made against
 * their version, knowing what they changed.
 */
class ReferralDialog extends Dialog {

    private final Select<MentalHealthService> service = new Select<>();
    private final TextField serviceName = new TextField("Name of the organisation");
    private final TextArea reason = new TextArea("Why the referral is made");
    private final RadioButtonGroup<ReferralUrgency> urgency = new RadioButtonGroup<>("Urgency");
    private final Select<ConsentGiver> consentGivenBy = new Select<>();
    private final DatePicker consentGivenOn = new DatePicker("Consent given on");
    private final Select<ConsentMethod> consentHow = new Select<>();
    private final Checkbox knownToCamhs = new Checkbox("They were known to CAMHS before their 18th birthday");
    private final Checkbox transition = new Checkbox("This referral is their move from CAMHS to adult services");
    private final ReferralConflict conflict = new ReferralConflict();
    private final FieldErrors errors = new FieldErrors().field("service", service).field("serviceName", serviceName)
            .field("reason", reason).field("urgency", urgency).field("consent", consentGivenBy)
            .field("consent.givenBy", consentGivenBy).field("consent.givenOn", consentGivenOn)
            .field("consent.how", consentHow).field("knownToCamhsBefore18", knownToCamhs)
            .field("transitionFromCamhs", transition);
    private final Consumer<Referral> onSaved;
    private Referral base;

    /** A new referral, as a draft. */
    static ReferralDialog start(Referrals referrals, String youngPersonId, String name, LocalDate today,
                                Consumer<Referral> onSaved) {
        var dialog = new ReferralDialog("Start a mental-health referral for " + name, today, onSaved, null);
        dialog.addSave("Save as a draft", details -> referrals.start(youngPersonId, details), Optional::empty);
        return dialog;
    }

    /** @param reread the referral as it is now, for saving again after someone else saved first */
    static ReferralDialog change(Referrals referrals, Referral referral, String name, LocalDate today,
                                 Supplier<Optional<Referral>> reread, Consumer<Referral> onSaved) {
        var dialog = new ReferralDialog("Change the referral’s details for " + name, today, onSaved, referral);
        dialog.fill(referral);
        dialog.addSave("Save changes", details -> referrals.update(dialog.base.id(), dialog.base.version(), details),
                reread);
        return dialog;
    }

    private ReferralDialog(String title, LocalDate today, Consumer<Referral> onSaved,
                           Referral base) {
        this.onSaved = onSaved;
        this.base = base;
        setHeaderTitle(title);
        addClassNames("casework-dialog", "referral-dialog");
        service.setLabel("Where the referral goes");
        service.setItems(MentalHealthService.values());
        service.setItemLabelGenerator(MentalHealthService::words);
        service.setWidthFull();
        service.addValueChangeListener(change -> serviceName.setVisible(change.getValue() != null
                && change.getValue().needsName()));
        serviceName.setVisible(false);
        serviceName.setWidthFull();
        serviceName.setHelperText("The voluntary organisation or other service the referral goes to");
        reason.setWidthFull();
        urgency.setItems(ReferralUrgency.values());
        urgency.setItemLabelGenerator(ReferralUrgency::words);
        urgency.setValue(ReferralUrgency.ROUTINE);
        consentGivenBy.setLabel("Consent given by");
        consentGivenBy.setItems(ConsentGiver.values());
        consentGivenBy.setItemLabelGenerator(giver -> giver == null ? "Not recorded yet" : giver.words());
        consentGivenBy.setEmptySelectionAllowed(true);
        consentGivenBy.setEmptySelectionCaption("Not recorded yet");
        consentGivenBy.setWidthFull();
        consentGivenOn.setLocale(Locale.UK);
        consentGivenOn.setMax(today);
        consentHow.setLabel("How consent was given");
        consentHow.setItems(ConsentMethod.values());
        consentHow.setItemLabelGenerator(method -> method == null ? "Not recorded yet" : method.words());
        consentHow.setEmptySelectionAllowed(true);
        consentHow.setEmptySelectionCaption("Not recorded yet");
        var consent = new Div(new H3("Consent"), RecordSection.hint(base != null && base.status() != ReferralStatus.DRAFT
                ? "Consent was recorded before the referral was sent, and stays as it was."
                : "Optional now; a referral cannot be sent without it."), consentGivenBy, consentGivenOn, consentHow);
        consent.addClassName("referral-consent");
        var camhs = new Div(new H3("CAMHS"), knownToCamhs, transition);
        camhs.addClassName("referral-camhs");
        add(conflict, errors, service, serviceName, reason, urgency, consent, camhs);
        if (base != null && base.status() != ReferralStatus.DRAFT) {
            consentGivenBy.setReadOnly(true);
            consentGivenOn.setReadOnly(true);
            consentHow.setReadOnly(true);
        }
    }

    private void fill(Referral referral) {
        service.setValue(referral.service());
        serviceName.setValue(referral.serviceName() == null ? "" : referral.serviceName());
        reason.setValue(referral.reason());
        urgency.setValue(referral.urgency());
        if (referral.consent() != null) {
            consentGivenBy.setValue(referral.consent().givenBy());
            consentGivenOn.setValue(referral.consent().givenOn());
            consentHow.setValue(referral.consent().how());
        }
        knownToCamhs.setValue(referral.knownToCamhsBefore18());
        transition.setValue(referral.transitionFromCamhs());
    }

    private void addSave(String label, Function<Details, Payload> send,
                         Supplier<Optional<Referral>> reread) {
        var save = new Button(label, click -> save(send, reread));
        save.addThemeVariants(ButtonVariant.PRIMARY);
        getFooter().add(new Button("Cancel", click -> close()), save);
    }

    private void save(Function<Details, Payload> send, Supplier<Optional<Referral>> reread) {
        List<UserError> missing = missing();
        conflict.hide();
        if (!missing.isEmpty()) {
            errors.show(missing);
            return;
        }
        try {
            Payload payload = send.apply(new Details(service.getValue(), serviceName.getValue(), reason.getValue(),
                    urgency.getValue(), consent(), knownToCamhs.getValue(), transition.getValue()));
            Optional<UserError> someoneElse = payload.conflict();
            if (someoneElse.isPresent()) {
                errors.clear();
                conflict.show(someoneElse.get());
                reread.get().ifPresent(current -> base = current);
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

    /** What cannot be sent at all (the contract's required choices), and consent half recorded. */
    private List<UserError> missing() {
        List<UserError> missing = new ArrayList<>();
        if (service.getValue() == null) {
            missing.add(new UserError("service", "Choose where the referral goes", "REQUIRED"));
        }
        if (urgency.getValue() == null) {
            missing.add(new UserError("urgency", "Choose how urgent the referral is", "REQUIRED"));
        }
        boolean anyConsent = consentGivenBy.getValue() != null || consentGivenOn.getValue() != null
                || consentHow.getValue() != null;
        if (anyConsent && consentGivenBy.getValue() == null) {
            missing.add(new UserError("consent.givenBy", "Choose who gave consent, or leave all three consent "
                    + "fields empty", "REQUIRED"));
        }
        if (anyConsent && consentGivenOn.getValue() == null) {
            missing.add(new UserError("consent.givenOn", "Enter the day consent was given, or leave all three "
                    + "consent fields empty", "REQUIRED"));
        }
        if (anyConsent && consentHow.getValue() == null) {
            missing.add(new UserError("consent.how", "Choose how consent was given, or leave all three consent "
                    + "fields empty", "REQUIRED"));
        }
        return missing;
    }

    private Consent consent() {
        return consentGivenBy.getValue() == null ? null
                : new Consent(consentGivenBy.getValue(), consentGivenOn.getValue(), consentHow.getValue());
    }
}
