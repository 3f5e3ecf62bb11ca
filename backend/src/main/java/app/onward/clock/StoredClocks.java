package app.onward.clock;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

/** A young person's {@code case_clock} row, as read; {@link #asOf} words it for today. */
public record StoredClocks(LocalDate assessmentDue, LocalDate reviewDue, String reviewReason, LocalDate contactDue,
                           LocalDate visitDue, LocalDate lastReviewOn, LocalDate lastContactOn, LocalDate nextDue,
                           DueKind nextDueKind) {

    /** The GraphQL {@code CaseClocks}: each due date with its status and days left against {@code today}. */
    public record View(Due assessment, Due review, Due contact, Due visit, Due next, LocalDate lastReviewOn,
                       LocalDate lastContactOn) {
    }

    /** The GraphQL {@code Due}. */
    public record Due(DueKind kind, LocalDate dueOn, DueStatus status, int daysLeft, String reason) {
    }

    public View asOf(LocalDate today, LocalDate dateOfBirth, ContactFrequency frequency) {
        Due assessment = due(DueKind.ASSESSMENT, assessmentDue, today,
                assessmentDue == null ? null : ClockRules.assessmentReason(dateOfBirth, assessmentDue));
        Due review = due(DueKind.REVIEW, reviewDue, today, reviewReason);
        Due contact = due(DueKind.CONTACT, contactDue, today, ClockRules.contactReason(frequency, lastContactOn));
        Due visit = due(DueKind.VISIT, visitDue, today, visitDue == null ? null : ClockRules.visitReason(visitDue));
        Due next = switch (nextDueKind) {
            case ASSESSMENT -> assessment;
            case REVIEW -> review;
            case CONTACT -> contact;
            case VISIT -> visit;
        };
        return new View(assessment, review, contact, visit, next, lastReviewOn, lastContactOn);
    }

    private static Due due(DueKind kind, LocalDate dueOn, LocalDate today, String reason) {
        return dueOn == null ? null
                : new Due(kind, dueOn, DueStatus.of(dueOn, today), (int) ChronoUnit.DAYS.between(today, dueOn), reason);
    }
}
