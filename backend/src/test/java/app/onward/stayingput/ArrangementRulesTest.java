package app.onward.stayingput;

import app.onward.graphql.UserError;
import app.onward.stayingput.StayingInputs.Terms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The dates and money an arrangement, a review and an ending may hold, table by table. */
class ArrangementRulesTest {

    private static final LocalDate BORN = LocalDate.of(2006, 5, 14);
    private static final LocalDate LEAP_BORN = LocalDate.of(2008, 2, 29);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    private static Terms stayingPut(LocalDate startsOn, LocalDate plannedEndOn) {
        return new Terms(startsOn, plannedEndOn, "Ann and Raj Patel", "£285", "35", null, null, null, null, null);
    }

    private static Terms stayingClose(LocalDate startsOn, LocalDate plannedEndOn) {
        return new Terms(startsOn, plannedEndOn, null, null, null, null, "Own flat near the home", "Oak House",
                "A weekly catch-up", null);
    }

    private static List<String> fields(List<UserError> errors) {
        return errors.stream().map(UserError::field).toList();
    }

    static Stream<Arguments> plannedEnds() {
        return Stream.of(
                // kind, born, planned end, allowed
                Arguments.of(ArrangementKind.STAYING_PUT, BORN, LocalDate.of(2027, 5, 13), true),
                Arguments.of(ArrangementKind.STAYING_PUT, BORN, LocalDate.of(2027, 5, 14), true),
                Arguments.of(ArrangementKind.STAYING_PUT, BORN, LocalDate.of(2027, 5, 15), false),
                // Born on 29 February: the 21st birthday (2029, not a leap year) falls on 28 February.
                Arguments.of(ArrangementKind.STAYING_PUT, LEAP_BORN, LocalDate.of(2029, 2, 27), true),
                Arguments.of(ArrangementKind.STAYING_PUT, LEAP_BORN, LocalDate.of(2029, 2, 28), true),
                Arguments.of(ArrangementKind.STAYING_PUT, LEAP_BORN, LocalDate.of(2029, 3, 1), false),
                Arguments.of(ArrangementKind.STAYING_CLOSE, BORN, LocalDate.of(2031, 5, 13), true),
                Arguments.of(ArrangementKind.STAYING_CLOSE, BORN, LocalDate.of(2031, 5, 14), true),
                Arguments.of(ArrangementKind.STAYING_CLOSE, BORN, LocalDate.of(2031, 5, 15), false),
                // Staying close runs to 25: a day after the 21st birthday is fine for it.
                Arguments.of(ArrangementKind.STAYING_CLOSE, BORN, LocalDate.of(2027, 5, 15), true),
                // Born 29 February 2008: the 25th birthday (2033) is 28 February.
                Arguments.of(ArrangementKind.STAYING_CLOSE, LEAP_BORN, LocalDate.of(2033, 2, 28), true),
                Arguments.of(ArrangementKind.STAYING_CLOSE, LEAP_BORN, LocalDate.of(2033, 3, 1), false));
    }

    @ParameterizedTest(name = "{0} born {1}, planned end {2}: allowed {3}")
    @MethodSource("plannedEnds")
    void shouldEndByThe21stOrThe25thBirthdayItselfAndNoLater(ArrangementKind kind, LocalDate born, LocalDate plannedEnd,
                                                             boolean allowed) {
        LocalDate start = born.plusYears(18);
        Terms terms = kind == ArrangementKind.STAYING_PUT ? stayingPut(start, plannedEnd) : stayingClose(start, plannedEnd);
        List<UserError> errors = ArrangementRules.terms(kind, terms, born, start);
        assertThat(errors).as(errors.toString()).hasSize(allowed ? 0 : 1);
        if (!allowed) {
            assertThat(errors.getFirst().field()).isEqualTo("plannedEndOn");
            assertThat(errors.getFirst().message()).contains(ArrangementRules.day(born.plusYears(kind.endsByBirthday)))
                    .contains(kind == ArrangementKind.STAYING_PUT ? "21st birthday" : "25th birthday");
        }
    }

