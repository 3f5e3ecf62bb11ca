package app.onward.pathwayplan;

/**
 * The ten matters a pathway plan covers (Care Leavers (England) Regulations 2010, Schedule 1), in the order
 * the contract lists them. {@code title} is the regulations' wording, for staff; {@code plainTitle} is the
 * same matter in words young people recognise.
 */
public enum PlanMatter {
    CONTACT_AND_SUPPORT("The nature and level of contact and personal support, and who provides it",
            "Who's there for you"),
    EDUCATION_AND_TRAINING("Education or training", "Learning and courses"),
    EMPLOYMENT("Employment or other purposeful activity or occupation", "Work and how you spend your days"),
    CONTINGENCY("Contingency plans, should the pathway plan cease to be effective", "If things don't go to plan"),
    ACCOMMODATION("Accommodation and its suitability", "Where you live"),
    FAMILY_AND_RELATIONSHIPS("Family and social relationships", "Family and friends"),
    PRACTICAL_SKILLS("Practical and other skills necessary for independent living",
            "Looking after yourself and your home"),
    FINANCIAL_SUPPORT("Financial support, in particular to meet accommodation and maintenance needs", "Money"),
    HEALTH("Health needs, including mental health needs, and how they are to be met", "Your health and feelings"),
    IDENTITY("Identity: religion, racial origin, culture and language", "Who you are");

    private final String title;
    private final String plainTitle;

    PlanMatter(String title, String plainTitle) {
        this.title = title;
        this.plainTitle = plainTitle;
    }

    public String title() {
        return title;
    }

    public String plainTitle() {
        return plainTitle;
    }
}
