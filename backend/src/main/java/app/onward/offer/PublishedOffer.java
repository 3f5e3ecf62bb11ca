package app.onward.offer;

import app.onward.tenant.Tenant;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** An authority's offer as published: what the public and young people see. */
public record PublishedOffer(Tenant authority, int version, OffsetDateTime publishedAt, String title,
                             String introduction, List<Entitlement> entitlements) {

    public record Entitlement(UUID id, String title, String summary) {}
}
