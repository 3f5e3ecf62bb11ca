package app.onward.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The checker's load asks what young people ask: answers that differ where the rules turn. */
class CheckerRequestsTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldSendThePortalsQueryForTheAuthorityWithDatesOfBirthAroundTheBirthdaysRulesTurnOn() throws Exception {
        List<JsonNode> requests = parse(CheckerRequests.bodies("northmoor", TODAY, 2_000, 1));

        assertThat(requests).allSatisfy(request -> {
            assertThat(request.path("query").asText()).isEqualTo(CheckerRequests.QUERY);
            assertThat(request.path("variables").path("authority").asText()).isEqualTo("northmoor");
        });
        List<LocalDate> born = requests.stream().map(request -> request.path("variables").path("answers").path("dateOfBirth"))
                .filter(JsonNode::isTextual).map(date -> LocalDate.parse(date.asText())).toList();
        assertThat(born).allSatisfy(date -> assertThat(date).isBefore(TODAY));
        assertThat(born).anySatisfy(date -> assertThat(daysFromEighteenth(date)).isBetween(1L, 7L));
        assertThat(born).anySatisfy(date -> assertThat(daysFromEighteenth(date)).isBetween(-7L, -1L));
        assertThat(born).anySatisfy(date -> assertThat(daysFromEighteenth(date)).isZero());
        assertThat(requests).anySatisfy(request -> assertThat(request.path("variables").path("answers").has("age")).isTrue());
    }

    @Test
    void shouldAnswerEveryCategoryOrNoneAndEachCircumstanceYesNoOrNotAtAll() throws Exception {
        List<JsonNode> answers = parse(CheckerRequests.bodies("northmoor", TODAY, 2_000, 1)).stream()
                .map(request -> request.path("variables").path("answers")).toList();

        Set<String> categories = new HashSet<>();
        answers.forEach(answer -> categories.add(answer.path("category").asText("none")));
        assertThat(categories).containsExactlyInAnyOrder("ELIGIBLE", "RELEVANT", "FORMER_RELEVANT", "QUALIFYING", "none");
        Set<String> circumstances = new HashSet<>();
        answers.forEach(answer -> answer.path("circumstances")
                .forEach(given -> circumstances.add(given.path("circumstance").asText() + "=" + given.path("applies").asBoolean())));
        assertThat(circumstances).hasSize(2 * CheckerRequests.CIRCUMSTANCES.size());
        assertThat(answers).anySatisfy(answer -> assertThat(answer.path("circumstances").size())
                .isLessThan(CheckerRequests.CIRCUMSTANCES.size()));
        assertThat(answers.stream().distinct().count()).as("different answers").isGreaterThan(1_900);
    }

    @Test
    void shouldSendTheSameAnswersForTheSameSeed() {
        assertThat(CheckerRequests.bodies("wealdshire", TODAY, 100, 7)).isEqualTo(CheckerRequests.bodies("wealdshire", TODAY, 100, 7))
                .isNotEqualTo(CheckerRequests.bodies("wealdshire", TODAY, 100, 8));
    }

    private static long daysFromEighteenth(LocalDate born) {
        return ChronoUnit.DAYS.between(born.plusYears(18), TODAY);
    }

    private List<JsonNode> parse(List<String> bodies) throws Exception {
        List<JsonNode> parsed = new java.util.ArrayList<>();
        for (String body : bodies) {
            parsed.add(json.readTree(body));
        }
        return parsed;
    }
}
