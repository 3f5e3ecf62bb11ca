package app.onward.portal.offer.authoring;

/**
 * One difference between two versions of an offer (offer.graphqls {@code OfferDifference}), as a tenant admin reads
 * it: what it is about, the part that changed, and the words before and after.
 *
 * @param kind  ADDED, REMOVED, CHANGED or MOVED
 * @param field the part that changed ("What you get"); null when the whole thing was added or removed
 */
public record Change(String kind, String area, String entitlementKey, String label, String field, String before,
                     String after) {
}
