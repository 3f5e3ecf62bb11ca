package app.onward.portal.caseload;

import java.time.LocalDate;
import java.util.List;

/**
 * Staying put and staying close as stayingput.graphqls gives them, and how staff read them in a line (the record
 * page and the plan editor's accommodation matter both show that line).
 */
public final class Arrangements {

    private Arrangements() {
    }

    /** The record page's section about them, by its heading's id (RecordSection makes it from the title). */
    public static final String RECORD_SECTION = "section-staying-put-and-staying-close";

    /** The selections of {@code YoungPerson.stayingPut} and {@code YoungPerson.stayingClose}. */
    public static final String FIELDS = """
            stayingPut { id version startsOn plannedEndOn household weeklyAllowance { text } weeklyContribution { text }
              moveOnPlan { dueOn agreedOn status } nextReviewOn open %1$s }
            stayingClose { id version startsOn plannedEndOn livesAt childrensHome supportAgreed keyContact
              nextReviewOn open %1$s }""".formatted("reviews { reviewedOn note nextReviewOn } ending { endedOn how words note }");

    public enum Kind implements Terms.InWords {
        STAYING_PUT("Staying put", "StayingPut"), STAYING_CLOSE("Staying close", "StayingClose");

        private final String words;
        /** How the contract's mutations are named: startStayingPut, endStayingClose. */
        final String inMutations;

        Kind(String words, String inMutations) {
            this.words = words;
            this.inMutations = inMutations;
        }

        @Override
        public String words() {
            return words;
        }
    }

    public enum HowItEnded implements Terms.InWords {
        MOVED_ON_AS_PLANNED("They moved on as planned"), YOUNG_PERSON_CHOSE_TO_LEAVE("They chose to leave"),
        CARERS_ENDED_IT("The carers or the home ended it"), BROKE_DOWN("It broke down"), OTHER("Another reason");

        private final String words;

        HowItEnded(String words) {
            this.words = words;
        }

        @Override
        public String words() {
            return words;
        }
    }

    public enum MoveOnPlanStatus { DONE, OVERDUE, DUE_SOON, ON_TRACK }

    public record Money(String text) {}

    public record Review(LocalDate reviewedOn, String note, LocalDate nextReviewOn) {}

    public record Ending(LocalDate endedOn, HowItEnded how, String words, String note) {}

    /** @param status null once the arrangement ended without one */
    public record MoveOnPlan(LocalDate dueOn, LocalDate agreedOn, MoveOnPlanStatus status) {

        /** "due by 24 December 2026", "agreed on 3 January 2027". */
        public String inWords() {
            return agreedOn != null ? "agreed on " + Terms.date(agreedOn) : "due by " + Terms.date(dueOn);
        }

        /** The badge's status; null when agreed or no longer due. */
        Terms.DueStatus due() {
            return status == null || status == MoveOnPlanStatus.DONE ? null : Terms.DueStatus.valueOf(status.name());
        }
    }

    /** What staying put and staying close share, for the screens that show either. */
    public interface Arrangement {
        String id();
        int version();
        LocalDate startsOn();
        LocalDate plannedEndOn();
        List<Review> reviews();
        LocalDate nextReviewOn();
        boolean open();
        Ending ending();
        Kind kind();
        /** "Staying put with Ann and Raj Patel". */
        String title();

        /** "Staying put with Ann and Raj Patel, 14 May 2024 to 24 March 2027 (planned)"; the move-on plan too. */
        default String summary() {
            return title() + ", " + Terms.date(startsOn()) + " to " + Terms.date(open() ? plannedEndOn() : ending().endedOn())
                    + (open() ? " (planned)" : " (ended: " + ending().words().toLowerCase() + ")");
        }
    }

    public record StayingPut(String id, int version, LocalDate startsOn, LocalDate plannedEndOn, String household,
                             Money weeklyAllowance, Money weeklyContribution, MoveOnPlan moveOnPlan,
                             LocalDate nextReviewOn, boolean open, List<Review> reviews, Ending ending)
            implements Arrangement {

        @Override
        public Kind kind() {
            return Kind.STAYING_PUT;
        }

        @Override
        public String title() {
            return "Staying put with " + household;
        }

        @Override
        public String summary() {
            return Arrangement.super.summary() + (open ? "; move-on plan " + moveOnPlan.inWords() : "");
        }
    }

    public record StayingClose(String id, int version, LocalDate startsOn, LocalDate plannedEndOn, String livesAt,
                               String childrensHome, String supportAgreed, String keyContact, LocalDate nextReviewOn,
                               boolean open, List<Review> reviews, Ending ending) implements Arrangement {

        @Override
        public Kind kind() {
            return Kind.STAYING_CLOSE;
        }

        @Override
        public String title() {
            return "Staying close to " + childrensHome;
        }
    }
}
