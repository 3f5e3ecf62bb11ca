package app.onward.mentalhealth;

import java.time.LocalDate;
import java.util.List;

/** The inputs of this feature's mutations, as mentalhealth.graphqls names them. */
public final class ReferralInputs {

    private ReferralInputs() {
    }

    public record StartMentalHealthReferralInput(String youngPersonId, MentalHealthService service, String serviceName,
                                                 String reason, ReferralUrgency urgency, ReferralConsent consent,
                                                 boolean knownToCamhsBefore18, boolean transitionFromCamhs) {
        ReferralDetails details() {
            return ReferralChecks.details(service, serviceName, reason, urgency, consent, knownToCamhsBefore18, transitionFromCamhs);
        }
    }

    public record UpdateMentalHealthReferralInput(String referralId, int version, MentalHealthService service,
                                                  String serviceName, String reason, ReferralUrgency urgency,
                                                  ReferralConsent consent, boolean knownToCamhsBefore18,
                                                  boolean transitionFromCamhs) {
        ReferralDetails details() {
            return ReferralChecks.details(service, serviceName, reason, urgency, consent, knownToCamhsBefore18, transitionFromCamhs);
        }
    }

    public record RecordReferralStatusInput(String referralId, int version, ReferralStatus status, LocalDate on, String reason) {
    }

    public record SetReferralWaitThresholdsInput(List<ReferralWaitThreshold> thresholds) {
    }
}
