package app.onward.mentalhealth;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/**
 * How long a referral has waited for its first appointment, against the authority's threshold for its urgency.
 * The wait runs in calendar days from the day it was sent to the day of the first appointment; while there is
 * none, to today; for a referral declined or closed without one, to the day it ended (it is not escalated after
 * that). Escalated when the wait is longer than the threshold: on the threshold's own day it is not, the day
 * after it is. See docs/decisions/0017-mental-health-referrals.md.
 *
 * @param days        null while not sent
 * @param escalatedOn the day the wait passed the threshold; null when it has not
 */
public record ReferralWait(Integer days, int thresholdDays, boolean escalated, LocalDate escalatedOn) {

    public static ReferralWait of(Referral referral, int thresholdDays, LocalDate today) {
        LocalDate sent = referral.sentOn();
        if (sent == null) {
            return new ReferralWait(null, thresholdDays, false, null);
        }
        LocalDate seen = referral.firstAppointmentOn();
        LocalDate ended = referral.endedWithoutAppointmentOn();
        LocalDate until = seen != null ? seen : ended != null ? ended : today;
        int days = (int) ChronoUnit.DAYS.between(sent, until);
        boolean escalated = days > thresholdDays;
        return new ReferralWait(days, thresholdDays, escalated, escalated ? sent.plusDays(thresholdDays + 1L) : null);
    }
}
