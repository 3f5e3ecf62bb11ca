package app.onward.clock;

import java.time.LocalDate;

/** One computed due date and why it is due, in plain words. */
public record DueDate(DueKind kind, LocalDate dueOn, String reason) {
}
