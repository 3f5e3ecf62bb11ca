package app.onward.offer.rules;

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
}
