package app.onward.offer;

import app.onward.offer.internal.OfferRepository;
import app.onward.offer.internal.PublishedOfferCache;
import app.onward.tenant.PublicReads;
import app.onward.tenant.Tenant;
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
     * The authority's latest published offer, for anyone, signed in or not: which version that is, then the
     * version itself, each from the cache when it has it (see PublishedOfferCache).
     */
    public Optional<PublishedOffer> publishedOffer(String authoritySlug) {
        return publicReads.authority(authoritySlug).flatMap(authority -> latestVersion(authority)
                .flatMap(version -> cache.version(authority, version).or(() -> readVersion(authority, version))));
    }

    /**
     * From this instance's memory when it learnt it within the last few seconds; else asked of the database, by
     * itself: the number only, so that finding out costs one small statement and not the whole offer again.
     */
    Optional<Integer> latestVersion(Tenant authority) {
        Optional<Integer> known = cache.latestVersion(authority.id());
        if (known.isPresent()) {
            return known;
        }
        Optional<Integer> latest = publicReads.read(authority.slug(), tenant -> offers.latestPublishedVersion());
        latest.ifPresent(version -> cache.rememberLatest(authority.id(), version));
        return latest;
    }

    private Optional<PublishedOffer> readVersion(Tenant authority, int version) {
        Optional<PublishedOffer> read = publicReads.read(authority.slug(), tenant -> offers.publishedVersion(tenant, version));
        read.ifPresent(cache::remember);
        return read;
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
