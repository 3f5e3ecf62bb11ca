package app.onward.offer;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class PlainEnglishTest {

    @ParameterizedTest(name = "\"{0}\" suggests \"{1}\"")
    @CsvSource(delimiter = '|', value = {
            "Every care leaver can apply.                       | care-experienced young person",
            "Ask your PA for the form.                          | personal adviser",
            "For LAC and care leavers over 18.                  | children in care",
            "Prior to moving, tell us.                          | before",
            "Help if you are in receipt of Universal Credit.    | getting",
            "Support finding accommodation.                     | home, or somewhere to live",
            "Your placement ends at 18.                         | home"})
    void shouldFlagJargonWithAPlainerWord(String summary, String plainer) {
        assertThat(PlainEnglish.adviceOn(summary)).anySatisfy(advice -> {
            assertThat(advice.kind()).isEqualTo("JARGON");
            assertThat(advice.suggestion()).contains(plainer);
        });
    }

    @ParameterizedTest(name = "\"{0}\" reads fine")
    @ValueSource(strings = {
            "At least £3,000 to buy what you need for your first home.",
            "We pay for your broadband for a year.",
            "Ask your personal adviser how to apply.",
            "Pay nothing for the bus until you are 21."})
    void shouldNotFlagPlainWords(String summary) {
        assertThat(PlainEnglish.adviceOn(summary)).isEmpty();
    }

    @Test
    void shouldFlagASentenceOfMoreThanTwentyFiveWords() {
        String longOne = "If you live in the county and you are under twenty-five and you are care-experienced then you can ask "
                + "your district council to take your council tax off your bill for the whole year.";

        assertThat(PlainEnglish.adviceOn("Short one first. " + longOne)).singleElement().satisfies(advice -> {
            assertThat(advice.kind()).isEqualTo("LONG_SENTENCE");
            assertThat(advice.excerpt()).isEqualTo("If you live in the county and you …");
            assertThat(advice.suggestion()).startsWith("This sentence has 34 words.");
        });
    }

    @Test
    void shouldGiveNoAdviceOnNothing() {
        assertThat(PlainEnglish.adviceOn(null)).isEmpty();
        assertThat(PlainEnglish.adviceOn("  ")).isEmpty();
    }
}
