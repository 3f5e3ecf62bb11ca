package app.onward.language.internal;

import app.onward.language.LanguageFlag;
import app.onward.language.LanguageTerm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

class TermMatcherTest {

    private static final TermMatcher NATIONAL = TermMatcher.of(NationalTerms.ALL);

    /** text | what is flagged, as "found@start-end:suggestion", joined by ';' (empty when nothing is). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '"', nullValues = "-", textBlock = """
            Contact with mum on Saturdays            | Contact@0-7:family time
            Supervised contact every month           | Supervised contact@0-18:time with family
            She moved to a foster placement          | foster placement@15-31:foster home
            Two placements last year                 | placements@4-14:home
            Tyler was LAC until 18                   | LAC@10-13:children in care
            A looked-after child                     | looked-after child@2-20:child in care
            He absconded twice                       | absconded@3-12:went missing
            Respite with the Browns                  | Respite@0-7:short break
            Challenging behaviour at school          | Challenging behaviour@0-21:finding things difficult
            Sees his siblings weekly                 | siblings@9-17:brothers and sisters
            Sees his sibling weekly                  | sibling@9-16:brothers and sisters
            She refused to come                      | refused@4-11:chose not to
            Kicking off at the hostel                | Kicking off@0-11:was upset
            Attention seeking                        | Attention seeking@0-17:needing attention
            'attention-seeking' again                | attention-seeking@1-18:needing attention
            Contacts and placements                  | Contacts@0-8:family time;placements@13-23:home
            Contacted the college                    | -
            The contactless card                     | -
            Her status is settled                    | -
            A placement breakdown in May             | placement breakdown@2-21:moving home
            CONTACT                                  | CONTACT@0-7:family time
            """)
    void shouldFlagWholeWordsAndPhrasesLongestFirstWithOffsets(String text, String expected) {
        List<String> flags = NATIONAL.check(text).stream()
                .map(flag -> flag.found() + "@" + flag.start() + "-" + flag.end() + ":" + flag.suggestion())
                .toList();
        assertThat(flags).containsExactlyElementsOf(expected == null ? List.of() : List.of(expected.split(";")));
    }

    @Test
    void shouldGiveOffsetsThatPointAtTheWordsInTheText() {
        String text = "We talked about respite and the placement.";
        for (LanguageFlag flag : NATIONAL.check(text)) {
            assertThat(text.substring(flag.start(), flag.end())).isEqualTo(flag.found());
        }
        assertThat(NATIONAL.check(text)).hasSize(2);
    }

    @Test
    void shouldLetTheAuthoritysOwnTermReplaceANationalOne() {
        LanguageTerm local = new LanguageTerm(UUID.randomUUID(), "Contact", "time with family", "Our young people chose it", true);
        TermMatcher matcher = TermMatcher.of(java.util.stream.Stream.concat(NationalTerms.ALL.stream(), java.util.stream.Stream.of(local)).toList());
        assertThat(matcher.check("contact on Friday")).singleElement()
                .extracting(LanguageFlag::suggestion).isEqualTo("time with family");
    }

    @Test
    void shouldFindNothingInEmptyText() {
        assertThat(NATIONAL.check("")).isEmpty();
        assertThat(NATIONAL.check(null)).isEmpty();
    }

    @Test
    void shouldStartFromAtLeastTwentyFiveNationalTermsEachExplained() {
        assertThat(NationalTerms.ALL).hasSizeGreaterThanOrEqualTo(25)
                .allSatisfy(term -> assertThat(term.explanation()).isNotBlank());
    }

    @ParameterizedTest
    @CsvSource({"placements,placement", "families,family", "breaches,breach", "status,status", "class,class",
            "crisis,crisis", "bus,bus", "children's,children's"})
    void shouldReduceAWordToItsSingularOnlyWhenItIsAPlural(String word, String singular) {
        assertThat(TermMatcher.singular(word)).isEqualTo(singular);
    }
}
