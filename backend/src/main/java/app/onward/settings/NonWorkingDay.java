package app.onward.settings;

import java.time.LocalDate;

/** A day that is not a working day: a bank holiday, or one of the authority's own ({@code local}). */
public record NonWorkingDay(LocalDate day, String description, boolean local) {
}
