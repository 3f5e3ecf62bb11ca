package app.onward.portal.youngperson;

import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.offer.CheckerQuestion;
import app.onward.portal.offer.EntitlementCheck;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;

/**
 * What the signed-in young person can get, through the backend's {@code mine { entitlements }}: answered from
 * their own record, with their answers (never stored) for what the record does not say.
 */
@Component
class MyEntitlements {

    private static final String MINE = """
            query MyEntitlements($answers: CheckerAnswers) { mine {
              entitlementQuestions { page question hint options { circumstance label } }
              entitlements(answers: $answers) {
                offerVersion checkedOn
                applies { ...Checked } mayApply { ...Checked } doesNotApply { ...Checked } } } }
            fragment Checked on CheckedEntitlement {
              entitlement { id key title summary whatYouGet { description amountInWords cap } }
              reasons toCheck from until }""";

    record Mine(List<CheckerQuestion> entitlementQuestions, EntitlementCheck entitlements) {}

    private final SignedInBackend backend;

    MyEntitlements(SignedInBackend backend) {
        this.backend = backend;
    }

    /** @param circumstances each circumstance asked about and the answer; those not in it are unknown */
    Mine check(Map<String, Boolean> circumstances) {
        List<Map<String, Object>> answers = circumstances.entrySet().stream()
                .map(answer -> Map.<String, Object>of("circumstance", answer.getKey(), "applies", answer.getValue()))
                .toList();
        return backend.fetch(MINE, Map.of("answers", Map.of("circumstances", answers)), "mine", Mine.class).orElseThrow();
    }
}
