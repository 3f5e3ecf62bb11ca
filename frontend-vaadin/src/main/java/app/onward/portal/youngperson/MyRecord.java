package app.onward.portal.youngperson;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.youngperson.MyModel.ChangeKind;
import app.onward.portal.youngperson.MyModel.ChangePayload;
import app.onward.portal.youngperson.MyModel.CorrectionPayload;
import app.onward.portal.youngperson.MyModel.Mine;
import app.onward.portal.youngperson.MyModel.PlanPayload;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** The signed-in young person's own record, through the backend's {@code mine} query and their mutations. */
@Component
class MyRecord {

    private static final String ADVISER = "personalAdviser { name jobTitle email phone teamName }";

    private static final String MY_PLAN = """
            versionNumber isDraft signedOffOn agreedAt comments { body writtenAt }
            sections { matter title yourWords whatWeAgreed
              goals { id description actions { id matter description who byWhen done overdue } } }""";

    private static final String HOME = "query MyHome { mine { knownAs " + ADVISER + " } }";

    private static final String ARRANGEMENT = "myArrangement { kind plannedEndOn now moveOnPlan more }";

    private static final String PLAN = "query MyPlan { mine { knownAs " + ADVISER + " plan { " + MY_PLAN + " } "
            + ARRANGEMENT + " } }";

    private static final String TOLD_US = """
            query WhatYouToldUs { mine { knownAs %s
              correctionRequests { id whatIsWrong raisedAt answer answeredBy { name } answeredAt }
              changesYouToldUs { id kind occurredOn description recordedAt } } }""".formatted(ADVISER);

    private static final String WHERE_I_LIVE = """
            query WhereILive { mine { knownAs
              whereILive { now current { from until words } history { from until words } }
              whatImDoing { now current { from until words } history { from until words } }
              %s } }""".formatted(ARRANGEMENT);

    private static final String REFERRALS = """
            query MyReferrals { mine { knownAs %s
              myReferrals { id status service statusInWords whatHappensNext sentOn firstAppointmentOn waitDays } } }"""
            .formatted(ADVISER);

    private static final String HAS_REFERRAL = "query MyReferralIds { mine { knownAs myReferrals { id } } }";

    private static final String AGREE = """
            mutation Agree($input: AgreeWithMyPlanInput!) { agreeWithMyPlan(input: $input) {
              plan { %s } userErrors { field message code } } }""".formatted(MY_PLAN);

    private static final String COMMENT = """
            mutation Comment($input: CommentOnMyPlanInput!) { commentOnMyPlan(input: $input) {
              plan { %s } userErrors { field message code } } }""".formatted(MY_PLAN);

    private static final String CHANGED = """
            mutation Changed($input: TellUsSomethingChangedInput!) { tellUsSomethingChanged(input: $input) {
              change { id } userErrors { field message code } } }""";

    private static final String WRONG = """
            mutation Wrong($input: TellUsSomethingIsWrongInput!) { tellUsSomethingIsWrong(input: $input) {
              correctionRequest { id } userErrors { field message code } } }""";

    private final SignedInBackend backend;

    MyRecord(SignedInBackend backend) {
        this.backend = backend;
    }

    Mine home() {
        return mine(HOME);
    }

    Mine plan() {
        return mine(PLAN);
    }

    Mine whatYouToldUs() {
        return mine(TOLD_US);
    }

    Mine whereILive() {
        return mine(WHERE_I_LIVE);
    }

    Mine referrals() {
        return mine(REFERRALS);
    }

    /** Whether home links to "My referral"; asks for ids only. */
    boolean hasReferral() {
        return !mine(HAS_REFERRAL).myReferrals().isEmpty();
    }

    PlanPayload agree(int versionNumber) {
        return backend.fetch(AGREE, Map.of("input", Map.of("versionNumber", versionNumber)), "agreeWithMyPlan",
                PlanPayload.class).orElseThrow();
    }

    PlanPayload comment(int versionNumber, String comment) {
        return backend.fetch(COMMENT, Map.of("input", Map.of("versionNumber", versionNumber, "comment", comment)),
                "commentOnMyPlan", PlanPayload.class).orElseThrow();
    }

    ChangePayload somethingChanged(ChangeKind kind, LocalDate occurredOn, String description) {
        Map<String, Object> input = new HashMap<>(Map.of("kind", kind.name(), "description", description));
        if (occurredOn != null) {
            input.put("occurredOn", occurredOn.toString());
        }
        return backend.fetch(CHANGED, Map.of("input", input), "tellUsSomethingChanged", ChangePayload.class)
                .orElseThrow();
    }

    CorrectionPayload somethingIsWrong(String whatIsWrong) {
        return backend.fetch(WRONG, Map.of("input", Map.of("whatIsWrong", whatIsWrong)), "tellUsSomethingIsWrong",
                CorrectionPayload.class).orElseThrow();
    }

    /** Always there for a signed-in young person; the backend answers null only for anyone else. */
    private Mine mine(String query) {
        return backend.fetch(query, Map.of(), "mine", Mine.class).orElseThrow(() ->
                new BackendException(BackendProblem.NOT_FOUND, "mine answered null", null));
    }
}
