package app.onward.portal.youngperson;

import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.offer.CheckerQuestion;
import app.onward.portal.offer.EntitlementCheck;
import org.springframework.stereotype.Component;

import app.onward.portal.pathwayplan.PlanModel.UserError;

import java.time.OffsetDateTime;
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
              entitlementClaims { entitlementKey status reason recordedAt }
              entitlements(answers: $answers) {
                offerVersion checkedOn
                applies { ...Checked } mayApply { ...Checked } doesNotApply { ...Checked } } } }
            fragment Checked on CheckedEntitlement {
              entitlement { id key title summary whatYouGet { description amountInWords cap } }
              reasons toCheck from until }""";

    private static final String RECORD = """
            mutation Claim($input: RecordEntitlementClaimInput!) { recordEntitlementClaim(input: $input) {
              claim { entitlementKey status reason recordedAt } userErrors { field message code } } }""";

    record Mine(List<CheckerQuestion> entitlementQuestions, List<Claim> entitlementClaims, EntitlementCheck entitlements) {}

    /** What the young person told us about claiming one entitlement, where it stands now. */
    record Claim(String entitlementKey, ClaimStatus status, String reason, OffsetDateTime recordedAt) {}

    enum ClaimStatus {
        APPLIED_FOR("I've applied", "You told us you applied"),
        RECEIVED("I've got it", "You told us you got it"),
        REFUSED("I was turned down", "You told us you were turned down");

        private final String choice;
        private final String toldUs;

        ClaimStatus(String choice, String toldUs) {
            this.choice = choice;
            this.toldUs = toldUs;
        }

        String choice() {
            return choice;
        }

        String toldUs() {
            return toldUs;
        }
    }

    record ClaimPayload(Claim claim, List<UserError> userErrors) {}

    private final SignedInBackend backend;

    MyEntitlements(SignedInBackend backend) {
        this.backend = backend;
    }

    ClaimPayload record(String entitlementKey, ClaimStatus status, String reason) {
        Map<String, Object> input = new java.util.HashMap<>(Map.of("entitlementKey", entitlementKey, "status", status.name()));
        if (reason != null && !reason.isBlank()) {
            input.put("reason", reason);
        }
        return backend.fetch(RECORD, Map.of("input", input), "recordEntitlementClaim", ClaimPayload.class).orElseThrow();
    }

    /** @param circumstances each circumstance asked about and the answer; those not in it are unknown */
    Mine check(Map<String, Boolean> circumstances) {
        List<Map<String, Object>> answers = circumstances.entrySet().stream()
                .map(answer -> Map.<String, Object>of("circumstance", answer.getKey(), "applies", answer.getValue()))
                .toList();
        return backend.fetch(MINE, Map.of("answers", Map.of("circumstances", answers)), "mine", Mine.class).orElseThrow();
    }
}
