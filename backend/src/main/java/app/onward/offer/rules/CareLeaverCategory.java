package app.onward.offer.rules;

/** The statutory categories (Children (Leaving Care) Act 2000; DOMAIN.md "Categories"). */
public enum CareLeaverCategory {
    /** 16–17, looked after for 13 weeks since 14, still looked after. */
    ELIGIBLE("are 16 or 17 and still in care"),
    /** 16–17, has left care, was eligible. */
    RELEVANT("are 16 or 17 and have left care"),
    /** 18–25, was eligible or relevant. */
    FORMER_RELEVANT("are 18 or over and were in care at 16 or 17"),
    /** Left care after 16 without meeting the 13 weeks, or under a special guardianship order. */
    QUALIFYING("left care after turning 16 without the 13 weeks in care the other groups need, or under a special guardianship order");

    private final String who;

    CareLeaverCategory(String who) {
        this.who = who;
    }

    /** The category in words, to follow "care-experienced young people who …". */
    public String who() {
        return who;
    }
}
