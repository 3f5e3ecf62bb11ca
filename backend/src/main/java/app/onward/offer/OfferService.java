package app.onward.offer;

import app.onward.offer.internal.OfferRepository;
import app.onward.offer.internal.PublishedOfferCache;
import app.onward.tenant.PublicReads;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.Optional;

@Service
public class OfferService {

    private final PublicReads publicReads;
    private final OfferRepository offers;
    private final PublishedOfferCache cache;

    OfferService(PublicReads publicReads, OfferRepository offers, PublishedOfferCache cache) {
        this.publicReads = publicReads;
        this.offers = offers;
        this.cache = cache;
    }

    /**
     * The authority's latest published offer, for anyone, signed in or not: from the cache when this instance
     * knows the latest version, else from the database (see PublishedOfferCache).
     */
    public Optional<PublishedOffer> publishedOffer(String authoritySlug) {
        return publicReads.authority(authoritySlug).flatMap(authority -> {
            Optional<Integer> known = cache.latestVersion(authority.id());
            Optional<PublishedOffer> cached = known.flatMap(version -> cache.version(authority, version));
            if (cached.isPresent()) {
                return cached;
            }
            Optional<PublishedOffer> read = publicReads.read(authoritySlug, tenant -> known.isPresent()
                    ? offers.publishedVersion(tenant, known.get()) : offers.latestPublished(tenant));
            read.ifPresent(offer -> {
                cache.remember(offer);
                cache.rememberLatest(authority.id(), offer.version());
            });
            return read;
        });
    }

    /** The version that was the authority's latest published at that moment: what anyone was shown then. */
    public Optional<PublishedOffer> publishedOffer(String authoritySlug, OffsetDateTime moment) {
        return publicReads.read(authoritySlug, authority -> offers.publishedAt(authority, moment));
    }

    /** One entitlement of the latest published offer, by the key its public page is addressed by. */
    public Optional<PublishedOffer.Entitlement> publishedEntitlement(String authoritySlug, String key) {
        return publishedOffer(authoritySlug).flatMap(offer -> offer.entitlements().stream()
                .filter(entitlement -> key.equals(entitlement.key())).findFirst());
    }
}
