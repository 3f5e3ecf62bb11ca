package app.onward.mentalhealth;

/**
 * What staff write about a referral, as started or changed; {@code serviceName} only for the services known by
 * name, and {@code consent} null until recorded.
 */
public record ReferralDetails(MentalHealthService service, String serviceName, String reason, ReferralUrgency urgency,
                              ReferralConsent consent, boolean knownToCamhsBefore18, boolean transitionFromCamhs) {
}
