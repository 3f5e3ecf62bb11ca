package app.onward.offer;

import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.WhoQualifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class QualifyingInWordsTest {

    @ParameterizedTest(name = "from {0} ({1} days before) until {2}: {3}")
    @CsvSource(delimiter = '|', nullValues = "-", value = {
            "16 | 0  | 25 | are aged 16 to 24, up to their 25th birthday",
            "18 | 0  | 21 | are aged 18 to 20, up to their 21st birthday",
            "18 | 0  | -  | are 18 or over",
            "18 | 28 | -  | are within 28 days of their 18th birthday, or older",
            "18 | 28 | 22 | are within 28 days of their 18th birthday, or older, up to their 22nd birthday"})
    void shouldSayTheAgesInWords(int fromAge, int daysBefore, Integer untilAge, String words) {
        assertThat(QualifyingInWords.age(new AgeRange(fromAge, daysBefore, untilAge))).isEqualTo(words);
    }

    @Test
    void shouldSayEachRuleOnALineOfItsOwnInTheCheckersWords() {
        WhoQualifies councilTax = new WhoQualifies(AgeRange.between(18, 25), Set.of(CareLeaverCategory.FORMER_RELEVANT),
                Map.of(Circumstance.LIVING_OUTSIDE_AUTHORITY, false));

        assertThat(QualifyingInWords.of(councilTax)).containsExactly(
                "are aged 18 to 24, up to their 25th birthday",
                "are 18 or over and were in care at 16 or 17",
                "live in the council's area");
    }

    @Test
    void shouldJoinSeveralCategoriesAsAlternativesInTheirOwnOrder() {
        assertThat(QualifyingInWords.categories(Set.of(CareLeaverCategory.RELEVANT, CareLeaverCategory.ELIGIBLE)))
                .isEqualTo("are 16 or 17 and still in care, or are 16 or 17 and have left care");
    }

    @Test
    void shouldNotMentionCategoriesWhenAnyWillDo() {
        assertThat(QualifyingInWords.of(new WhoQualifies(AgeRange.between(16, 25), EnumSet.allOf(CareLeaverCategory.class), Map.of())))
                .containsExactly("are aged 16 to 24, up to their 25th birthday");
    }

    @ParameterizedTest
    @EnumSource(Circumstance.class)
    void shouldReadPlainlyForEveryCircumstanceEitherWay(Circumstance circumstance) {
        assertThat(circumstance.who(true)).isNotEqualTo(circumstance.who(false));
        assertThat(PlainEnglish.adviceOn(QualifyingInWords.LEAD + " " + circumstance.who(true) + ".")).isEmpty();
        assertThat(PlainEnglish.adviceOn(QualifyingInWords.LEAD + " " + circumstance.who(false) + ".")).isEmpty();
    }
}
