package app.onward.portal.offer;

/** One thing a care leaver is entitled to under an authority's offer. */
public record Entitlement(String id, String title, String summary) {
}
