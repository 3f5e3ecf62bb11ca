package app.onward.offer;

import java.time.OffsetDateTime;

/**
 * One published version of an authority's offer, as its history lists it.
 *
 * @param publishedBy the name of the member of staff who published it; null when it was not a member of staff (a
 *                    tenant admin without a staff record, the demo data)
 */
public record OfferVersionSummary(int version, OffsetDateTime publishedAt, String publishedBy, String title,
                                  int entitlementCount) {
}
