package app.onward.mentalhealth;

import app.onward.youngperson.StaffMember;
import app.onward.youngperson.YoungPersonId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A referral as staff read it (GraphQL {@code MentalHealthReferral}): as stored, with its wait worked out today. */
public record MentalHealthReferral(ReferralId referralId, int version, YoungPersonId youngPersonId, MentalHealthService service,
                                   String serviceInWords, String serviceName, String reason, ReferralUrgency urgency,
                                   ReferralConsent consent, boolean knownToCamhsBefore18, boolean transitionFromCamhs,
                                   ReferralStatus status, List<StatusChange> statusHistory, List<ReferralStatus> nextStatuses,
                                   LocalDate sentOn, LocalDate firstAppointmentOn, Integer waitDays, int thresholdDays,
                                   boolean escalated, LocalDate escalatedOn, StaffMember startedBy, OffsetDateTime startedAt) {

    static MentalHealthReferral of(Referral referral, ReferralWait wait) {
        return new MentalHealthReferral(referral.id(), referral.version(), referral.youngPerson(), referral.service(),
                referral.serviceInWords(), referral.serviceName(), referral.reason(), referral.urgency(), referral.consent(),
                referral.knownToCamhsBefore18(), referral.transitionFromCamhs(), referral.status(), referral.statusHistory(),
                ReferralSteps.next(referral.status()), referral.sentOn(), referral.firstAppointmentOn(), wait.days(),
                wait.thresholdDays(), wait.escalated(), wait.escalatedOn(), referral.startedBy(), referral.startedAt());
    }
}
