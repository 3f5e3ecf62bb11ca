package app.onward.offer;

import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed-in checker: answered from the young person's own record, asking only what it does not say. */
@OnwardIntegrationTest
class MyEntitlementsTest {

    private static final String QUESTIONS = "{ mine { entitlementQuestions { page options { circumstance } } } }";
    private static final String CHECK = """
            query($answers: CheckerAnswers) { mine { entitlements(answers: $answers) {
              applies { entitlement { key } until } mayApply { entitlement { key } toCheck } doesNotApply { entitlement { key } } } } }""";

    @LocalServerPort
    int port;
    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    private static List<String> keys(JsonNode results) {
        return results.values().stream().map(result -> result.path("entitlement").path("key").asString()).toList();
    }

    @Test
    void shouldNotAskWhatTheRecordAlreadySays() {
        JsonNode pages = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, QUESTIONS, Map.of()).data().path("mine").path("entitlementQuestions");

        assertThat(pages.values()).extracting(page -> page.path("page").asString()).containsExactly("EDUCATION_AND_WORK", "HOME");
    }

    @Test
    void shouldAnswerFromTheRecordAndTheRestFromTheAnswersWithTheRecordWinning() {
        Map<String, Object> answers = Map.of("answers", Map.of(
                "dateOfBirth", "1990-01-01", "category", "ELIGIBLE",
                "circumstances", List.of(Map.of("circumstance", "LIVING_OUTSIDE_AUTHORITY", "applies", false),
                        Map.of("circumstance", "PARENT", "applies", true))));

        JsonNode check = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, CHECK, answers).data().path("mine").path("entitlements");

        // Tyler Mensah: 19, former relevant, living in Northmoor by his answer.
        assertThat(keys(check.path("applies"))).contains("council-tax-exemption", "personal-adviser", "leisure-pass");
        assertThat(keys(check.path("doesNotApply"))).contains("sixteen-to-nineteen-bursary");
        assertThat(keys(check.path("mayApply"))).contains("staying-put", "higher-education-bursary")
                .doesNotContain("council-tax-exemption");
        assertThat(check.path("mayApply").values()).allSatisfy(result -> assertThat(result.path("toCheck").values())
                .extracting(JsonNode::asString).doesNotContain("Your date of birth")
                .noneMatch(line -> line.startsWith("Whether you were in care")));
    }

    @Test
    void shouldCheckAgainstTheYoungPersonsOwnAuthority() {
        JsonNode check = graphql.as(DemoUser.WEALDSHIRE_CARE_LEAVER, CHECK, Map.of()).data().path("mine").path("entitlements");
        List<String> all = new java.util.ArrayList<>(keys(check.path("applies")));
        all.addAll(keys(check.path("mayApply")));
        all.addAll(keys(check.path("doesNotApply")));

        assertThat(all).contains("council-tax-help", "mobile-data").doesNotContain("council-tax-exemption", "leisure-pass");
    }

    @Test
    void shouldGiveStaffNoOwnEntitlements() {
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, CHECK, Map.of()).data().path("mine").isNull()).isTrue();
    }
}
