package app.onward.settings;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;

/**
 * Which days are working days for an authority: not a Saturday or Sunday, not an England and Wales bank
 * holiday, not one of the authority's own non-working days. Pure, so the clock rules can be tested with it.
 */
public record WorkingCalendar(Set<LocalDate> nonWorkingDays) {

    public WorkingCalendar {
        nonWorkingDays = Set.copyOf(nonWorkingDays);
    }

    public boolean isWorkingDay(LocalDate day) {
        return day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY
                && !nonWorkingDays.contains(day);
    }

    /** The {@code workingDays}-th working day after {@code from} (the day itself does not count). */
    public LocalDate plusWorkingDays(LocalDate from, int workingDays) {
        LocalDate day = from;
        int counted = 0;
        while (counted < workingDays) {
            day = day.plusDays(1);
            if (isWorkingDay(day)) {
                counted++;
            }
        }
        return day;
    }
}
