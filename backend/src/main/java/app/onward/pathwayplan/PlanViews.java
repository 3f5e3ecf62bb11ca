package app.onward.pathwayplan;

import app.onward.youngperson.StaffMember;
import app.onward.youngperson.YoungPersonId;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Pathway plans as the API shows them. */
public final class PlanViews {

    private PlanViews() {
    }

    public record Plan(UUID id, YoungPersonId youngPerson, int latestVersionNumber) {}

    public record Version(UUID planId, YoungPersonId youngPerson, int number, OffsetDateTime savedAt, StaffMember author,
                          String changeSummary, PlanContent content, SignOff signOff, boolean sharedWithYoungPerson,
                          OffsetDateTime agreedByYoungPersonAt, List<Comment> comments) {

        public List<PlanContent.Section> sections() {
            return content.sections();
        }
    }

    public record SignOff(StaffMember by, OffsetDateTime at) {}

    public record Comment(String body, OffsetDateTime writtenAt) {}

    /** The young person's own view: the version they may read, in plain words. */
    public record MyPlan(int versionNumber, boolean isDraft, LocalDate signedOffOn, List<MySection> sections,
                         OffsetDateTime agreedAt, List<Comment> comments) {}

    public record MySection(PlanMatter matter, String title, String yourWords, String whatWeAgreed,
                            List<PlanContent.Goal> goals) {}

}
