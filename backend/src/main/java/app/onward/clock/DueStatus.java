package app.onward.clock;

import java.time.LocalDate;

/** How urgent a due date is, decided when it is read, against today: never stored. */
public enum DueStatus {
    OVERDUE, DUE_SOON, ON_TRACK;

    /** Within this many days of today a date is due soon. */
    public static final int DUE_SOON_DAYS = 14;

    public static DueStatus of(LocalDate dueOn, LocalDate today) {
        if (dueOn.isBefore(today)) {
            return OVERDUE;
        }
        return dueOn.isAfter(today.plusDays(DUE_SOON_DAYS)) ? ON_TRACK : DUE_SOON;
    }
}
