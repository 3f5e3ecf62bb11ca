package app.onward.offer;

import app.onward.offer.internal.OfferRepository;
import app.onward.tenant.PublicReads;
import org.springframework.stereotype.Service;

import java.time.OffsetDateTime;
import java.util.Optional;

@Service
public class OfferService {

    private final PublicReads publicReads;
    private final OfferRepository offers;

    OfferService(PublicReads publicReads, OfferRepository offers) {
        this.publicReads = publicReads;
        this.offers = offers;
    }

    /** The authority's latest published offer, for anyone, signed in or not. */
    public Optional<PublishedOffer> publishedOffer(String authoritySlug) {
        return publicReads.read(authoritySlug, offers::latestPublished);
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
