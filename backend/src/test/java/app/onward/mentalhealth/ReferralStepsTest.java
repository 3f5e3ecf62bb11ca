package app.onward.mentalhealth;

import app.onward.graphql.UserError;
import app.onward.youngperson.YoungPersonId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static app.onward.mentalhealth.ReferralStatus.ACCEPTED;
import static app.onward.mentalhealth.ReferralStatus.CLOSED;
import static app.onward.mentalhealth.ReferralStatus.DECLINED;
import static app.onward.mentalhealth.ReferralStatus.DRAFT;
import static app.onward.mentalhealth.ReferralStatus.FIRST_APPOINTMENT;
import static app.onward.mentalhealth.ReferralStatus.ONGOING;
import static app.onward.mentalhealth.ReferralStatus.SENT;
import static app.onward.mentalhealth.ReferralStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

/** Which step may follow which, and what each needs; the referrals here are histories of statuses, one day apart. */
class ReferralStepsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 20);
    static final ReferralConsent CONSENT = new ReferralConsent(ConsentGiver.YOUNG_PERSON, LocalDate.of(2026, 3, 1), ConsentMethod.PHONE);

    /** A referral whose history is {@code path}, the statuses on consecutive days from 1 March 2026. */
    static Referral referral(ReferralConsent consent, ReferralStatus... path) {
        List<StatusChange> history = new ArrayList<>();
        for (int i = 0; i < path.length; i++) {
            history.add(new StatusChange(path[i], LocalDate.of(2026, 3, 1 + i), null, null, null, i + 1));
        }
        return new Referral(new ReferralId(UUID.randomUUID()), path.length, new YoungPersonId(UUID.randomUUID()),
                MentalHealthService.NHS_TALKING_THERAPIES, null, "reason", ReferralUrgency.ROUTINE, consent, false, false,
                null, null, history);
    }

    static Stream<Arguments> nextSteps() {
        return Stream.of(
                Arguments.of(DRAFT, List.of(SENT, CLOSED)),
                Arguments.of(SENT, List.of(ACCEPTED, DECLINED, CLOSED)),
                Arguments.of(ACCEPTED, List.of(WAITING, FIRST_APPOINTMENT, CLOSED)),
                Arguments.of(DECLINED, List.of(CLOSED)),
                Arguments.of(WAITING, List.of(FIRST_APPOINTMENT, CLOSED)),
                Arguments.of(FIRST_APPOINTMENT, List.of(ONGOING, CLOSED)),
                Arguments.of(ONGOING, List.of(CLOSED)),
                Arguments.of(CLOSED, List.of()));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("nextSteps")
    void shouldAllowOnlyTheStepsOfTheSchema(ReferralStatus from, List<ReferralStatus> next) {
        assertThat(ReferralSteps.next(from)).isEqualTo(next);
    }

    /** Every status reached by its shortest path, for checking every step that is not allowed. */
    static Referral at(ReferralStatus status) {
        return switch (status) {
            case DRAFT -> referral(CONSENT, DRAFT);
            case SENT -> referral(CONSENT, DRAFT, SENT);
            case ACCEPTED -> referral(CONSENT, DRAFT, SENT, ACCEPTED);
            case DECLINED -> referral(CONSENT, DRAFT, SENT, DECLINED);
            case WAITING -> referral(CONSENT, DRAFT, SENT, ACCEPTED, WAITING);
            case FIRST_APPOINTMENT -> referral(CONSENT, DRAFT, SENT, ACCEPTED, FIRST_APPOINTMENT);
            case ONGOING -> referral(CONSENT, DRAFT, SENT, ACCEPTED, FIRST_APPOINTMENT, ONGOING);
            case CLOSED -> referral(CONSENT, DRAFT, CLOSED);
        };
    }

    @ParameterizedTest
    @EnumSource(ReferralStatus.class)
    void shouldRefuseEveryOtherStepAsNotAllowed(ReferralStatus from) {
        for (ReferralStatus to : ReferralStatus.values()) {
            List<UserError> errors = ReferralSteps.check(at(from), to, TODAY, "a reason", TODAY);
            if (ReferralSteps.next(from).contains(to)) {
                assertThat(errors).as(from + " -> " + to).isEmpty();
            } else {
                assertThat(errors).as(from + " -> " + to).extracting(UserError::code).containsExactly("NOT_ALLOWED");
            }
        }
    }

    static Stream<Arguments> whatEachStepNeeds() {
        LocalDate fifth = LocalDate.of(2026, 3, 5);
        return Stream.of(
                Arguments.of("sending needs consent", referral(null, DRAFT), SENT, fifth, null, List.of("status")),
                Arguments.of("sending with consent", referral(CONSENT, DRAFT), SENT, fifth, null, List.of()),
                Arguments.of("sent before consent was given", referral(new ReferralConsent(ConsentGiver.LEGAL_REPRESENTATIVE,
                        LocalDate.of(2026, 3, 10), ConsentMethod.IN_WRITING), DRAFT), SENT, fifth, null, List.of("on")),
                Arguments.of("declining needs a reason", at(SENT), DECLINED, fifth, null, List.of("reason")),
                Arguments.of("a blank reason is none", at(SENT), DECLINED, fifth, "   ", List.of("reason")),
                Arguments.of("declining with a reason", at(SENT), DECLINED, fifth, "Full", List.of()),
                Arguments.of("closing a draft needs a reason", at(DRAFT), CLOSED, fifth, null, List.of("reason")),
                Arguments.of("closing while waiting needs a reason", at(WAITING), CLOSED, fifth, null, List.of("reason")),
                Arguments.of("closing after a decline needs one too", at(DECLINED), CLOSED, fifth, null, List.of("reason")),
                Arguments.of("closing after a first appointment needs none", at(FIRST_APPOINTMENT), CLOSED, fifth, null, List.of()),
                Arguments.of("closing while ongoing needs none", at(ONGOING), CLOSED, LocalDate.of(2026, 3, 6), null, List.of()),
                Arguments.of("a reason of at most 2,000 characters", at(SENT), DECLINED, fifth, "x".repeat(2001), List.of("reason")),
                Arguments.of("today", at(SENT), ACCEPTED, TODAY, null, List.of()),
                Arguments.of("not tomorrow", at(SENT), ACCEPTED, TODAY.plusDays(1), null, List.of("on")),
                Arguments.of("the previous status's day itself", at(SENT), ACCEPTED, LocalDate.of(2026, 3, 2), null, List.of()),
                Arguments.of("not the day before it", at(SENT), ACCEPTED, LocalDate.of(2026, 3, 1), null, List.of("on")));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("whatEachStepNeeds")
    void shouldAskForWhatEachStepNeeds(String rule, Referral referral, ReferralStatus to, LocalDate on, String reason,
                                       List<String> fields) {
        assertThat(ReferralSteps.check(referral, to, on, reason, TODAY)).extracting(UserError::field)
                .as(rule).containsExactlyElementsOf(fields);
    }
}
