package app.onward.portal.offer;

import app.onward.portal.graphql.PublicBackend;
import app.onward.portal.identity.Authority;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Optional;

/** Authorities' published offers, from the backend's public {@code offer} query. */
@Service
class PublishedOffers {

    private static final String OFFER = """
            query Offer($authority: String!) {
              offer(authority: $authority) {
                authority { slug name signInIssuer }
                version publishedAt title introduction
                entitlements { id title summary }
              }
            }""";

    private final PublicBackend backend;

    PublishedOffers(PublicBackend backend) {
        this.backend = backend;
    }

    /** Empty when there is no such authority or it has published nothing yet. */
    Optional<Offer> latest(String slug) {
        if (!Authority.couldBeSlug(slug)) {
            return Optional.empty();
        }
        return backend.fetch(OFFER, Map.of("authority", slug), "offer", Offer.class);
    }
}
