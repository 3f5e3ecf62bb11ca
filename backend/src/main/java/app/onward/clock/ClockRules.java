package app.onward.clock;

import app.onward.settings.WorkingCalendar;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The statutory clocks, as a pure function of the record: no clock, no database. Whether a date is overdue
 * is decided when it is read ({@link DueStatus}). The rules, and why: docs/decisions/0010-clocks.md.
 */
public final class ClockRules {

    /** Where the authority provides the accommodation, the adviser visits within 7 days of a move. */
    static final int VISIT_AFTER_MOVE_DAYS = 7;

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final Map<String, String> CHANGE_WORDS = Map.of(
            "MOVED_HOME", "Moved home",
            "EDUCATION_OR_WORK_CHANGED", "Education or work changed",
            "CUSTODY", "Went into custody",
            "BECAME_A_PARENT", "Became a parent",
            "HEALTH", "Health changed",
            "ASKED_FOR_A_REVIEW", "Asked for a review",
            "OTHER", "Circumstances changed");

    private ClockRules() {
    }

    /** Empty when no clocks run: the young person died. */
    public static Optional<ComputedClocks> compute(ClockInputs in, WorkingCalendar calendar, int reviewAfterChangeWorkingDays) {
        if (in.died()) {
            return Optional.empty();
        }
        DueDate assessment = in.firstSignOffOn() == null ? assessment(in) : null;
        DueDate review = in.firstSignOffOn() == null ? null : review(in, calendar, reviewAfterChangeWorkingDays);
        DueDate contact = contact(in);
        DueDate visit = visit(in);
        DueDate next = Stream.of(assessment, review, visit, contact)
                .filter(java.util.Objects::nonNull)
                .min(Comparator.comparing(DueDate::dueOn).thenComparing(DueDate::kind))
                .orElseThrow();
        return Optional.of(new ComputedClocks(assessment, review, contact, visit, next, in.lastSignOffOn(), in.lastContactOn()));
    }

    private static DueDate assessment(ClockInputs in) {
        LocalDate sixteenth = in.dateOfBirth().plusYears(16);
        LocalDate from = in.eligibleFrom() != null && in.eligibleFrom().isAfter(sixteenth) ? in.eligibleFrom() : sixteenth;
        LocalDate due = from.plusMonths(3);
        return new DueDate(DueKind.ASSESSMENT, due, assessmentReason(in.dateOfBirth(), due));
    }

    private static DueDate review(ClockInputs in, WorkingCalendar calendar, int workingDays) {
        LocalDate lastReview = in.lastSignOffOn();
        DueDate sixMonthly = new DueDate(DueKind.REVIEW, lastReview.plusMonths(6),
                "Six months since the last review on " + words(lastReview));
        return in.changes().stream()
                .filter(change -> change.occurredOn().isAfter(lastReview))
                .map(change -> new DueDate(DueKind.REVIEW, calendar.plusWorkingDays(change.occurredOn(), workingDays),
                        CHANGE_WORDS.getOrDefault(change.kind(), "Circumstances changed") + " on " + words(change.occurredOn())))
                .filter(afterChange -> afterChange.dueOn().isBefore(sixMonthly.dueOn()))
                .min(Comparator.comparing(DueDate::dueOn))
                .orElse(sixMonthly);
    }

    private static DueDate contact(ClockInputs in) {
        LocalDate from = in.lastContactOn() != null ? in.lastContactOn()
                : in.allocatedOn() != null ? in.allocatedOn() : in.registeredOn();
        return new DueDate(DueKind.CONTACT, in.contactFrequency().after(from),
                contactReason(in.contactFrequency(), in.lastContactOn()));
    }

    /** The earliest move into the authority's accommodation not yet followed by a visit. */
    private static DueDate visit(ClockInputs in) {
        return in.changes().stream()
                .filter(ClockInputs.Change::intoAuthorityAccommodation)
                .filter(move -> in.lastVisitOn() == null || in.lastVisitOn().isBefore(move.occurredOn()))
                .min(Comparator.comparing(ClockInputs.Change::occurredOn))
                .map(move -> move.occurredOn().plusDays(VISIT_AFTER_MOVE_DAYS))
                .map(due -> new DueDate(DueKind.VISIT, due, visitReason(due)))
                .orElse(null);
    }

    // Only the review's reason is stored (case_clock.review_reason): the others follow from what is stored,
    // so the read side words them with these same methods.

    public static String assessmentReason(LocalDate dateOfBirth, LocalDate due) {
        LocalDate sixteenth = dateOfBirth.plusYears(16);
        return due.equals(sixteenth.plusMonths(3))
                ? "Needs assessment: three months after the 16th birthday on " + words(sixteenth)
                : "Needs assessment: three months after becoming eligible after the 16th birthday";
    }

    public static String contactReason(ContactFrequency frequency, LocalDate lastContactOn) {
        return "Contact agreed " + frequency.words() + "; "
                + (lastContactOn == null ? "no contact recorded yet" : "last contact on " + words(lastContactOn));
    }

    public static String visitReason(LocalDate due) {
        return "Moved into accommodation we provide on " + words(due.minusDays(VISIT_AFTER_MOVE_DAYS))
                + ": a visit is due within 7 days";
    }

    static String words(LocalDate day) {
        return LONG_DATE.format(day);
    }
}
