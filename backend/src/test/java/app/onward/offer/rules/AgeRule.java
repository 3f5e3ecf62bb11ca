package app.onward.offer.rules;

import java.util.Map;
import java.util.Set;

/** Age-only rules as local offers write them, named so the tables below read as the offers do. */
enum AgeRule {
    /** A personal adviser to 25. */
    ADVISER_16_TO_25(new AgeRange(16, 0, 25)),
    /** Staying put, from 18 to 21. */
    STAYING_PUT_18_TO_21(new AgeRange(18, 0, 21)),
    SUPPORT_18_TO_25(new AgeRange(18, 0, 25)),
    /** A Universal Credit claim can be prepared 28 days before the 18th birthday. */
    UNIVERSAL_CREDIT(new AgeRange(18, 28, null)),
    /** The 16–19 bursary. */
    BURSARY_16_TO_19(new AgeRange(16, 0, 19));

    final AgeRange ages;

    AgeRule(AgeRange ages) {
        this.ages = ages;
    }

    WhoQualifies rule() {
        return new WhoQualifies(ages, Set.of(), Map.of());
    }
}
