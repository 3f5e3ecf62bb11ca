package app.onward.mentalhealth;

/** Where a referral goes, in staff words and in the young person's. */
public enum MentalHealthService {
    ADULT_COMMUNITY_MENTAL_HEALTH("Adult community mental health team", "the adult community mental health team"),
    NHS_TALKING_THERAPIES("NHS Talking Therapies", "NHS Talking Therapies"),
    CARE_LEAVER_MENTAL_HEALTH_NURSE("Care-leaver mental-health nurse", "the care-leaver mental-health nurse"),
    GP("GP", "your GP"),
    CRISIS_TEAM("Crisis team", "the crisis team"),
    VOLUNTARY_SECTOR(null, null),
    OTHER(null, null);

    private final String staffWords;
    private final String youngPersonWords;

    MentalHealthService(String staffWords, String youngPersonWords) {
        this.staffWords = staffWords;
        this.youngPersonWords = youngPersonWords;
    }

    /** VOLUNTARY_SECTOR and OTHER are known by the organisation's name, which the referral must give. */
    public boolean needsName() {
        return staffWords == null;
    }

    public String staffWords(String name) {
        return needsName() ? name : staffWords;
    }

    public String youngPersonWords(String name) {
        return needsName() ? name : youngPersonWords;
    }
}
