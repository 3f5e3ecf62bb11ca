package app.onward.accommodation;

import app.onward.graphql.UserError;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which accommodation and activity may be recorded from which day: the DfE SSDA903 (OC3) validation rules, and
 * the dates a history can hold. Pure: given the facts, the refusals, each about one input field in words a
 * person can act on. Why each rule reads as it does: docs/decisions/0016-accommodation-and-activity-codes.md.
 */
public final class Ssda903Rules {

    /** In-touch statuses (SSDA903 IN_TOUCH) under which the return holds no accommodation and no activity. */
    static final Set<String> NOTHING_RECORDED_WHEN = Set.of("DIED", "RHOM");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Ssda903Rules() {
    }

    /**
     * The facts a rule needs about the young person.
     *
     * @param inTouchOnTheDay the in-touch status in force on the period's first day; null when none was recorded
     */
    public record Facts(LocalDate dateOfBirth, String inTouchOnTheDay, LocalDate today) {
    }

    public static List<UserError> accommodation(AccommodationType type, Suitability suitability, LocalDate from, Facts facts) {
        List<UserError> errors = new ArrayList<>(dates(from, facts, "accommodation"));
        if (suitability == Suitability.SUITABLE && type == AccommodationType.S) {
            errors.add(UserError.invalid("suitability",
                    "No fixed abode cannot be suitable accommodation: choose not suitable (S2)"));
        }
        if (suitability == Suitability.SUITABLE && type == AccommodationType.X) {
            errors.add(UserError.invalid("suitability", "Custody cannot be suitable accommodation: choose not suitable (X2)"));
        }
        if (type == AccommodationType.Z && from != null && from.isBefore(facts.dateOfBirth().plusYears(18))) {
            errors.add(UserError.invalid("type", "Staying put with former foster carers (Z) starts at 18: choose another "
                    + "type for a period starting before their 18th birthday (" + day(facts.dateOfBirth().plusYears(18)) + ")"));
        }
        return errors;
    }

    /**
     * No SSDA903 rule turns on the activity code itself: every code is valid on any day an activity may be recorded.
     * The code is taken so that this reads, and is called, like its accommodation twin.
     */
    public static List<UserError> activity(ActivityCode code, LocalDate from, Facts facts) {
        return dates(from, facts, "activity");
    }

    private static List<UserError> dates(LocalDate from, Facts facts, String what) {
        List<UserError> errors = new ArrayList<>();
        LocalDate sixteenth = facts.dateOfBirth().plusYears(16);
        if (from == null) {
            errors.add(UserError.required("from", "the day it started"));
        } else if (from.isAfter(facts.today())) {
            errors.add(UserError.invalid("from", "Enter today or a day before: record a change once it has happened"));
        } else if (from.isBefore(sixteenth)) {
            errors.add(UserError.invalid("from", "Enter a day from their 16th birthday (" + day(sixteenth) + ") onwards"));
        } else if (facts.inTouchOnTheDay() != null && NOTHING_RECORDED_WHEN.contains(facts.inTouchOnTheDay())) {
            errors.add(UserError.notAllowed("from", "No " + what + " can be recorded from a day when their in-touch status is "
                    + ("DIED".equals(facts.inTouchOnTheDay()) ? "“died”" : "“returned home” (RHOM)")));
        }
        return errors;
    }

    private static String day(LocalDate day) {
        return DAY.format(day);
    }
}
