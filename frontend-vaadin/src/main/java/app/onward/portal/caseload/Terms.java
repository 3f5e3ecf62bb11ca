package app.onward.portal.caseload;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** The contract's enums (youngperson.graphqls) and how each is said to a person; dates as people write them. */
public final class Terms {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Terms() {
    }

    /** "3 March 2026"; an empty string for no date. */
    public static String date(LocalDate date) {
        return date == null ? "" : DATE.format(date);
    }

    /** Every enum here says itself in plain words. */
    public interface InWords {
        String words();
    }

    public enum CareLeaverCategory implements InWords {
        ELIGIBLE("Eligible"), RELEVANT("Relevant"), FORMER_RELEVANT("Former relevant"), QUALIFYING("Qualifying");

        private final String words;

        CareLeaverCategory(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    /** SSDA903's IN_TOUCH codes. */
    public enum InTouchStatus implements InWords {
        YES("In touch"), NO("Not in touch"), DIED("Died"), REFU("Refuses contact"),
        NREQ("No longer needs the service"), RHOM("Returned home to their family");

        private final String words;

        InTouchStatus(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    public enum ContactFrequency implements InWords {
        WEEKLY("Every week"), FORTNIGHTLY("Every two weeks"), MONTHLY("Every month"),
        EVERY_SIX_WEEKS("Every six weeks"), EVERY_TWO_MONTHS("Every two months");

        private final String words;

        ContactFrequency(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    public enum DueKind implements InWords {
        ASSESSMENT("Needs assessment"), REVIEW("Plan review"), CONTACT("Contact"), VISIT("Visit");

        private final String words;

        DueKind(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    public enum DueStatus implements InWords {
        OVERDUE("Overdue"), DUE_SOON("Due soon"), ON_TRACK("On track");

        private final String words;

        DueStatus(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    public enum ContactKind implements InWords {
        VISIT("Visit", true), PHONE("Phone", false), TEXT("Text", false), VIDEO("Video", true), OFFICE("Office", true);

        private final String words;
        private final boolean canBeSeenAlone;

        ContactKind(String words, boolean canBeSeenAlone) {
            this.words = words;
            this.canBeSeenAlone = canBeSeenAlone;
        }

        @Override
        public String words() {
            return words;
        }

        /** Whether "seen alone" means anything: not for a phone call or a text. */
        public boolean canBeSeenAlone() {
            return canBeSeenAlone;
        }
    }

    public enum CircumstanceChangeKind implements InWords {
        MOVED_HOME("Moved home"), EDUCATION_OR_WORK_CHANGED("Education or work changed"), CUSTODY("Custody"),
        BECAME_A_PARENT("Became a parent"), HEALTH("Health"), ASKED_FOR_A_REVIEW("Asked for a review"),
        OTHER("Something else");

        private final String words;

        CircumstanceChangeKind(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    public enum ReportedBy implements InWords {
        STAFF("Recorded by staff"), YOUNG_PERSON("Told us themselves");

        private final String words;

        ReportedBy(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    /** What a notice is about; it names no one (the young person is a link the reader may or may not open). */
    public enum NoticeKind implements InWords {
        CIRCUMSTANCE_CHANGE_REPORTED("A young person told us something changed"),
        CORRECTION_REQUESTED("A young person told us something we hold is wrong"),
        PLAN_COMMENTED("A young person commented on their pathway plan"),
        PLAN_AGREED("A young person agreed with their pathway plan"),
        PLAN_READY_FOR_SIGN_OFF("A pathway plan is ready for sign-off"),
        ENTITLEMENT_CLAIM_RECORDED("A young person told us how claiming an entitlement went");

        private final String words;

        NoticeKind(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }
}
