package app.onward.offer.rules;

/** Whether an entitlement applies to a young person, from what is known about them. */
public enum Verdict {
    /** Every part of the rule is known and holds. */
    APPLIES,
    /** Nothing known fails, but something the rule needs is unknown. */
    MAY_APPLY,
    /** At least one known part fails, whatever the unknown parts turn out to be. */
    DOES_NOT_APPLY
}
