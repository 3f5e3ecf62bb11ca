package app.onward.mentalhealth;

/** Days a referral of this urgency may wait, from sent to first appointment, before it is escalated. */
public record ReferralWaitThreshold(ReferralUrgency urgency, int days) {
}
