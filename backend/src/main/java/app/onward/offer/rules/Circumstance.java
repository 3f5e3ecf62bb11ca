package app.onward.offer.rules;

/**
 * Something about a young person's life that an entitlement may depend on. A rule asks for each one to be
 * true or false (a council tax exemption for those living in the authority asks LIVING_OUTSIDE_AUTHORITY
 * to be false).
 */
public enum Circumstance {
    IN_HIGHER_EDUCATION("are at university or in other higher education", "are not at university or in other higher education"),
    /** In further education or training aged 16–19 (the 16–19 bursary). */
    IN_FURTHER_EDUCATION("are at college or in training", "are not at college or in training"),
    ON_APPRENTICESHIP("are doing an apprenticeship", "are not doing an apprenticeship"),
    IN_WORK("are in work", "are not in work"),
    PARENT("are parents", "are not parents"),
    STAYING_PUT("still live with their foster carers after turning 18 (staying put)", "are not staying put with their foster carers"),
    LIVING_OUTSIDE_AUTHORITY("live outside the council's area", "live in the council's area"),
    UNACCOMPANIED_ASYLUM_SEEKING("came to the UK on their own to seek asylum", "did not come to the UK on their own to seek asylum"),
    /** Moving into a home of their own, now or soon (the setting-up-home allowance). */
    SETTING_UP_HOME("are moving into a home of their own", "are not moving into a home of their own");

    private final String is;
    private final String isNot;

    Circumstance(String is, String isNot) {
        this.is = is;
        this.isNot = isNot;
    }

    /**
     * What a young person for whom this is {@code so} (or not) does, to follow "care-experienced young people
     * who …": the one wording every explanation uses.
     */
    public String who(boolean so) {
        return so ? is : isNot;
    }
}
