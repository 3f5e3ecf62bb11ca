package app.onward.youngperson;

import java.time.LocalDate;

/** The dated histories of a young person's record, oldest first: appended, never overwritten. */
public final class History {

    private History() {
    }

    public record CategoryEntry(String category, LocalDate appliesFrom) {
    }

    public record InTouchEntry(String status, LocalDate appliesFrom) {
    }

    public record Allocation(StaffMember adviser, LocalDate startedOn, LocalDate endedOn) {
    }
}
