package app.onward.mentalhealth;

import app.onward.youngperson.StaffMember;
import app.onward.youngperson.YoungPersonId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

/**
 * A referral as stored, with its whole status history (oldest first; the first entry is DRAFT). The status and
 * the days that matter to the wait follow from the history.
 */
public record Referral(ReferralId id, int version, YoungPersonId youngPerson, MentalHealthService service,
                       String serviceName, String reason, ReferralUrgency urgency, ReferralConsent consent,
                       boolean knownToCamhsBefore18, boolean transitionFromCamhs, StaffMember startedBy,
                       OffsetDateTime startedAt, List<StatusChange> statusHistory) {

    public StatusChange latest() {
        return statusHistory.getLast();
    }

    public ReferralStatus status() {
        return latest().status();
    }

    public LocalDate sentOn() {
        return dayOf(ReferralStatus.SENT).orElse(null);
    }

    public LocalDate firstAppointmentOn() {
        return dayOf(ReferralStatus.FIRST_APPOINTMENT).orElse(null);
    }

    /** The day it was declined, or closed, without a first appointment: the wait stops counting there. */
    public LocalDate endedWithoutAppointmentOn() {
        if (firstAppointmentOn() != null) {
            return null;
        }
        return dayOf(ReferralStatus.DECLINED).or(() -> dayOf(ReferralStatus.CLOSED)).orElse(null);
    }

    public ReferralDetails details() {
        return new ReferralDetails(service, serviceName, reason, urgency, consent, knownToCamhsBefore18, transitionFromCamhs);
    }

    public String serviceInWords() {
        return service.staffWords(serviceName);
    }

    private Optional<LocalDate> dayOf(ReferralStatus status) {
        return statusHistory.stream().filter(change -> change.status() == status).map(StatusChange::on).findFirst();
    }
}
