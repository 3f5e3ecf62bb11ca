package app.onward.offer;

import app.onward.clock.Today;
import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tag;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The signed-out checker, through the public API: only the questions the rules need, and a verdict for each. */
@OnwardIntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class EntitlementCheckerTest {

    private static final String QUESTIONS = """
            query($authority: String!) { checkerQuestions(authority: $authority) {
              page question hint options { circumstance label } } }""";
    private static final String CHECK = """
            query($authority: String!, $answers: CheckerAnswers!) { entitlementCheck(authority: $authority, answers: $answers) {
              offerVersion checkedOn
              applies { ...Checked } mayApply { ...Checked } doesNotApply { ...Checked } } }
            fragment Checked on CheckedEntitlement { entitlement { key title } verdict reasons toCheck from until }""";

    @LocalServerPort
    int port;
    @Autowired
    Today today;
    @Autowired
    MeterRegistry meters;
    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    @Test
    void shouldAskOnlyWhatNorthmoorsRulesNeedOnePageEach() {
        JsonNode pages = graphql.anonymous(QUESTIONS, Map.of("authority", "northmoor")).data().path("checkerQuestions");

        assertThat(pages.values()).extracting(page -> page.path("page").asString())
                .containsExactly("DATE_OF_BIRTH", "CATEGORY", "EDUCATION_AND_WORK", "HOME");
        assertThat(options(pages.get(2))).containsExactly("IN_HIGHER_EDUCATION", "IN_FURTHER_EDUCATION", "ON_APPRENTICESHIP");
        assertThat(options(pages.get(3))).containsExactly("LIVING_OUTSIDE_AUTHORITY", "STAYING_PUT", "SETTING_UP_HOME");
        assertThat(pages.get(3).path("options").get(1).path("label").asString())
                .isEqualTo("I still live with my foster carers after turning 18");
        assertThat(pages.get(0).path("question").asString()).isEqualTo("What is your date of birth?");
    }

    @Test
    void shouldAskAboutWorkOnlyWhereAnAuthoritysRulesDo() {
        JsonNode pages = graphql.anonymous(QUESTIONS, Map.of("authority", "wealdshire")).data().path("checkerQuestions");

        assertThat(pages.values()).hasSizeLessThanOrEqualTo(7);
        assertThat(options(pages.get(2))).contains("IN_WORK");
    }

    @Test
    void shouldSayWhatAppliesWhatMayApplyAndWhatDoesNotWithReasons() {
        LocalDate nineteen = today.date().minusYears(19).minusDays(10);
        JsonNode check = graphql.anonymous(CHECK, Map.of("authority", "northmoor", "answers", Map.of(
                "dateOfBirth", nineteen.toString(), "category", "FORMER_RELEVANT",
                "circumstances", List.of(Map.of("circumstance", "LIVING_OUTSIDE_AUTHORITY", "applies", false),
                        Map.of("circumstance", "SETTING_UP_HOME", "applies", true),
                        Map.of("circumstance", "IN_HIGHER_EDUCATION", "applies", false))))).data().path("entitlementCheck");

        assertThat(keys(check.path("applies"))).contains("council-tax-exemption", "setting-up-home-allowance", "free-wifi",
                "personal-adviser", "leisure-pass", "universal-credit-before-eighteen");
        JsonNode councilTax = find(check.path("applies"), "council-tax-exemption");
        assertThat(councilTax.path("until").asString()).isEqualTo(nineteen.plusYears(25).minusDays(1).toString());

        assertThat(keys(check.path("mayApply"))).contains("staying-put", "apprenticeship-bursary");
        assertThat(find(check.path("mayApply"), "staying-put").path("toCheck").values()).extracting(JsonNode::asString)
                .containsExactly("Whether you still live with your foster carers after turning 18 (staying put)");

        assertThat(keys(check.path("doesNotApply"))).contains("higher-education-bursary", "sixteen-to-nineteen-bursary");
        assertThat(find(check.path("doesNotApply"), "sixteen-to-nineteen-bursary").path("reasons").get(0).asString())
                .startsWith("This is for care-experienced young people up to their 19th birthday.");
        assertThat(check.path("checkedOn").asString()).isEqualTo(today.date().toString());
        assertThat(check.path("offerVersion").asInt()).isPositive();
    }

    @Test
    void shouldSayEverythingMayApplyWhenNothingIsKnownYet() {
        JsonNode check = graphql.anonymous(CHECK, Map.of("authority", "wealdshire", "answers", Map.of()))
                .data().path("entitlementCheck");

        assertThat(check.path("applies").values()).isEmpty();
        assertThat(check.path("doesNotApply").values()).isEmpty();
        assertThat(check.path("mayApply").values()).allSatisfy(result ->
                assertThat(result.path("toCheck").values()).extracting(JsonNode::asString).contains("Your date of birth"));
    }

    @Test
    void shouldRefuseADateOfBirthInTheFutureWithoutRepeatingIt() {
        String tomorrow = today.date().plusDays(1).toString();
        GraphQlHttp.Response response = graphql.anonymous(CHECK, Map.of("authority", "northmoor",
                "answers", Map.of("dateOfBirth", tomorrow)));

        assertThat(response.errors().get(0).path("extensions").path("code").asString()).isEqualTo("INVALID_INPUT");
        assertThat(response.errors().get(0).path("extensions").path("field").asString()).isEqualTo("answers.dateOfBirth");
        assertThat(response.errors().get(0).path("message").asString()).isEqualTo("Enter a date of birth in the past");
        assertThat(response.body()).doesNotContain(tomorrow);
    }

    @Test
    void shouldNeverLogTheAnswers(CapturedOutput output) {
        String dateOfBirth = today.date().minusYears(20).minusDays(123).toString();
        graphql.anonymous(CHECK, Map.of("authority", "northmoor", "answers", Map.of("dateOfBirth", dateOfBirth, "category", "QUALIFYING")));
        graphql.anonymous(CHECK, Map.of("authority", "northmoor", "answers", Map.of("dateOfBirth", "not a date")));

        assertThat(output.getAll()).doesNotContain(dateOfBirth).doesNotContain("not a date");
    }

    @Test
    void shouldTimeEachEvaluationUnderItsAuthorityAndNothingOfTheAnswers() {
        double before = evaluations("wealdshire");
        String dateOfBirth = today.date().minusYears(20).minusDays(45).toString();

        graphql.anonymous(CHECK, Map.of("authority", "wealdshire", "answers", Map.of("dateOfBirth", dateOfBirth, "category", "RELEVANT")));
        graphql.anonymous(CHECK, Map.of("authority", "nowhere", "answers", Map.of("age", 20)));

        assertThat(evaluations("wealdshire")).isEqualTo(before + 1);
        assertThat(meters.find(EntitlementChecker.EVALUATION).meters()).isNotEmpty().allSatisfy(meter -> {
            assertThat(meter.getId().getTags()).extracting(Tag::getKey).containsOnly("authority");
            assertThat(meter.getId().getTag("authority")).isIn("northmoor", "wealdshire");
        });
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @CrossTenantCase({"checkerQuestions", "entitlementCheck"})
    void shouldCheckAgainstTheAuthorityAskedAboutWhoeverAsks(DemoUser user) {
        String other = user.authority().equals("northmoor") ? "wealdshire" : "northmoor";
        Map<String, Object> answers = Map.of("authority", other, "answers", Map.of("age", 20));

        JsonNode theirs = graphql.as(user, CHECK, answers).data().path("entitlementCheck");
        assertThat(theirs).isEqualTo(graphql.anonymous(CHECK, answers).data().path("entitlementCheck"));
        List<String> all = new ArrayList<>(keys(theirs.path("applies")));
        all.addAll(keys(theirs.path("mayApply")));
        all.addAll(keys(theirs.path("doesNotApply")));
        assertThat(all).contains(other.equals("northmoor") ? "council-tax-exemption" : "council-tax-help")
                .doesNotContain(other.equals("northmoor") ? "council-tax-help" : "council-tax-exemption");
        assertThat(graphql.as(user, QUESTIONS, Map.of("authority", other)).data())
                .isEqualTo(graphql.anonymous(QUESTIONS, Map.of("authority", other)).data());
    }

    private static List<String> options(JsonNode page) {
        return page.path("options").values().stream().map(option -> option.path("circumstance").asString()).toList();
    }

    private static List<String> keys(JsonNode results) {
        return results.values().stream().map(result -> result.path("entitlement").path("key").asString()).toList();
    }

    private static JsonNode find(JsonNode results, String key) {
        return results.values().stream().filter(result -> result.path("entitlement").path("key").asString().equals(key))
                .findFirst().orElseThrow(() -> new AssertionError("No " + key));
    }

    private double evaluations(String authority) {
        Timer timer = meters.find(EntitlementChecker.EVALUATION).tag("authority", authority).timer();
        return timer == null ? 0 : timer.count();
    }
}
