package app.onward.mentalhealth;

import java.time.LocalDate;

/** A referral told to the young person it is about, in plain words (GraphQL {@code MyReferral}). */
public record MyReferral(ReferralId referralId, ReferralStatus status, String service, String statusInWords,
                         String whatHappensNext, LocalDate sentOn, LocalDate firstAppointmentOn, Integer waitDays) {
}
