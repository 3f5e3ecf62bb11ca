package app.onward.offer.rules;

/** The statutory categories (Children (Leaving Care) Act 2000; DOMAIN.md "Categories"). */
public enum CareLeaverCategory {
    /** 16–17, looked after for 13 weeks since 14, still looked after. */
    ELIGIBLE,
    /** 16–17, has left care, was eligible. */
    RELEVANT,
    /** 18–25, was eligible or relevant. */
    FORMER_RELEVANT,
    /** Left care after 16 without meeting the 13 weeks, or under a special guardianship order. */
    QUALIFYING
}
