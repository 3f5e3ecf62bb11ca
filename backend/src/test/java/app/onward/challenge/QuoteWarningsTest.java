package app.onward.challenge;

import app.onward.challenge.QuoteWarnings.KnownNames;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What a quote warns about, and what it must not: young people talk about numbers, dates, money, roads and
 * everyday words that are also names. A warning never repeats what matched, nor says whose name it is.
 */
class QuoteWarningsTest {

    /** The young people this authority knows (as in the demo: Tyler Hughes, known as Ty; Will Brown; Grace Okoro). */
    private static final KnownNames KNOWN = new KnownNames(Set.of("Tyler", "Ty", "Will", "Grace", "Mohammed", "Chloe"),
            Set.of("Tyler Hughes", "Ty Hughes", "Will Brown", "Grace Okoro", "Mohammed Ali", "Chloe Evans"));

    static Stream<Arguments> quotes() {
        return Stream.of(
                // Phone numbers: UK mobiles and landlines, with spaces, +44, brackets, dashes.
                Arguments.of("Ring me on 07700 900123 any time", "PHONE_NUMBER"),
                Arguments.of("my number is 07700900123", "PHONE_NUMBER"),
                Arguments.of("text +44 7700 900 123 after 6", "PHONE_NUMBER"),
                Arguments.of("+447700900123", "PHONE_NUMBER"),
                Arguments.of("the office is (0113) 496 0100", "PHONE_NUMBER"),
                Arguments.of("call 0113-496-0100", "PHONE_NUMBER"),
                Arguments.of("020 7946 0018 is the housing line", "PHONE_NUMBER"),
                Arguments.of("+44 (0)20 7946 0018", "PHONE_NUMBER"),
                // Emails.
                Arguments.of("email me at ty.h@example.com", "EMAIL"),
                Arguments.of("my email: someone+care@mail.example.org!", "EMAIL"),
                // Postcodes.
                Arguments.of("I live near LS1 4AP", "POSTCODE"),
                Arguments.of("moved to M14 5RQ last year", "POSTCODE"),
                Arguments.of("sw1a 1aa is where I stay", "POSTCODE"),
                Arguments.of("my flat is in B33 8TH", "POSTCODE"),
                // Street addresses.
                Arguments.of("I live at 12 Acacia Road and it is freezing", "STREET_ADDRESS"),
                Arguments.of("They put me in 3b Mill Lane", "STREET_ADDRESS"),
                Arguments.of("45 Queen Victoria Street has no heating", "STREET_ADDRESS"),
                Arguments.of("Flat 3, the block by the station", "STREET_ADDRESS"),
                Arguments.of("Apartment 14 leaks", "STREET_ADDRESS"),
                Arguments.of("7 The Crescent is mouldy", "STREET_ADDRESS"),
                // Names of young people known to the authority.
                Arguments.of("Tyler said the same thing happened to him", "YOUNG_PERSONS_NAME"),
                Arguments.of("me and Grace waited months", "YOUNG_PERSONS_NAME"),
                Arguments.of("ask Ty, he knows", "YOUNG_PERSONS_NAME"),
                Arguments.of("my friend will brown was moved too", "YOUNG_PERSONS_NAME"),
                Arguments.of("GRACE OKORO had it worse", "YOUNG_PERSONS_NAME"),
                Arguments.of("I went with Will to the meeting", "YOUNG_PERSONS_NAME"),
                Arguments.of("\"Mohammed was told no\"", "YOUNG_PERSONS_NAME"),
                // Nothing to warn about.
                Arguments.of("I waited 7 months for a first appointment", null),
                Arguments.of("In 2023 we were told 12 weeks, then 26 weeks", null),
                Arguments.of("The grant was £2,000 and that is not enough", null),
                Arguments.of("Between 1 and 3 times a week", null),
                Arguments.of("I'm 19 and have moved 4 times since I was 16", null),
                Arguments.of("the 2 buses on the road are always late", null),
                Arguments.of("my flat 3 weeks ago had no hot water", null),
                Arguments.of("Will anyone ever reply to us?", null),
                Arguments.of("Grace periods for rent arrears should be longer.", null),
                Arguments.of("we will keep asking", null),
                Arguments.of("the M62 is closed again", null),
                Arguments.of("covid19 made everything slower", null),
                Arguments.of("I emailed them @ the council but no reply", null),
                Arguments.of("Nobody asked what I wanted.", null),
                Arguments.of("My PA is great but she has 30 young people", null),
                Arguments.of("tyler is a cool name but nobody here has it", null),
                Arguments.of("Brown envelopes frighten me", null),
                Arguments.of("Reference 1234567 on my letter", null));
    }

    @ParameterizedTest(name = "{0} → {1}")
    @MethodSource("quotes")
    void shouldWarnOnlyAboutWhatMayIdentifySomeone(String quote, String kind) {
        List<QuoteWarning> warnings = QuoteWarnings.check(List.of("Nothing here.", quote), KNOWN);

        assertThat(warnings).extracting(QuoteWarning::kind).isEqualTo(kind == null ? List.of() : List.of(kind));
        for (QuoteWarning warning : warnings) {
            assertThat(warning.quote()).isEqualTo(1);
            assertThat(warning.message()).startsWith("Quote 2 may ");
            assertThat(warning.message().replaceFirst("Quote 2", "")).doesNotContainPattern("\\d").doesNotContain("@");
            assertThat(List.of(warning.message().toLowerCase(Locale.UK).split("[^\\p{L}]+")))
                    .as("names no young person").doesNotContainAnyElementsOf(KNOWN.firstNames());
        }
    }

    @org.junit.jupiter.api.Test
    void shouldWarnOncePerKindForEachQuoteThatHoldsIt() {
        List<QuoteWarning> warnings = QuoteWarnings.check(List.of("Fine words.",
                "Tyler at 12 Acacia Road, LS1 4AP, 07700 900123, ty@example.com, or Tyler Hughes on 07700 900456"), KNOWN);

        assertThat(warnings).extracting(QuoteWarning::quote, QuoteWarning::kind).containsExactly(
                org.assertj.core.groups.Tuple.tuple(1, "PHONE_NUMBER"), org.assertj.core.groups.Tuple.tuple(1, "EMAIL"),
                org.assertj.core.groups.Tuple.tuple(1, "POSTCODE"), org.assertj.core.groups.Tuple.tuple(1, "STREET_ADDRESS"),
                org.assertj.core.groups.Tuple.tuple(1, "YOUNG_PERSONS_NAME"));
    }

    @ParameterizedTest
    @MethodSource("quotes")
    void shouldNotWarnAboutNamesWhenTheAuthorityKnowsNoYoungPeople(String quote, String kind) {
        assertThat(QuoteWarnings.check(List.of(quote), KnownNames.NONE)).extracting(QuoteWarning::kind)
                .doesNotContain("YOUNG_PERSONS_NAME");
    }
}
