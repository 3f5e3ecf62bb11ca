package app.onward.portal.offer;

import app.onward.portal.graphql.PublicBackend;
import app.onward.portal.identity.Authority;
import org.springframework.stereotype.Service;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** Authorities' published offers, from the backend's public {@code offer} and {@code entitlement} queries. */
@Service
class PublishedOffers {

    private static final String ENTITLEMENT_FIELDS = """
            id key title summary
            whatYouGet { description amountInWords cap }
            whoQualifies { inWords }
            howToClaim { steps proof contact { name phone email web } }
            nationalEntitlement legalBasis lastReviewedOn availableUntil""";

    private static final String OFFER = """
            query Offer($authority: String!) {
              offer(authority: $authority) {
                authority { slug name signInIssuer }
                version publishedAt title introduction
                sections { area title introduction entitlements { ...Shown } }
                entitlements { ...Shown }
              }
            }
            fragment Shown on Entitlement { %s }""".formatted(ENTITLEMENT_FIELDS);

    private static final String ENTITLEMENT = """
            query Entitlement($authority: String!, $key: String!) {
              entitlement(authority: $authority, key: $key) { %s }
            }""".formatted(ENTITLEMENT_FIELDS);

    /** What the backend ever gives as a key; anything else is not asked for at all. */
    private static final Pattern KEY = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

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

    /** Empty when the authority's latest published offer has no entitlement with this key. */
    Optional<Entitlement> entitlement(String slug, String key) {
        if (!Authority.couldBeSlug(slug) || key == null || key.length() > 60 || !KEY.matcher(key).matches()) {
            return Optional.empty();
        }
        return backend.fetch(ENTITLEMENT, Map.of("authority", slug, "key", key), "entitlement", Entitlement.class);
    }
}
