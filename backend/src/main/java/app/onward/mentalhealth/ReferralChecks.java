package app.onward.mentalhealth;

import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;

import java.time.LocalDate;
import java.util.List;

/** What staff may write as a referral's details, field by field. */
final class ReferralChecks {

    static final int MAX_REASON = 4000;
    static final int MAX_SERVICE_NAME = 200;

    private ReferralChecks() {
    }

    /** As typed, trimmed; the service's name kept only for the services known by name. */
    static ReferralDetails details(MentalHealthService service, String serviceName, String reason, ReferralUrgency urgency,
                                   ReferralConsent consent, boolean knownToCamhsBefore18, boolean transitionFromCamhs) {
        return new ReferralDetails(service, service.needsName() ? InputChecks.blankToNull(serviceName) : null,
                reason == null ? null : reason.strip(), urgency, consent, knownToCamhsBefore18, transitionFromCamhs);
    }

    /** {@code sentOn}: null for a new referral or one not yet sent. */
    static List<UserError> check(ReferralDetails details, LocalDate sentOn, LocalDate today) {
        InputChecks checks = new InputChecks().required("reason", "why the referral is being made", details.reason(), MAX_REASON);
        if (details.service().needsName()) {
            checks.required("serviceName", "the name of the organisation", details.serviceName(), MAX_SERVICE_NAME);
        }
        ReferralConsent consent = details.consent();
        if (consent == null && sentOn != null) {
            checks.add(UserError.notAllowed("consent", "The referral has been sent, so its consent cannot be removed"));
        } else if (consent != null && consent.givenOn().isAfter(today)) {
            checks.add(UserError.invalid("consent.givenOn", "The day consent was given must be today or before"));
        } else if (consent != null && sentOn != null && consent.givenOn().isAfter(sentOn)) {
            checks.add(UserError.invalid("consent.givenOn", "The referral was sent on " + Days.inWords(sentOn)
                    + ", so consent must have been given on that day or before"));
        }
        return checks.errors();
    }
}
