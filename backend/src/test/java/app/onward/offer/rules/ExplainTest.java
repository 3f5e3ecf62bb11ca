package app.onward.offer.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static app.onward.offer.rules.CareLeaverCategory.ELIGIBLE;
import static app.onward.offer.rules.CareLeaverCategory.FORMER_RELEVANT;
import static app.onward.offer.rules.CareLeaverCategory.RELEVANT;
import static org.assertj.core.api.Assertions.assertThat;

class ExplainTest {

    static Stream<Arguments> texts() {
        return Stream.of(
                Arguments.of(new Unmet.TooYoung(18, 28, LocalDate.of(2027, 3, 1)),
                        "You can get this from 1 March 2027, 28 days before your 18th birthday."),
                Arguments.of(new Unmet.TooYoung(16, 0, LocalDate.of(2024, 6, 15)),
                        "You can get this from 15 June 2024, your 16th birthday."),
                Arguments.of(new Unmet.TooYoung(21, 1, null), "You can get this from 1 day before your 21st birthday."),
                Arguments.of(new Unmet.TooYoung(18, 28, null), "You can get this from 28 days before your 18th birthday."),
                Arguments.of(new Unmet.TooOld(25, LocalDate.of(2033, 6, 14)),
                        "This is for care-experienced young people up to their 25th birthday. Your last day for it was 14 June 2033."),
                Arguments.of(new Unmet.TooOld(22, null), "This is for care-experienced young people up to their 22nd birthday."),
                Arguments.of(new Unmet.NotInCategory(Set.of(FORMER_RELEVANT)),
                        "This is only for care-experienced young people who are 18 or over and were in care at 16 or 17."),
                Arguments.of(new Unmet.NotInCategory(Set.of(RELEVANT, ELIGIBLE)),
                        "This is only for care-experienced young people who are 16 or 17 and still in care, "
                                + "or who are 16 or 17 and have left care."),
                Arguments.of(new Unmet.CircumstanceNotMet(Circumstance.IN_HIGHER_EDUCATION, true),
                        "This is for care-experienced young people who are at university or in other higher education."),
                Arguments.of(new Unmet.CircumstanceNotMet(Circumstance.LIVING_OUTSIDE_AUTHORITY, false),
                        "This is for care-experienced young people who live in the council's area."));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("texts")
    void shouldExplainInPlainWordsWithUkDates(Unmet unmet, String text) {
        assertThat(unmet.explain()).isEqualTo(text);
    }

    @Test
    void shouldExplainWhenUniversalCreditStartsForSomeoneNotYetEligible() {
        WhoQualifies universalCredit = new WhoQualifies(new AgeRange(18, 28, null), Set.of(), Map.of());
        Facts facts = Facts.on(LocalDate.of(2027, 1, 10)).bornOn(LocalDate.of(2009, 3, 29));

        assertThat(Eligibility.assess(universalCredit, facts).unmet()).singleElement().extracting(Unmet::explain)
                .isEqualTo("You can get this from 1 March 2027, 28 days before your 18th birthday.");
    }

    static Stream<Arguments> everyWayOfEveryPart() {
        Stream<Unmet> circumstances = Stream.of(Circumstance.values()).flatMap(circumstance -> Stream.of(
                new Unmet.CircumstanceNotMet(circumstance, true), new Unmet.CircumstanceNotMet(circumstance, false)));
        Stream<Unmet> categories = Stream.of(CareLeaverCategory.values()).map(category -> new Unmet.NotInCategory(Set.of(category)));
        return Stream.concat(circumstances, categories).map(Arguments::of);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyWayOfEveryPart")
    void shouldSpeakOfCareExperiencedYoungPeopleNotCareLeavers(Unmet unmet) {
        assertThat(unmet.explain())
                .startsWith("This is ")
                .contains("care-experienced young people who ")
                .doesNotContainIgnoringCase("care leaver")
                .endsWith(".")
                .doesNotContain("..");
    }

    @Test
    void shouldSayEachCircumstanceDifferentlyWhenNeededAndWhenNot() {
        for (Circumstance circumstance : Circumstance.values()) {
            assertThat(new Unmet.CircumstanceNotMet(circumstance, true).explain())
                    .isNotEqualTo(new Unmet.CircumstanceNotMet(circumstance, false).explain());
        }
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"1, 1st", "2, 2nd", "3, 3rd", "4, 4th", "11, 11th", "12, 12th", "13, 13th", "16, 16th", "21, 21st",
            "22, 22nd", "23, 23rd", "25, 25th", "101, 101st", "111, 111th"})
    void shouldWriteOrdinalsAsPeopleSayThem(int n, String ordinal) {
        assertThat(Words.ordinal(n)).isEqualTo(ordinal);
    }
}
