package app.onward.offer;

import app.onward.offer.internal.OfferRepository;
import app.onward.tenant.PublicReads;
import org.springframework.stereotype.Service;

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
}
