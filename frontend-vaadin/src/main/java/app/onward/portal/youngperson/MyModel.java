package app.onward.portal.youngperson;

import app.onward.portal.pathwayplan.PlanMatter;
import com.fasterxml.jackson.annotation.JsonProperty;
import app.onward.portal.pathwayplan.PlanModel.Comment;
import app.onward.portal.pathwayplan.PlanModel.Goal;
import app.onward.portal.pathwayplan.PlanModel.Named;
import app.onward.portal.pathwayplan.PlanModel.UserError;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A young person's own record as the backend's {@code mine} query gives it; fields not asked for stay null. */
final class MyModel {

    private MyModel() {
    }

    record Mine(String knownAs, AdviserContact personalAdviser, MyPlan plan, List<CorrectionRequest> correctionRequests,
                List<ChangeToldUs> changesYouToldUs, MyHistory whereILive, MyHistory whatImDoing,
                MyArrangement myArrangement, List<MyReferral> myReferrals) {}

    /** Staying put or staying close, told to them: now in a sentence, the move-on plan (staying put), and more. */
    record MyArrangement(String kind, LocalDate plannedEndOn, String now, String moveOnPlan, List<String> more) {

        String title() {
            return "STAYING_PUT".equals(kind) ? "Staying put" : "Staying close";
        }
    }

    /**
     * A referral for mental-health support, told to the young person it is about, in the backend's words.
     *
     * @param waitDays null while a draft
     */
    record MyReferral(String id, String status, String service, String statusInWords, String whatHappensNext,
                      LocalDate sentOn, LocalDate firstAppointmentOn, Integer waitDays) {}

    /** Where I live or what I'm doing: now in a sentence (null when nothing is recorded), and before, newest first. */
    record MyHistory(String now, MyPeriod current, List<MyPeriod> history) {}

    /** @param until null for now */
    record MyPeriod(LocalDate from, LocalDate until, String words) {}

    record AdviserContact(String name, String jobTitle, String email, String phone, String teamName) {}

    /** {@code isDraft} named explicitly: a boolean record component called is… would otherwise be read as "draft". */
    record MyPlan(int versionNumber, @JsonProperty("isDraft") boolean isDraft, LocalDate signedOffOn, List<MySection> sections,
                  OffsetDateTime agreedAt, List<Comment> comments) {}

    record MySection(PlanMatter matter, String title, String yourWords, String whatWeAgreed, List<Goal> goals) {}

    record CorrectionRequest(String id, String whatIsWrong, OffsetDateTime raisedAt, String answer, Named answeredBy,
                             OffsetDateTime answeredAt) {}

    record ChangeToldUs(String id, ChangeKind kind, LocalDate occurredOn, String description, OffsetDateTime recordedAt) {}

    record PlanPayload(MyPlan plan, List<UserError> userErrors) {}

    record Ref(String id) {}

    record ChangePayload(Ref change, List<UserError> userErrors) {}

    record CorrectionPayload(Ref correctionRequest, List<UserError> userErrors) {}

    /** The contract's CircumstanceChangeKind, in the young person's words. */
    enum ChangeKind {
        MOVED_HOME("I moved home"),
        EDUCATION_OR_WORK_CHANGED("My school, college or work changed"),
        CUSTODY("I have been in custody"),
        BECAME_A_PARENT("I became a parent"),
        HEALTH("Something about my health changed"),
        ASKED_FOR_A_REVIEW("I want a review of my plan"),
        OTHER("Something else");

        private final String inTheirWords;

        ChangeKind(String inTheirWords) {
            this.inTheirWords = inTheirWords;
        }

        String inTheirWords() {
            return inTheirWords;
        }
    }
}
