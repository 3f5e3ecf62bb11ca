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
            "16 | 0  | 25 | You are aged 16 to 24 (until your 25th birthday).",
            "18 | 0  | 21 | You are aged 18 to 20 (until your 21st birthday).",
            "18 | 0  | -  | You are 18 or over.",
            "18 | 28 | -  | You can get this from 28 days before your 18th birthday.",
            "18 | 28 | 22 | You can get this from 28 days before your 18th birthday, until your 22nd birthday."})
    void shouldSayTheAgesInWords(int fromAge, int daysBefore, Integer untilAge, String words) {
        assertThat(QualifyingInWords.age(new AgeRange(fromAge, daysBefore, untilAge))).isEqualTo(words);
    }

    @Test
    void shouldSayEachRuleOnItsOwnLineAddressedToTheYoungPerson() {
        WhoQualifies councilTax = new WhoQualifies(AgeRange.between(18, 25), Set.of(CareLeaverCategory.FORMER_RELEVANT),
                Map.of(Circumstance.LIVING_OUTSIDE_AUTHORITY, false));

        assertThat(QualifyingInWords.of(councilTax)).containsExactly(
                "You are aged 18 to 24 (until your 25th birthday).",
                "You were in care, or had left care, after your 16th birthday and you are now 18 or over.",
                "You live in the council's area.");
    }

    @Test
    void shouldJoinSeveralCategoriesAsAlternatives() {
        assertThat(QualifyingInWords.categories(Set.of(CareLeaverCategory.RELEVANT, CareLeaverCategory.ELIGIBLE)))
                .isEqualTo("One of these is true: you are 16 or 17 and still in care; or you are 16 or 17 and have left care.");
    }

    @Test
    void shouldNotMentionCategoriesWhenAnyWillDo() {
        assertThat(QualifyingInWords.of(new WhoQualifies(AgeRange.between(16, 25), EnumSet.allOf(CareLeaverCategory.class), Map.of())))
                .containsExactly("You are aged 16 to 24 (until your 25th birthday).");
    }

    @ParameterizedTest
    @EnumSource(Circumstance.class)
    void shouldHaveWordsForEveryCircumstanceEitherWay(Circumstance circumstance) {
        String yes = QualifyingInWords.circumstance(circumstance, true);
        String no = QualifyingInWords.circumstance(circumstance, false);
        assertThat(yes).startsWith("You ").endsWith(".").isNotEqualTo(no);
        assertThat(no).startsWith("You ").endsWith(".");
        assertThat(PlainEnglish.adviceOn(yes)).isEmpty();
    }
}
