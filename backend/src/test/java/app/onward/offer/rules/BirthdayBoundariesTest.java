package app.onward.offer.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;

import static app.onward.offer.rules.Verdict.APPLIES;
import static app.onward.offer.rules.Verdict.DOES_NOT_APPLY;
import static org.assertj.core.api.Assertions.assertThat;

class BirthdayBoundariesTest {

    private static final LocalDate BORN = LocalDate.of(2008, 6, 15);

    private static Assessment assess(AgeRule rule, LocalDate on) {
        return Eligibility.assess(rule.rule(), Facts.on(on).bornOn(BORN));
    }

    @ParameterizedTest(name = "{0}, {1}th birthday: day before {2}, the day {3}, day after {4}")
    @CsvSource(delimiter = '|', textBlock = """
            ADVISER_16_TO_25     | 15 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            ADVISER_16_TO_25     | 16 | DOES_NOT_APPLY | APPLIES        | APPLIES
            ADVISER_16_TO_25     | 17 | APPLIES        | APPLIES        | APPLIES
            ADVISER_16_TO_25     | 18 | APPLIES        | APPLIES        | APPLIES
            ADVISER_16_TO_25     | 19 | APPLIES        | APPLIES        | APPLIES
            ADVISER_16_TO_25     | 21 | APPLIES        | APPLIES        | APPLIES
            ADVISER_16_TO_25     | 24 | APPLIES        | APPLIES        | APPLIES
            ADVISER_16_TO_25     | 25 | APPLIES        | DOES_NOT_APPLY | DOES_NOT_APPLY
            ADVISER_16_TO_25     | 26 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 15 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 16 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 17 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 18 | DOES_NOT_APPLY | APPLIES        | APPLIES
            STAYING_PUT_18_TO_21 | 19 | APPLIES        | APPLIES        | APPLIES
            STAYING_PUT_18_TO_21 | 21 | APPLIES        | DOES_NOT_APPLY | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 24 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 25 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 26 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            SUPPORT_18_TO_25     | 15 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            SUPPORT_18_TO_25     | 16 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            SUPPORT_18_TO_25     | 17 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            SUPPORT_18_TO_25     | 18 | DOES_NOT_APPLY | APPLIES        | APPLIES
            SUPPORT_18_TO_25     | 19 | APPLIES        | APPLIES        | APPLIES
            SUPPORT_18_TO_25     | 21 | APPLIES        | APPLIES        | APPLIES
            SUPPORT_18_TO_25     | 24 | APPLIES        | APPLIES        | APPLIES
            SUPPORT_18_TO_25     | 25 | APPLIES        | DOES_NOT_APPLY | DOES_NOT_APPLY
            SUPPORT_18_TO_25     | 26 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            UNIVERSAL_CREDIT     | 15 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            UNIVERSAL_CREDIT     | 16 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            UNIVERSAL_CREDIT     | 17 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            UNIVERSAL_CREDIT     | 18 | APPLIES        | APPLIES        | APPLIES
            UNIVERSAL_CREDIT     | 19 | APPLIES        | APPLIES        | APPLIES
            UNIVERSAL_CREDIT     | 21 | APPLIES        | APPLIES        | APPLIES
            UNIVERSAL_CREDIT     | 24 | APPLIES        | APPLIES        | APPLIES
            UNIVERSAL_CREDIT     | 25 | APPLIES        | APPLIES        | APPLIES
            UNIVERSAL_CREDIT     | 26 | APPLIES        | APPLIES        | APPLIES
            BURSARY_16_TO_19     | 15 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            BURSARY_16_TO_19     | 16 | DOES_NOT_APPLY | APPLIES        | APPLIES
            BURSARY_16_TO_19     | 17 | APPLIES        | APPLIES        | APPLIES
            BURSARY_16_TO_19     | 18 | APPLIES        | APPLIES        | APPLIES
            BURSARY_16_TO_19     | 19 | APPLIES        | DOES_NOT_APPLY | DOES_NOT_APPLY
            BURSARY_16_TO_19     | 21 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            BURSARY_16_TO_19     | 24 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            BURSARY_16_TO_19     | 25 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            BURSARY_16_TO_19     | 26 | DOES_NOT_APPLY | DOES_NOT_APPLY | DOES_NOT_APPLY
            """)
    void shouldGiveTheExactVerdictOnTheDaysAroundEachBirthday(AgeRule rule, int birthday,
                                                              Verdict dayBefore, Verdict theDay, Verdict dayAfter) {
        LocalDate day = BORN.plusYears(birthday);

        List<Verdict> verdicts = List.of(assess(rule, day.minusDays(1)).verdict(), assess(rule, day).verdict(),
                assess(rule, day.plusDays(1)).verdict());

        assertThat(verdicts).containsExactly(dayBefore, theDay, dayAfter);
    }

    @ParameterizedTest(name = "{0} days before the 18th birthday: {1}")
    @CsvSource({"365, DOES_NOT_APPLY", "29, DOES_NOT_APPLY", "28, APPLIES", "27, APPLIES", "1, APPLIES", "0, APPLIES"})
    void shouldApplyFromTwentyEightDaysBeforeTheEighteenthBirthday(int daysBefore, Verdict expected) {
        LocalDate on = BORN.plusYears(18).minusDays(daysBefore);

        assertThat(assess(AgeRule.UNIVERSAL_CREDIT, on).verdict()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: from {1} until {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ADVISER_16_TO_25     | 2024-06-15 | 2033-06-14
            STAYING_PUT_18_TO_21 | 2026-06-15 | 2029-06-14
            SUPPORT_18_TO_25     | 2026-06-15 | 2033-06-14
            UNIVERSAL_CREDIT     | 2026-05-18 |
            BURSARY_16_TO_19     | 2024-06-15 | 2027-06-14
            """)
    void shouldGiveTheFirstAndLastDayItAppliesWhenTheDateOfBirthIsKnown(AgeRule rule, LocalDate from, LocalDate until) {
        // Asked on a day it does not apply: the dates are the rule's, whatever today's verdict.
        Assessment assessment = assess(rule, LocalDate.of(2040, 1, 1));

        assertThat(assessment.from()).isEqualTo(from);
        assertThat(assessment.until()).isEqualTo(until);
    }

    @Test
    void shouldSayWhenItStartsForSomeoneTooYoung() {
        Assessment assessment = assess(AgeRule.UNIVERSAL_CREDIT, LocalDate.of(2026, 5, 17));

        assertThat(assessment.verdict()).isEqualTo(DOES_NOT_APPLY);
        assertThat(assessment.unmet()).containsExactly(new Unmet.TooYoung(18, 28, LocalDate.of(2026, 5, 18)));
        assertThat(assessment.toCheck()).isEmpty();
    }

    @Test
    void shouldSayTheLastDayForSomeoneTooOld() {
        Assessment assessment = assess(AgeRule.ADVISER_16_TO_25, LocalDate.of(2033, 6, 15));

        assertThat(assessment.unmet()).containsExactly(new Unmet.TooOld(25, LocalDate.of(2033, 6, 14)));
    }

    @Test
    void shouldApplyOnTheLastDay() {
        assertThat(assess(AgeRule.ADVISER_16_TO_25, LocalDate.of(2033, 6, 14)).verdict()).isEqualTo(APPLIES);
    }
}
