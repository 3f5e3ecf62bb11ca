package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.DueKind;
import app.onward.portal.caseload.Terms.DueStatus;

import java.time.LocalDate;

/**
 * What is due for a young person, as the backend computed it (never worked out here).
 *
 * @param assessment null once the needs assessment is done
 * @param review     null until the needs assessment is done
 * @param visit      null when no visit is due
 */
public record Clocks(Due assessment, Due review, Due contact, Due visit, Due next,
                     LocalDate lastReviewOn, LocalDate lastContactOn) {

    /** The GraphQL selection for {@link Clocks}; needs {@link #DUE_FRAGMENT} in the same document. */
    static final String FIELDS = """
            clocks { assessment { ...due } review { ...due } contact { ...due } visit { ...due } next { ...due }
                     lastReviewOn lastContactOn }""";

    static final String DUE_FRAGMENT = "fragment due on Due { kind dueOn status daysLeft reason }";

    /** @param daysLeft negative when overdue */
    public record Due(DueKind kind, LocalDate dueOn, DueStatus status, int daysLeft, String reason) {

        /** "Overdue by 3 days", "Due today", "Due in 12 days". */
        public String whenInWords() {
            if (daysLeft < 0) {
                return "Overdue by " + days(-daysLeft);
            }
            return daysLeft == 0 ? "Due today" : "Due in " + days(daysLeft);
        }

        private static String days(int days) {
            return days == 1 ? "1 day" : days + " days";
        }
    }
}
