package app.onward.offer.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Born on 29 February: the Nth birthday is {@code plusYears(N)}, as in the clock rules, so in a year without
 * 29 February it is 28 February, not 1 March.
 */
class LeapDayBirthdayTest {

    private static final LocalDate BORN = LocalDate.of(2008, 2, 29);

    @ParameterizedTest(name = "{0} on {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            SUPPORT_18_TO_25     | 2026-02-27 | DOES_NOT_APPLY
            SUPPORT_18_TO_25     | 2026-02-28 | APPLIES
            SUPPORT_18_TO_25     | 2026-03-01 | APPLIES
            SUPPORT_18_TO_25     | 2033-02-27 | APPLIES
            SUPPORT_18_TO_25     | 2033-02-28 | DOES_NOT_APPLY
            ADVISER_16_TO_25     | 2024-02-28 | DOES_NOT_APPLY
            ADVISER_16_TO_25     | 2024-02-29 | APPLIES
            STAYING_PUT_18_TO_21 | 2029-02-27 | APPLIES
            STAYING_PUT_18_TO_21 | 2029-02-28 | DOES_NOT_APPLY
            UNIVERSAL_CREDIT     | 2026-01-30 | DOES_NOT_APPLY
            UNIVERSAL_CREDIT     | 2026-01-31 | APPLIES
            """)
    void shouldTurnEachAgeOnTwentyEighthFebruaryInYearsWithoutALeapDay(AgeRule rule, LocalDate on, Verdict expected) {
        assertThat(Eligibility.assess(rule.rule(), Facts.on(on).bornOn(BORN)).verdict()).isEqualTo(expected);
    }

    @ParameterizedTest(name = "{0}: from {1} until {2}")
    @CsvSource(delimiter = '|', textBlock = """
            ADVISER_16_TO_25     | 2024-02-29 | 2033-02-27
            SUPPORT_18_TO_25     | 2026-02-28 | 2033-02-27
            STAYING_PUT_18_TO_21 | 2026-02-28 | 2029-02-27
            UNIVERSAL_CREDIT     | 2026-01-31 |
            """)
    void shouldGiveFromAndUntilDatesFromTwentyEighthFebruaryBirthdays(AgeRule rule, LocalDate from, LocalDate until) {
        Assessment assessment = Eligibility.assess(rule.rule(), Facts.on(LocalDate.of(2026, 6, 1)).bornOn(BORN));

        assertThat(assessment.from()).isEqualTo(from);
        assertThat(assessment.until()).isEqualTo(until);
    }
}
