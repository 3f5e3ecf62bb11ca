package app.onward.offer;

/**
 * One thing that changed from one version of an authority's offer to another, as a tenant admin reads it
 * ({@link OfferDifferences}).
 *
 * @param area           the section it is in (after; before when removed); null for the offer's own title and
 *                       introduction, and for entitlements of versions published before the offer had sections
 * @param entitlementKey the entitlement's key; null for the offer's or a section's own text, and for entitlements
 *                       of versions before sections
 * @param label          what it is about: the entitlement's title, "The offer", or the section's title
 * @param field          the part that changed ("What you get"); null when a whole section or entitlement was
 *                       added or removed
 * @param before         the part as it was, in words (lines joined with line breaks); null when it was not there
 * @param after          the part as it is now; null when it is no longer there
 */
public record OfferDifference(Kind kind, OfferArea area, String entitlementKey, String label, String field,
                              String before, String after) {

    public enum Kind { ADDED, REMOVED, CHANGED, MOVED }
}
