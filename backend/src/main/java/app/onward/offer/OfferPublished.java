package app.onward.offer;

import app.onward.tenant.TenantId;

/** An authority published a new version of its offer: every instance's idea of its latest version is out of date. */
public record OfferPublished(TenantId authority, int version) {
}
