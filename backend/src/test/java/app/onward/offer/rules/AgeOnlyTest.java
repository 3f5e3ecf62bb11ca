package app.onward.offer.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static app.onward.offer.rules.Verdict.APPLIES;
import static app.onward.offer.rules.Verdict.MAY_APPLY;
import static org.assertj.core.api.Assertions.assertThat;

/** The signed-out checker may ask an age instead of a date of birth: then a birthday near the range's edge is unknown. */
class AgeOnlyTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 15);

    private static Assessment assess(AgeRange ages, int age) {
        return Eligibility.assess(new WhoQualifies(ages, Set.of(), Map.of()), Facts.on(ON).aged(age));
    }

    @ParameterizedTest(name = "{0} aged {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            UNIVERSAL_CREDIT     | 16 | DOES_NOT_APPLY
            UNIVERSAL_CREDIT     | 17 | MAY_APPLY
            UNIVERSAL_CREDIT     | 18 | APPLIES
            UNIVERSAL_CREDIT     | 30 | APPLIES
            ADVISER_16_TO_25     | 15 | DOES_NOT_APPLY
            ADVISER_16_TO_25     | 16 | APPLIES
            ADVISER_16_TO_25     | 17 | APPLIES
            ADVISER_16_TO_25     | 24 | APPLIES
            ADVISER_16_TO_25     | 25 | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 17 | DOES_NOT_APPLY
            STAYING_PUT_18_TO_21 | 18 | APPLIES
            STAYING_PUT_18_TO_21 | 20 | APPLIES
            STAYING_PUT_18_TO_21 | 21 | DOES_NOT_APPLY
            BURSARY_16_TO_19     | 18 | APPLIES
            BURSARY_16_TO_19     | 19 | DOES_NOT_APPLY
            """)
    void shouldDecideFromAnAgeWhenEveryPossibleBirthdayAgrees(AgeRule rule, int age, Verdict expected) {
        Assessment assessment = assess(rule.ages, age);

        assertThat(assessment.verdict()).isEqualTo(expected);
        assertThat(assessment.toCheck()).isEqualTo(expected == MAY_APPLY ? List.of(Fact.DATE_OF_BIRTH) : List.of());
        assertThat(assessment.from()).isNull();
        assertThat(assessment.until()).isNull();
    }

    @Test
    void shouldSayFromWhichBirthdayWithoutADateWhenOnlyTheAgeIsKnown() {
        assertThat(assess(AgeRule.UNIVERSAL_CREDIT.ages, 16).unmet()).containsExactly(new Unmet.TooYoung(18, 28, null));
        assertThat(assess(AgeRule.ADVISER_16_TO_25.ages, 25).unmet()).containsExactly(new Unmet.TooOld(25, null));
    }

    @Test
    void shouldAskForTheDateOfBirthWhenNeitherItNorTheAgeIsKnown() {
        Assessment assessment = Eligibility.assess(AgeRule.ADVISER_16_TO_25.rule(), Facts.on(ON));

        assertThat(assessment.verdict()).isEqualTo(MAY_APPLY);
        assertThat(assessment.toCheck()).containsExactly(Fact.DATE_OF_BIRTH);
    }

    @Test
    void shouldApplyAtEveryAgeWithoutAskingWhenTheRuleHasNoAges() {
        Assessment assessment = Eligibility.assess(new WhoQualifies(AgeRange.from(0), Set.of(), Map.of()), Facts.on(ON));

        assertThat(assessment.verdict()).isEqualTo(APPLIES);
    }

    @Test
    void shouldNotAskForTheDateOfBirthWhenAKnownPartAlreadyFails() {
        WhoQualifies rule = new WhoQualifies(AgeRule.UNIVERSAL_CREDIT.ages, Set.of(CareLeaverCategory.FORMER_RELEVANT), Map.of());

        Assessment assessment = Eligibility.assess(rule, Facts.on(ON).aged(17).in(CareLeaverCategory.ELIGIBLE));

        assertThat(assessment.verdict()).isEqualTo(Verdict.DOES_NOT_APPLY);
        assertThat(assessment.toCheck()).isEmpty();
    }

    @Test
    void shouldUseTheDateOfBirthOverTheAgeWhenBothAreGiven() {
        Facts facts = Facts.on(ON).bornOn(LocalDate.of(2008, 6, 15)).aged(16);

        assertThat(Eligibility.assess(AgeRule.UNIVERSAL_CREDIT.rule(), facts).verdict()).isEqualTo(APPLIES);
    }

    @Test
    void shouldCountSomeoneBornOnTwentyNinthFebruaryAsOlderOnTwentyEighthFebruary() {
        // Aged 17 on 28 February 2026: born 1 March 2008 or later, as 29 February 2008 turned 18 that day.
        Facts facts = Facts.on(LocalDate.of(2026, 2, 28)).aged(17);

        assertThat(Eligibility.assess(new WhoQualifies(AgeRange.between(16, 18), Set.of(), Map.of()), facts).verdict())
                .isEqualTo(APPLIES);
    }

    static Stream<Arguments> rulesAndDays() {
        List<AgeRange> ranges = Stream.concat(Stream.of(AgeRule.values()).map(rule -> rule.ages), Stream.of(
                new AgeRange(18, 400, null), new AgeRange(0, 0, 25), new AgeRange(20, 730, null), new AgeRange(17, 1, 18)))
                .toList();
        List<LocalDate> days = Stream.of("2026-06-15", "2026-02-28", "2026-03-01", "2028-02-28", "2028-02-29",
                "2028-03-01", "2027-01-01", "2026-12-31").map(LocalDate::parse).toList();
        return ranges.stream().flatMap(range -> days.stream().map(day -> Arguments.of(range, day)));
    }

    /**
     * Against every date of birth an age allows, counting whole years as the engine does (birthdays by
     * {@code plusYears}): all apply, none do, or it turns on the date of birth.
     */
    @ParameterizedTest(name = "{0} on {1}")
    @MethodSource("rulesAndDays")
    void shouldAgreeWithEveryDateOfBirthTheAgeAllows(AgeRange ages, LocalDate on) {
        WhoQualifies rule = new WhoQualifies(ages, Set.of(), Map.of());
        for (int age = 0; age <= 27; age++) {
            EnumSet<Verdict> possible = EnumSet.noneOf(Verdict.class);
            for (LocalDate born = on.minusYears(age + 1).minusDays(3); !born.isAfter(on.minusYears(age).plusDays(3));
                 born = born.plusDays(1)) {
                if (!born.isAfter(on) && wholeYears(born, on) == age) {
                    possible.add(Eligibility.assess(rule, Facts.on(on).bornOn(born)).verdict());
                }
            }
            Verdict expected = possible.size() == 1 ? possible.iterator().next() : MAY_APPLY;

            assertThat(Eligibility.assess(rule, Facts.on(on).aged(age)).verdict()).as("aged %d", age).isEqualTo(expected);
        }
    }

    private static int wholeYears(LocalDate born, LocalDate on) {
        int years = 0;
        while (!born.plusYears(years + 1).isAfter(on)) {
            years++;
        }
        return years;
    }
}
