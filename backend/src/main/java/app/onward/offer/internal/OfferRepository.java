package app.onward.offer.internal;

import app.onward.offer.PublishedOffer;
import app.onward.tenant.Tenant;

import java.util.List;
import java.util.Optional;

public interface OfferRepository {

    /** The latest published version of the current tenant's offer. */
    Optional<PublishedOffer> latestPublished(Tenant authority);

    /** Whether the current tenant has any version of its offer, published or not. */
    boolean hasAnyVersion();

    /** Publishes a new version of the current tenant's offer with these entitlements, in order. */
    int publish(String title, String introduction, List<NewEntitlement> entitlements);

    record NewEntitlement(String title, String summary) {}
}
