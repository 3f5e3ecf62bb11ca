package app.onward.portal.referral;

import app.onward.portal.caseload.UserError;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.referral.ReferralTerms.MentalHealthService;
import app.onward.portal.referral.ReferralTerms.ReferralStatus;
import app.onward.portal.referral.ReferralTerms.ReferralUrgency;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Mental-health referrals through the backend's GraphQL API as the signed-in member of staff
 * (mentalhealth.graphqls). Every read of a referral is audited by the backend, so the pages ask only when they
 * show one. Every method throws {@link BackendException} when there is no answer.
 */
@Component
public class Referrals {

    private static final String OF_YOUNG_PERSON = """
            query Referrals($id: ID!) {
              youngPerson(id: $id) { id mayReadMentalHealthReferrals mentalHealthReferrals { ...referral } }
            }
            """ + Referral.FRAGMENT;

    private static final String WAITING_TOO_LONG = """
            query WaitingTooLong { referralsWaitingTooLong { ...referral youngPerson { id knownAs } } }
            """ + Referral.FRAGMENT;

    private static final String PAYLOAD = "{ referral { ...referral } " + UserError.FIELDS + " }";

    private static final String START = "mutation Start($input: StartMentalHealthReferralInput!) {"
            + " startMentalHealthReferral(input: $input) " + PAYLOAD + " }\n" + Referral.FRAGMENT;

    private static final String UPDATE = "mutation Update($input: UpdateMentalHealthReferralInput!) {"
            + " updateMentalHealthReferral(input: $input) " + PAYLOAD + " }\n" + Referral.FRAGMENT;

    private static final String RECORD_STATUS = "mutation Status($input: RecordReferralStatusInput!) {"
            + " recordReferralStatus(input: $input) " + PAYLOAD + " }\n" + Referral.FRAGMENT;

    private static final String THRESHOLDS = "{ authoritySettings { referralWaitThresholds { urgency days } } }";

    private static final String SET_THRESHOLDS = """
            mutation Thresholds($input: SetReferralWaitThresholdsInput!) {
              setReferralWaitThresholds(input: $input) { settings { referralWaitThresholds { urgency days } } %s }
            }""".formatted(UserError.FIELDS);

    private final SignedInBackend backend;

    Referrals(SignedInBackend backend) {
        this.backend = backend;
    }

    /** Empty when the young person is not one this member of staff may open. */
    public Optional<OfYoungPerson> of(String youngPersonId) {
        return backend.fetch(OF_YOUNG_PERSON, Map.of("id", youngPersonId), "youngPerson", OfYoungPerson.class);
    }

    public List<Referral> waitingTooLong() {
        return backend.fetchList(WAITING_TOO_LONG, Map.of(), "referralsWaitingTooLong", Referral.class);
    }

    public Payload start(String youngPersonId, Details details) {
        Map<String, Object> input = details.asInput();
        input.put("youngPersonId", youngPersonId);
        return mutate(START, "startMentalHealthReferral", input, Payload.class);
    }

    public Payload update(String referralId, int version, Details details) {
        Map<String, Object> input = details.asInput();
        input.put("referralId", referralId);
        input.put("version", version);
        return mutate(UPDATE, "updateMentalHealthReferral", input, Payload.class);
    }

    /** @param reason null when none was given */
    public Payload recordStatus(String referralId, int version, ReferralStatus status, LocalDate on, String reason) {
        var input = new HashMap<String, Object>();
        input.put("referralId", referralId);
        input.put("version", version);
        input.put("status", status.name());
        input.put("on", on == null ? null : on.toString());
        input.put("reason", reason);
        return mutate(RECORD_STATUS, "recordReferralStatus", input, Payload.class);
    }

    public List<Threshold> thresholds() {
        return backend.fetch(THRESHOLDS, Map.of(), "authoritySettings", Settings.class)
                .map(Settings::referralWaitThresholds).orElse(List.of());
    }

    /** @param days null for a field left empty: the backend says it is needed */
    public ThresholdsPayload setThresholds(Map<ReferralUrgency, Integer> days) {
        List<Map<String, Object>> thresholds = days.entrySet().stream().map(entry -> {
            var threshold = new HashMap<String, Object>();
            threshold.put("urgency", entry.getKey().name());
            threshold.put("days", entry.getValue());
            return (Map<String, Object>) threshold;
        }).toList();
        return mutate(SET_THRESHOLDS, "setReferralWaitThresholds", Map.of("thresholds", thresholds),
                ThresholdsPayload.class);
    }

    private <T> T mutate(String document, String mutation, Map<String, Object> input, Class<T> payload) {
        return backend.fetch(document, Map.of("input", input), mutation, payload).orElseThrow(() ->
                new BackendException(BackendProblem.INTERNAL, "No payload from " + mutation, null));
    }

    /** A referral's details as typed: what starting one sends, and what changing them sends again. */
    public record Details(MentalHealthService service, String serviceName, String reason, ReferralUrgency urgency,
                          Referral.Consent consent, boolean knownToCamhsBefore18, boolean transitionFromCamhs) {

        Map<String, Object> asInput() {
            var input = new HashMap<String, Object>();
            input.put("service", service.name());
            input.put("serviceName", service.needsName() ? serviceName : null);
            input.put("reason", reason);
            input.put("urgency", urgency.name());
            if (consent != null) {
                input.put("consent", Map.of("givenBy", consent.givenBy().name(), "givenOn", consent.givenOn().toString(),
                        "how", consent.how().name()));
            }
            input.put("knownToCamhsBefore18", knownToCamhsBefore18);
            input.put("transitionFromCamhs", transitionFromCamhs);
            return input;
        }
    }

    /** What may be read of a young person's referrals; the list is empty when {@code mayRead} is false. */
    public record OfYoungPerson(String id, boolean mayReadMentalHealthReferrals, List<Referral> mentalHealthReferrals) {}

    public record Payload(Referral referral, List<UserError> userErrors) {

        /** Someone saved the referral since it was read: nothing was saved. */
        public Optional<UserError> conflict() {
            return userErrors.stream().filter(error -> "CONFLICT".equals(error.code())).findFirst();
        }
    }

    public record Threshold(ReferralUrgency urgency, int days) {}

    record Settings(List<Threshold> referralWaitThresholds) {}

    public record ThresholdsPayload(Settings settings, List<UserError> userErrors) {}
}
