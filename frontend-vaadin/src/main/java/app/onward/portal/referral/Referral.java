package app.onward.portal.referral;

import app.onward.portal.caseload.StaffRef;
import app.onward.portal.referral.ReferralTerms.ConsentGiver;
import app.onward.portal.referral.ReferralTerms.ConsentMethod;
import app.onward.portal.referral.ReferralTerms.MentalHealthService;
import app.onward.portal.referral.ReferralTerms.ReferralStatus;
import app.onward.portal.referral.ReferralTerms.ReferralUrgency;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * A mental-health referral as staff see it (the {@code MentalHealthReferral} type). The wait, the threshold and
 * whether it is escalated are the backend's; the page only says them.
 *
 * @param consent     null until recorded
 * @param waitDays    null while a draft
 * @param youngPerson only asked for where the page does not already know whose it is
 */
public record Referral(String id, int version, MentalHealthService service, String serviceInWords, String serviceName,
                       String reason, ReferralUrgency urgency, Consent consent, boolean knownToCamhsBefore18,
                       boolean transitionFromCamhs, ReferralStatus status, List<StatusChange> statusHistory,
                       List<ReferralStatus> nextStatuses, LocalDate sentOn, LocalDate firstAppointmentOn,
                       Integer waitDays, int thresholdDays, boolean escalated, LocalDate escalatedOn,
                       StaffRef startedBy, OffsetDateTime startedAt, Person youngPerson) {

    static final String FRAGMENT = """
            fragment referral on MentalHealthReferral {
              id version service serviceInWords serviceName reason urgency consent { givenBy givenOn how }
              knownToCamhsBefore18 transitionFromCamhs status
              statusHistory { status on reason recordedBy { id name } recordedAt }
              nextStatuses sentOn firstAppointmentOn waitDays thresholdDays escalated escalatedOn
              startedBy { id name } startedAt
            }
            """;

    public record Consent(ConsentGiver givenBy, LocalDate givenOn, ConsentMethod how) {}

    public record StatusChange(ReferralStatus status, LocalDate on, String reason, StaffRef recordedBy,
                               OffsetDateTime recordedAt) {}

    public record Person(String id, String knownAs) {}

    /** The day the current status began: the last entry of the history. */
    public LocalDate statusOn() {
        return statusHistory.isEmpty() ? null : statusHistory.getLast().on();
    }

    /**
     * "Waiting 51 days — over the 42-day limit for a routine referral"; "Waited 12 days for a first appointment
     * (the limit is 42 days for a routine referral)"; "Not sent yet" for a draft.
     */
    public String waitInWords() {
        if (waitDays == null) {
            return "Not sent yet";
        }
        String limit = thresholdDays + "-day limit for " + urgency.aReferral();
        String waited;
        if (firstAppointmentOn != null) {
            waited = "Waited " + days(waitDays) + " for a first appointment";
        } else if (status == ReferralStatus.DECLINED || status == ReferralStatus.CLOSED) {
            waited = "Waited " + days(waitDays) + ", with no first appointment";
        } else {
            waited = "Waiting " + days(waitDays);
        }
        return escalated ? waited + " — over the " + limit : waited + " (within the " + limit + ")";
    }

    /** "1 day", "51 days". */
    static String days(int count) {
        return count == 1 ? "1 day" : count + " days";
    }
}
