package app.onward.portal.offer;

import app.onward.portal.identity.Authority;

import java.time.OffsetDateTime;
import java.util.List;

/** An authority's published local offer, as the backend's public {@code offer} query gives it. */
public record Offer(Authority authority, int version, OffsetDateTime publishedAt, String title, String introduction,
                    List<Entitlement> entitlements) {
}
