package app.onward.offer;

import app.onward.graphql.UserError;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.Words;

import java.util.ArrayList;
import java.util.List;

/**
 * The entitlements every authority's offer carries, each with the legal minimum an authority may improve on
 * but never go below (DOMAIN.md "Money"; the starter offer is in {@link StarterOffer}).
 */
public enum NationalEntitlement {
    SETTING_UP_HOME_ALLOWANCE(Money.pounds(3_000), null, null),
    HIGHER_EDUCATION_BURSARY(Money.pounds(2_000), null, null),
    SIXTEEN_TO_NINETEEN_BURSARY(Money.pounds(1_200), null, null),
    APPRENTICESHIP_BURSARY(Money.pounds(3_000), null, null),
    PERSONAL_ADVISER(null, 25, null),
    STAYING_PUT(null, 21, null),
    SHARED_ACCOMMODATION_RATE_EXEMPTION(null, 25, null),
    UNIVERSAL_CREDIT_BEFORE_EIGHTEEN(null, null, 28);

    private final Money leastAmount;
    private final Integer leastUntilAge;
    private final Integer leastDaysBeforeEighteen;

    NationalEntitlement(Money leastAmount, Integer leastUntilAge, Integer leastDaysBeforeEighteen) {
        this.leastAmount = leastAmount;
        this.leastUntilAge = leastUntilAge;
        this.leastDaysBeforeEighteen = leastDaysBeforeEighteen;
    }

    /** Where an authority's version gives less than the law does, field by field; empty when it does not. */
    public List<UserError> shortfalls(EntitlementContent content) {
        List<UserError> errors = new ArrayList<>();
        if (leastAmount != null) {
            Money amount = content.whatYouGet() == null ? null : content.whatYouGet().amount();
            if (amount == null || amount.compareTo(leastAmount) < 0) {
                errors.add(UserError.invalid("whatYouGet.amount",
                        "The law sets this at " + leastAmount + " or more; you can give more but not less"));
            }
        }
        AgeRange age = content.whoQualifies() == null ? null : content.whoQualifies().age();
        if (leastUntilAge != null && age != null && age.untilAge() != null && age.untilAge() < leastUntilAge) {
            errors.add(UserError.invalid("whoQualifies.untilAge",
                    "The law gives this until the " + Words.ordinal(leastUntilAge) + " birthday; you can give it for longer but not shorter"));
        }
        if (leastDaysBeforeEighteen != null && age != null
                && age.fromAge() >= 18 && (age.fromAge() > 18 || age.fromDaysBefore() < leastDaysBeforeEighteen)) {
            errors.add(UserError.invalid("whoQualifies.fromDaysBefore",
                    "The law allows this from " + leastDaysBeforeEighteen + " days before the 18th birthday; you can start earlier but not later"));
        }
        return errors;
    }
}
