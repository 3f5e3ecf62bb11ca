package app.onward.mentalhealth;

import app.onward.youngperson.YoungPersonId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The wait in calendar days from sent to first appointment (or today, or the day it ended without one), and
 * escalation: on the threshold's own day not escalated, the day after escalated, per urgency and per authority.
 */
class ReferralWaitTest {

    static final LocalDate SENT = LocalDate.of(2026, 1, 5);

    record Step(ReferralStatus status, LocalDate on) {
    }

    static Referral referral(ReferralUrgency urgency, Step... after) {
        List<StatusChange> history = new ArrayList<>();
        history.add(new StatusChange(ReferralStatus.DRAFT, SENT.minusDays(2), null, null, null, 1));
        history.add(new StatusChange(ReferralStatus.SENT, SENT, null, null, null, 2));
        for (Step step : after) {
            history.add(new StatusChange(step.status(), step.on(), null, null, null, history.size() + 1));
        }
        return new Referral(new ReferralId(UUID.randomUUID()), history.size(), new YoungPersonId(UUID.randomUUID()),
                MentalHealthService.GP, null, "reason", urgency, ReferralStepsTest.CONSENT, false, false, null, null, history);
    }

    static Step step(ReferralStatus status, int daysAfterSent) {
        return new Step(status, SENT.plusDays(daysAfterSent));
    }

    static Stream<Arguments> waits() {
        ReferralUrgency routine = ReferralUrgency.ROUTINE;
        ReferralUrgency urgent = ReferralUrgency.URGENT;
        ReferralUrgency emergency = ReferralUrgency.EMERGENCY;
        return Stream.of(
                // what, referral, threshold, today (days after sent), wait, escalated on (days after sent; null: not)
                Arguments.of("sent today", referral(routine), 42, 0, 0, null),
                Arguments.of("routine, on the 42nd day", referral(routine), 42, 42, 42, null),
                Arguments.of("routine, on the 43rd day", referral(routine), 42, 43, 43, 43),
                Arguments.of("urgent, on the 7th day", referral(urgent), 7, 7, 7, null),
                Arguments.of("urgent, on the 8th day", referral(urgent), 7, 8, 8, 8),
                Arguments.of("emergency, the next day", referral(emergency), 1, 1, 1, null),
                Arguments.of("emergency, two days on", referral(emergency), 1, 2, 2, 2),
                Arguments.of("an authority's own routine threshold of 28", referral(routine), 28, 30, 30, 29),
                Arguments.of("accepted and still waiting", referral(routine, step(ReferralStatus.ACCEPTED, 10),
                        step(ReferralStatus.WAITING, 10)), 42, 60, 60, 43),
                Arguments.of("seen on the threshold's day", referral(urgent, step(ReferralStatus.ACCEPTED, 2),
                        step(ReferralStatus.FIRST_APPOINTMENT, 7)), 7, 90, 7, null),
                Arguments.of("seen the day after it", referral(urgent, step(ReferralStatus.ACCEPTED, 2),
                        step(ReferralStatus.FIRST_APPOINTMENT, 8)), 7, 90, 8, 8),
                Arguments.of("the wait ends at the first appointment, whatever follows", referral(routine,
                        step(ReferralStatus.ACCEPTED, 2), step(ReferralStatus.FIRST_APPOINTMENT, 20),
                        step(ReferralStatus.ONGOING, 20), step(ReferralStatus.CLOSED, 200)), 42, 300, 20, null),
                Arguments.of("declined within the threshold: not escalated later", referral(urgent,
                        step(ReferralStatus.DECLINED, 5)), 7, 90, 5, null),
                Arguments.of("declined after it: it did wait too long", referral(urgent,
                        step(ReferralStatus.DECLINED, 9), step(ReferralStatus.CLOSED, 10)), 7, 90, 9, 8),
                Arguments.of("closed while waiting, within the threshold", referral(routine, step(ReferralStatus.ACCEPTED, 3),
                        step(ReferralStatus.CLOSED, 30)), 42, 90, 30, null));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("waits")
    void shouldCountTheWaitAndEscalateTheDayAfterTheThreshold(String what, Referral referral, int threshold, int today,
                                                              int wait, Integer escalatedOn) {
        ReferralWait computed = ReferralWait.of(referral, threshold, SENT.plusDays(today));
        assertThat(computed.days()).as(what).isEqualTo(wait);
        assertThat(computed.thresholdDays()).isEqualTo(threshold);
        assertThat(computed.escalated()).as(what).isEqualTo(escalatedOn != null);
        assertThat(computed.escalatedOn()).as(what).isEqualTo(escalatedOn == null ? null : SENT.plusDays(escalatedOn));
    }

    @org.junit.jupiter.api.Test
    void shouldHaveNoWaitWhileADraft() {
        Referral draft = new Referral(new ReferralId(UUID.randomUUID()), 1, new YoungPersonId(UUID.randomUUID()),
                MentalHealthService.GP, null, "reason", ReferralUrgency.ROUTINE, null, false, false, null, null,
                List.of(new StatusChange(ReferralStatus.DRAFT, SENT, null, null, null, 1)));
        ReferralWait wait = ReferralWait.of(draft, 42, SENT.plusDays(100));
        assertThat(wait.days()).isNull();
        assertThat(wait.escalated()).isFalse();
        assertThat(wait.escalatedOn()).isNull();
    }
}
