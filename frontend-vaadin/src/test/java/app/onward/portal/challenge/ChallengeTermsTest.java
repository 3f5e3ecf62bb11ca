package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeTerms.Status;
import app.onward.portal.challenge.ChallengeTerms.Step;
import app.onward.portal.challenge.ChallengeTerms.Theme;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The portal's words for the challenge contract: one for every value the contract has, and no others. */
class ChallengeTermsTest {

    private static final Path CONTRACT = Path.of("../backend/src/main/resources/graphql/challenge.graphqls");

    static Stream<Arguments> enums() {
        return Stream.of(
                Arguments.of("ChallengeTheme", Theme.values()),
                Arguments.of("ChallengeStatus", Status.values()),
                Arguments.of("ChallengeStep", Step.values()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void shouldHaveWordsForExactlyTheContractsValuesInItsOrder(String contractEnum, Enum<?>[] portalValues)
            throws IOException {
        assertThat(Arrays.stream(portalValues).map(Enum::name).toList()).isEqualTo(valuesOf(contractEnum));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("enums")
    void shouldSayEveryValueInWordsNotCodes(String contractEnum, Enum<?>[] portalValues) {
        for (Enum<?> value : portalValues) {
            String words = switch (value) {
                case Theme theme -> theme.words();
                case Status status -> status.words() + " " + status.waitingFor();
                case Step step -> step.words() + " " + step.done();
                default -> throw new IllegalArgumentException(value.toString());
            };
            assertThat(words).as(value.name()).isNotBlank().doesNotContain("_");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("stepMutations")
    void shouldTakeEachStepWithAMutationOfTheContract(Step step) throws IOException {
        assertThat(Files.readString(CONTRACT)).contains("  " + step.mutation() + "(input: " + step.inputType() + "!)");
    }

    static Stream<Step> stepMutations() {
        return Arrays.stream(Step.values());
    }

    @ParameterizedTest
    @CsvSource({
            "0, Nothing is waiting.",
            "1, 1 challenge is waiting for you.",
            "2, 2 challenges are waiting for you.",
            "12, 12 challenges are waiting for you."})
    void shouldCountWhatIsWaitingInWords(int count, String words) {
        assertThat(WaitingChallenges.countInWords(count)).isEqualTo(words);
    }

    /** The values of {@code enum Name { A B C }} in the contract, in order. */
    private static List<String> valuesOf(String contractEnum) throws IOException {
        Matcher found = Pattern.compile("enum " + contractEnum + "\\s*\\{([^}]*)}", Pattern.DOTALL)
                .matcher(Files.readString(CONTRACT));
        assertThat(found.find()).as("enum %s in the contract", contractEnum).isTrue();
        return Arrays.stream(found.group(1).trim().split("\\s+")).toList();
    }
}
