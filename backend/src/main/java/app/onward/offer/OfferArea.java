package app.onward.offer;

/**
 * The parts of a local offer. The first six are the areas the Children and Social Work Act 2017 s.2 requires;
 * the Children's Wellbeing and Schools Act 2026 adds money and financial skills, and housing and homelessness
 * prevention (DOMAIN.md "Local offer").
 */
public enum OfferArea {
    HEALTH_AND_WELLBEING("Health and wellbeing"),
    RELATIONSHIPS("Relationships"),
    EDUCATION_AND_TRAINING("Education and training"),
    EMPLOYMENT("Work"),
    ACCOMMODATION("Somewhere to live"),
    PARTICIPATION_IN_SOCIETY("Taking part in your community"),
    MONEY_AND_FINANCIAL_SKILLS("Money"),
    HOUSING_AND_HOMELESSNESS_PREVENTION("Keeping your home");

    private final String title;

    OfferArea(String title) {
        this.title = title;
    }

    /** The heading a young person sees. */
    public String title() {
        return title;
    }
}
