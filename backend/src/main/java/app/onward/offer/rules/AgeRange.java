package app.onward.offer.rules;

import java.time.LocalDate;

/**
 * The ages an entitlement is for: from the {@code fromAge}th birthday, or {@code fromDaysBefore} days
 * before it (Universal Credit can be prepared 28 days before the 18th), until the day before the
 * {@code untilAge}th birthday ("to 25" ends on the 25th birthday). A null {@code untilAge} has no end.
 */
public record AgeRange(int fromAge, int fromDaysBefore, Integer untilAge) {

    public AgeRange {
        if (fromAge < 0 || fromDaysBefore < 0 || (untilAge != null && untilAge <= fromAge)) {
            throw new IllegalArgumentException("Not an age range: from " + fromAge + " until " + untilAge);
        }
    }

    public static AgeRange from(int age) {
        return new AgeRange(age, 0, null);
    }

    public static AgeRange between(int fromAge, int untilAge) {
        return new AgeRange(fromAge, 0, untilAge);
    }

    /** From birth with no end: no date of birth or age is needed to know it holds. */
    public boolean coversEveryAge() {
        return fromAge == 0 && untilAge == null;
    }

    /**
     * The first day it applies to someone born on {@code dateOfBirth}. The Nth birthday is
     * {@code plusYears(N)}, as in the clock rules: born on 29 February, the birthday is 28 February in other years.
     */
    public LocalDate firstDay(LocalDate dateOfBirth) {
        return dateOfBirth.plusYears(fromAge).minusDays(fromDaysBefore);
    }

    /** The last day it applies, the day before the {@code untilAge}th birthday; null when it has no end. */
    public LocalDate lastDay(LocalDate dateOfBirth) {
        return untilAge == null ? null : dateOfBirth.plusYears(untilAge).minusDays(1);
    }
}