    static Stream<Arguments> starts() {
        return Stream.of(
                // start, planned end, the fields refused
                Arguments.of(LocalDate.of(2024, 5, 13), LocalDate.of(2026, 5, 1), List.of("startsOn")),
                Arguments.of(LocalDate.of(2024, 5, 14), LocalDate.of(2026, 5, 1), List.of()),
                Arguments.of(TODAY.plusYears(1).plusDays(1), TODAY.plusYears(1).plusDays(2), List.of("startsOn", "plannedEndOn")),
                Arguments.of(TODAY.plusMonths(5), LocalDate.of(2027, 5, 14), List.of()),
                Arguments.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 1, 1), List.of("plannedEndOn")),
                Arguments.of(LocalDate.of(2025, 1, 1), LocalDate.of(2024, 12, 31), List.of("plannedEndOn")),
                Arguments.of(null, null, List.of("startsOn", "plannedEndOn")));
    }

    @ParameterizedTest(name = "from {0} to {1}: {2} refused")
    @MethodSource("starts")
    void shouldStartFromThe18thBirthdayAndWithinAYear(LocalDate start, LocalDate plannedEnd, List<String> refused) {
        // The first row of a year ahead also ends after the 21st birthday: both fields are refused.
        assertThat(fields(ArrangementRules.terms(ArrangementKind.STAYING_PUT, stayingPut(start, plannedEnd), BORN, TODAY)))
                .containsExactlyElementsOf(refused);
    }

    @Test
    void shouldSayTheEighteenthBirthdayWhenItStartsTooEarly() {
        List<UserError> errors = ArrangementRules.terms(ArrangementKind.STAYING_CLOSE,
                stayingClose(LocalDate.of(2024, 5, 1), LocalDate.of(2025, 5, 1)), BORN, TODAY);
        assertThat(errors.getFirst().message()).isEqualTo("Staying close starts at 18: enter their 18th birthday "
                + "(14 May 2024) or a later day");
    }

    static Stream<Arguments> moneyTyped() {
        return Stream.of(Arguments.of("£285", true), Arguments.of("123.45", true), Arguments.of("0", true),
                Arguments.of("£1,200.50", true), Arguments.of("12.345", false), Arguments.of("-5", false),
                Arguments.of("lots", false), Arguments.of("", false), Arguments.of(null, false));
    }

    @ParameterizedTest(name = "allowance {0}: allowed {1}")
    @MethodSource("moneyTyped")
    void shouldTakeMoneyAsPeopleTypeIt(String typed, boolean allowed) {
        Terms terms = new Terms(LocalDate.of(2024, 6, 1), LocalDate.of(2027, 1, 1), "Ann and Raj Patel", typed, "0",
                null, null, null, null, null);
        assertThat(fields(ArrangementRules.terms(ArrangementKind.STAYING_PUT, terms, BORN, TODAY)))
                .isEqualTo(allowed ? List.of() : List.of("weeklyAllowance"));
    }

    static Stream<Arguments> moveOnPlanDueDates() {
        return Stream.of(
                Arguments.of(LocalDate.of(2027, 5, 14), LocalDate.of(2027, 2, 14)),
                Arguments.of(LocalDate.of(2027, 5, 31), LocalDate.of(2027, 2, 28)),
                Arguments.of(LocalDate.of(2028, 5, 31), LocalDate.of(2028, 2, 29)),
                Arguments.of(LocalDate.of(2027, 3, 1), LocalDate.of(2026, 12, 1)),
                Arguments.of(LocalDate.of(2027, 2, 28), LocalDate.of(2026, 11, 28)));
    }

    @ParameterizedTest(name = "planned end {0}: move-on plan due {1}")
    @MethodSource("moveOnPlanDueDates")
    void shouldMakeTheMoveOnPlanDueThreeMonthsBeforeThePlannedEnd(LocalDate plannedEnd, LocalDate due) {
        assertThat(Arrangement.moveOnPlanDueOn(plannedEnd)).isEqualTo(due);
    }

    static Stream<Arguments> moveOnPlanStatuses() {
        return Stream.of(
                Arguments.of(TODAY.minusDays(1), null, MoveOnPlanStatus.OVERDUE),
                Arguments.of(TODAY, null, MoveOnPlanStatus.DUE_SOON),
                Arguments.of(TODAY.plusDays(14), null, MoveOnPlanStatus.DUE_SOON),
                Arguments.of(TODAY.plusDays(15), null, MoveOnPlanStatus.ON_TRACK),
                Arguments.of(TODAY.minusDays(30), TODAY.minusDays(40), MoveOnPlanStatus.DONE));
    }

    @ParameterizedTest(name = "due {0}, agreed {1}: {2}")
    @MethodSource("moveOnPlanStatuses")
    void shouldTellHowNearTheMoveOnPlanIs(LocalDate due, LocalDate agreed, MoveOnPlanStatus status) {
        assertThat(MoveOnPlanStatus.of(due, agreed, TODAY)).isEqualTo(status);
    }

    static Stream<Arguments> reviews() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        return Stream.of(
                Arguments.of(TODAY, "Going well", TODAY.plusMonths(3), List.of()),
                Arguments.of(TODAY.plusDays(1), "Going well", TODAY.plusMonths(3), List.of("reviewedOn")),
                Arguments.of(start.minusDays(1), "Going well", TODAY, List.of("reviewedOn")),
                Arguments.of(TODAY, " ", TODAY, List.of("note", "nextReviewOn")),
                Arguments.of(TODAY, "x".repeat(1001), null, List.of("note", "nextReviewOn")));
    }

    @ParameterizedTest(name = "review {0} next {2}: {3} refused")
    @MethodSource("reviews")
    void shouldRecordAReviewThatHappenedWithTheNextOneAfterIt(LocalDate on, String note, LocalDate next, List<String> refused) {
        assertThat(fields(ArrangementRules.review(LocalDate.of(2025, 1, 1), on, note, next, TODAY))).isEqualTo(refused);
    }

    static Stream<Arguments> endings() {
        LocalDate start = LocalDate.of(2025, 1, 1);
        return Stream.of(
                Arguments.of(TODAY, HowItEnded.MOVED_ON_AS_PLANNED, List.of()),
                Arguments.of(start, HowItEnded.BROKE_DOWN, List.of()),
                Arguments.of(TODAY.plusDays(1), HowItEnded.OTHER, List.of("endedOn")),
                Arguments.of(start.minusDays(1), HowItEnded.OTHER, List.of("endedOn")),
                Arguments.of(TODAY, null, List.of("how")));
    }

    @ParameterizedTest(name = "ended {0} ({1}): {2} refused")
    @MethodSource("endings")
    void shouldEndOnADayThatHasComeWithinTheArrangement(LocalDate on, HowItEnded how, List<String> refused) {
        assertThat(fields(ArrangementRules.ending(LocalDate.of(2025, 1, 1), on, how, null, TODAY))).isEqualTo(refused);
    }
}
