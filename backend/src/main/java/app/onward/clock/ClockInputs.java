package app.onward.clock;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything on a young person's record that moves a due date.
 *
 * @param eligibleFrom      the earliest care-leaver category's start; null when none is recorded
 * @param allocatedOn       the current personal adviser allocation's start; null when none
 * @param firstSignOffOn    the first plan sign-off (the needs assessment done); null before
 * @param lastSignOffOn     the latest plan sign-off (the last review); null before
 * @param lastContactOn     null when no contact yet
 * @param lastVisitOn       the latest contact of kind VISIT; null when none
 * @param died              the latest in-touch status is DIED: no clocks run
 */
public record ClockInputs(LocalDate dateOfBirth, LocalDate eligibleFrom, LocalDate registeredOn,
                          LocalDate allocatedOn, ContactFrequency contactFrequency, LocalDate firstSignOffOn,
                          LocalDate lastSignOffOn, LocalDate lastContactOn, LocalDate lastVisitOn,
                          List<Change> changes, boolean died) {

    public ClockInputs {
        changes = List.copyOf(changes);
    }

    /** A change of circumstances, as the clocks see it. */
    public record Change(String kind, LocalDate occurredOn, boolean intoAuthorityAccommodation) {
    }
}
