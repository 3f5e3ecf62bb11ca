package app.onward.portal.referral;

import app.onward.portal.caseload.StaffRef;
import app.onward.portal.referral.Referral.Consent;
import app.onward.portal.referral.ReferralTerms.ConsentGiver;
import app.onward.portal.referral.ReferralTerms.ConsentMethod;
import app.onward.portal.referral.ReferralTerms.MentalHealthService;
import app.onward.portal.referral.ReferralTerms.ReferralStatus;
import app.onward.portal.referral.ReferralTerms.ReferralUrgency;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

/** How a referral's wait and consent are said to staff: from the backend's numbers, never the page's own sums. */
class ReferralWordsTest {

    private static final LocalDate SENT = LocalDate.of(2026, 3, 3);

    static Stream<Arguments> waits() {
        return Stream.of(
                arguments(ReferralStatus.DRAFT, null, null, 42, false, ReferralUrgency.ROUTINE, "Not sent yet"),
                arguments(ReferralStatus.WAITING, 51, null, 42, true, ReferralUrgency.ROUTINE,
                        "Waiting 51 days — over the 42-day limit for a routine referral"),
                arguments(ReferralStatus.SENT, 1, null, 7, false, ReferralUrgency.URGENT,
                        "Waiting 1 day (within the 7-day limit for an urgent referral)"),
                arguments(ReferralStatus.ONGOING, 12, SENT.plusDays(12), 42, false, ReferralUrgency.ROUTINE,
                        "Waited 12 days for a first appointment (within the 42-day limit for a routine referral)"),
                arguments(ReferralStatus.FIRST_APPOINTMENT, 3, SENT.plusDays(3), 1, true, ReferralUrgency.EMERGENCY,
                        "Waited 3 days for a first appointment — over the 1-day limit for an emergency referral"),
                arguments(ReferralStatus.CLOSED, 20, null, 42, false, ReferralUrgency.ROUTINE,
                        "Waited 20 days, with no first appointment (within the 42-day limit for a routine referral)"));
    }

    @ParameterizedTest
    @MethodSource("waits")
    void shouldSayTheWaitAgainstTheLimitInWords(ReferralStatus status, Integer waitDays, LocalDate firstAppointmentOn,
                                               int thresholdDays, boolean escalated, ReferralUrgency urgency,
                                               String words) {
        assertThat(referral(status, waitDays, firstAppointmentOn, thresholdDays, escalated, urgency).waitInWords())
                .isEqualTo(words);
    }

    static Stream<Arguments> consents() {
        return Stream.of(
                arguments(null, "Not recorded yet: needed before the referral is sent"),
                arguments(new Consent(ConsentGiver.YOUNG_PERSON, SENT, ConsentMethod.IN_PERSON),
                        "The young person, in person, on 3 March 2026"),
                arguments(new Consent(ConsentGiver.LEGAL_REPRESENTATIVE, SENT, ConsentMethod.VIDEO_CALL),
                        "Someone with legal authority to decide for them, on a video call, on 3 March 2026"));
    }

    @ParameterizedTest
    @MethodSource("consents")
    void shouldSayWhoGaveConsentHowAndWhen(Consent consent, String words) {
        assertThat(MentalHealthSection.consent(consent)).isEqualTo(words);
    }

    private static Referral referral(ReferralStatus status, Integer waitDays, LocalDate firstAppointmentOn,
                                     int thresholdDays, boolean escalated, ReferralUrgency urgency) {
        return new Referral("r1", 1, MentalHealthService.NHS_TALKING_THERAPIES, "NHS Talking Therapies", null, "Low mood",
                urgency, null, false, false, status, List.of(), List.of(), waitDays == null ? null : SENT,
                firstAppointmentOn, waitDays, thresholdDays, escalated, null, new StaffRef("s1", "Priya Sharma"),
                OffsetDateTime.parse("2026-03-01T10:00:00Z"), null);
    }
}
