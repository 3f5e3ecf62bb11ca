package app.onward.portal.pathwayplan;

/**
 * The ten matters of Schedule 1 to the Care Leavers (England) Regulations 2010, in the contract's order. The staff
 * wording here is only for a plan with no version yet: once one is saved, the backend's own titles are shown.
 */
public enum PlanMatter {
    CONTACT_AND_SUPPORT("Contact and personal support, and who gives it"),
    EDUCATION_AND_TRAINING("Education or training"),
    EMPLOYMENT("Employment or other purposeful activity"),
    CONTINGENCY("Contingency plans if this plan stops working"),
    ACCOMMODATION("Accommodation and its suitability"),
    FAMILY_AND_RELATIONSHIPS("Family and social relationships"),
    PRACTICAL_SKILLS("Practical and other skills for independent living"),
    FINANCIAL_SUPPORT("Financial support"),
    HEALTH("Health, including mental health"),
    IDENTITY("Identity: religion, racial origin, culture and language");

    private final String staffTitle;

    PlanMatter(String staffTitle) {
        this.staffTitle = staffTitle;
    }

    public String staffTitle() {
        return staffTitle;
    }
}
