package app.onward.mentalhealth;

import java.time.LocalDate;

/** Consent to the referral: who gave it, when, how (GraphQL {@code ReferralConsent} and its input). */
public record ReferralConsent(ConsentGiver givenBy, LocalDate givenOn, ConsentMethod how) {
}
