package app.onward.offer.rules;

/**
 * Something about a young person's life that an entitlement may depend on. A rule asks for each one to be
 * true or false (a council tax exemption for those living in the authority asks LIVING_OUTSIDE_AUTHORITY
 * to be false).
 */
public enum Circumstance {
    IN_HIGHER_EDUCATION,
    /** In further education or training aged 16–19 (the 16–19 bursary). */
    IN_FURTHER_EDUCATION,
    ON_APPRENTICESHIP,
    IN_WORK,
    PARENT,
    STAYING_PUT,
    LIVING_OUTSIDE_AUTHORITY,
    UNACCOMPANIED_ASYLUM_SEEKING,
    /** Moving into a home of their own, now or soon (the setting-up-home allowance). */
    SETTING_UP_HOME
}
