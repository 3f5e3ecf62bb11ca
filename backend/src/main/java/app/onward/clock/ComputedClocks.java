package app.onward.clock;

import java.time.LocalDate;

/** The due dates computed for one young person: what {@code case_clock} stores. Null fields are not due. */
public record ComputedClocks(DueDate assessment, DueDate review, DueDate contact, DueDate visit, DueDate next,
                             LocalDate lastReviewOn, LocalDate lastContactOn) {
}
