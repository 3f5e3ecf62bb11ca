package app.onward.offer.rules;

/**
 * Something a rule may need to know about a young person, in the order a checker asks: date of birth first,
 * then category, then the circumstances in {@link Circumstance} order. {@link #DATE_OF_BIRTH} may be answered
 * with an age, less precisely (see {@link Facts}).
 */
public enum Fact {
    DATE_OF_BIRTH(null),
    CATEGORY(null),
    IN_HIGHER_EDUCATION(Circumstance.IN_HIGHER_EDUCATION),
    IN_FURTHER_EDUCATION(Circumstance.IN_FURTHER_EDUCATION),
    ON_APPRENTICESHIP(Circumstance.ON_APPRENTICESHIP),
    IN_WORK(Circumstance.IN_WORK),
    PARENT(Circumstance.PARENT),
    STAYING_PUT(Circumstance.STAYING_PUT),
    LIVING_OUTSIDE_AUTHORITY(Circumstance.LIVING_OUTSIDE_AUTHORITY),
    UNACCOMPANIED_ASYLUM_SEEKING(Circumstance.UNACCOMPANIED_ASYLUM_SEEKING),
    SETTING_UP_HOME(Circumstance.SETTING_UP_HOME);

    private final Circumstance circumstance;

    Fact(Circumstance circumstance) {
        this.circumstance = circumstance;
    }

    /** The circumstance this fact is, or null for the date of birth and the category. */
    public Circumstance circumstance() {
        return circumstance;
    }

    public static Fact of(Circumstance circumstance) {
        // A switch, not a lookup by name: a new Circumstance without its Fact does not compile.
        return switch (circumstance) {
            case IN_HIGHER_EDUCATION -> IN_HIGHER_EDUCATION;
            case IN_FURTHER_EDUCATION -> IN_FURTHER_EDUCATION;
            case ON_APPRENTICESHIP -> ON_APPRENTICESHIP;
            case IN_WORK -> IN_WORK;
            case PARENT -> PARENT;
            case STAYING_PUT -> STAYING_PUT;
            case LIVING_OUTSIDE_AUTHORITY -> LIVING_OUTSIDE_AUTHORITY;
            case UNACCOMPANIED_ASYLUM_SEEKING -> UNACCOMPANIED_ASYLUM_SEEKING;
            case SETTING_UP_HOME -> SETTING_UP_HOME;
        };
    }
}
