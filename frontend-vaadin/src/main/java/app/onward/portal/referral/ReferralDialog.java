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
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Starting a referral, or changing its details: where it goes, why, how urgent, consent and the CAMHS questions.
 * The backend decides what is allowed (a name for a voluntary sector or other service, consent kept once sent) and
 * says why, field by field. When someone else saved first, what was typed stays, their changes come into the fields
 * this person had not touched, and the next save is made against their version, knowing what they changed.
 */
class ReferralDialog extends Dialog {

    private final RadioButtonGroup<MentalHealthService> service = new RadioButtonGroup<>("Where the referral goes");
    private final TextField serviceName = new TextField("Name of the organisation");
    private final TextArea reason = new TextArea("Why the referral is made");
    private final RadioButtonGroup<ReferralUrgency> urgency = new RadioButtonGroup<>("Urgency");
    private final Checkbox consentGiven = new Checkbox("They have given consent to the referral");
    private final RadioButtonGroup<ConsentGiver> consentGivenBy = new RadioButtonGroup<>("Consent given by");
    private final DatePicker consentGivenOn = new DatePicker("Consent given on");
    private final RadioButtonGroup<ConsentMethod> consentHow = new RadioButtonGroup<>("How consent was given");
    private final Checkbox knownToCamhs = new Checkbox("They were known to CAMHS before their 18th birthday");
    private final Checkbox transition = new Checkbox("This referral is their move from CAMHS to adult services");
    private final ReferralConflict conflict = new ReferralConflict();
    private final FieldErrors errors = new FieldErrors().field("service", service).field("serviceName", serviceName)
            .field("reason", reason).field("urgency", urgency).field("consent", consentGiven)
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

    /** @param base the referral as read; null for a new one */
    private ReferralDialog(String title, LocalDate today, Consumer<Referral> onSaved, Referral base) {
        boolean sent = base != null && base.status() != ReferralStatus.DRAFT;
        this.onSaved = onSaved;
        this.base = base;
        setHeaderTitle(title);
        addClassNames("casework-dialog", "referral-dialog");
        service.setItems(MentalHealthService.values());
        service.setItemLabelGenerator(MentalHealthService::words);
        service.addValueChangeListener(change -> serviceName.setVisible(change.getValue() != null
                && change.getValue().needsName()));
        serviceName.setVisible(false);
        serviceName.setWidthFull();
        serviceName.setHelperText("The voluntary organisation or other service the referral goes to");
        reason.setWidthFull();
        urgency.setItems(ReferralUrgency.values());
        urgency.setItemLabelGenerator(ReferralUrgency::words);
        urgency.setValue(ReferralUrgency.ROUTINE);
        consentGivenBy.setItems(ConsentGiver.values());
        consentGivenBy.setItemLabelGenerator(ConsentGiver::words);
        consentGivenOn.setLocale(Locale.UK);
        consentGivenOn.setMax(today);
        consentHow.setItems(ConsentMethod.values());
        consentHow.setItemLabelGenerator(ConsentMethod::words);
        var consentDetails = new Div(consentGivenBy, consentGivenOn, consentHow);
        consentDetails.addClassName("referral-consent-details");
        consentDetails.setVisible(false);
        consentGiven.addValueChangeListener(change -> consentDetails.setVisible(change.getValue()));
        var consent = new Div(new H3("Consent"), RecordSection.hint(sent
                ? "The referral has been sent: its consent can be corrected, but not removed."
                : "Optional now; a referral cannot be sent without it."), consentGiven, consentDetails);
        consent.addClassName("referral-consent");
        var camhs = new Div(new H3("CAMHS"), knownToCamhs, transition);
        camhs.addClassName("referral-camhs");
        add(conflict, errors, service, serviceName, reason, urgency, consent, camhs);
        consentGiven.setReadOnly(sent);
    }

    private void fill(Referral referral) {
        service.setValue(referral.service());
        serviceName.setValue(referral.serviceName() == null ? "" : referral.serviceName());
        reason.setValue(referral.reason());
        urgency.setValue(referral.urgency());
        if (referral.consent() != null) {
            consentGiven.setValue(true);
            consentGivenBy.setValue(referral.consent().givenBy());
            consentGivenOn.setValue(referral.consent().givenOn());
            consentHow.setValue(referral.consent().how());
        }
        knownToCamhs.setValue(referral.knownToCamhsBefore18());
        transition.setValue(referral.transitionFromCamhs());
    }

    /** Where this person left a field as it was, the other person's change to it comes into the form. */
    private void takeTheirs(Referral before, Referral now) {
        keepOrTake(service.getValue(), before.service(), now.service(), service::setValue);
        keepOrTake(serviceName.getValue(), Objects.requireNonNullElse(before.serviceName(), ""),
                Objects.requireNonNullElse(now.serviceName(), ""), serviceName::setValue);
        keepOrTake(reason.getValue(), before.reason(), now.reason(), reason::setValue);
        keepOrTake(urgency.getValue(), before.urgency(), now.urgency(), urgency::setValue);
        keepOrTake(knownToCamhs.getValue(), before.knownToCamhsBefore18(), now.knownToCamhsBefore18(),
                knownToCamhs::setValue);
        keepOrTake(transition.getValue(), before.transitionFromCamhs(), now.transitionFromCamhs(), transition::setValue);
        if (Objects.equals(consent(), before.consent())) {
            consentGiven.setValue(now.consent() != null);
            consentGivenBy.setValue(now.consent() == null ? null : now.consent().givenBy());
            consentGivenOn.setValue(now.consent() == null ? null : now.consent().givenOn());
            consentHow.setValue(now.consent() == null ? null : now.consent().how());
        }
    }

    private static <T> void keepOrTake(T typed, T before, T now, Consumer<T> set) {
        if (Objects.equals(typed, before)) {
            set.accept(now);
        }
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
                conflict.show(someoneElse.get(), "Their changes are now in the form wherever you had not changed "
                        + "that field; everything you entered is still here. Check it, then save again.");
                reread.get().ifPresent(current -> {
                    takeTheirs(base, current);
                    base = current;
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

    /** What cannot be sent at all: the contract's required choices, and consent ticked but not all told. */
    private List<UserError> missing() {
        List<UserError> missing = new ArrayList<>();
        if (service.getValue() == null) {
            missing.add(new UserError("service", "Choose where the referral goes", "REQUIRED"));
        }
        if (urgency.getValue() == null) {
            missing.add(new UserError("urgency", "Choose how urgent the referral is", "REQUIRED"));
        }
        if (consentGiven.getValue() && consentGivenBy.getValue() == null) {
            missing.add(new UserError("consent.givenBy", "Choose who gave consent", "REQUIRED"));
        }
        if (consentGiven.getValue() && consentGivenOn.getValue() == null) {
            missing.add(new UserError("consent.givenOn", "Enter the day consent was given", "REQUIRED"));
        }
        if (consentGiven.getValue() && consentHow.getValue() == null) {
            missing.add(new UserError("consent.how", "Choose how consent was given", "REQUIRED"));
        }
        return missing;
    }

    private Consent consent() {
        return !consentGiven.getValue() ? null
                : new Consent(consentGivenBy.getValue(), consentGivenOn.getValue(), consentHow.getValue());
    }
}
