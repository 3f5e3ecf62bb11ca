package app.onward.offer.openreferral;

import app.onward.offer.HowToClaim;
import app.onward.offer.OfferService;
import app.onward.offer.PublishedOffer;
import app.onward.offer.QualifyingInWords;
import app.onward.offer.WhatYouGet;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.WhoQualifies;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.IntStream;

/**
 * An authority's latest published offer as Open Referral services, one per entitlement. It reads only
 * {@link OfferService#publishedOffer(String)}, so it can serve nothing the public offer does not show, and
 * nothing of an unknown or suspended authority. Every id is derived from the authority and the entitlement's
 * key, so a consumer sees the same service across versions (docs/decisions/0015-open-referral-uk-feed.md).
 */
@Component
class OpenReferralFeed {

    static final String HSDS_VERSION = "3.0";
    static final String PROFILE = "https://github.com/OpenReferralUK/uk-profile";
    static final String OPENAPI_URL = "https://raw.githubusercontent.com/openreferral/specification/3.0/schema/openapi.json";
    private static final DateTimeFormatter MILLISECONDS = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSX");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private final OfferService offers;
    private final String portal;

    OpenReferralFeed(OfferService offers, @Value("${onward.portal.public-url:http://localhost:8080}") String portal) {
        this.offers = offers;
        this.portal = portal.endsWith("/") ? portal.substring(0, portal.length() - 1) : portal;
    }

    /** Empty when no active authority publishes an offer at this slug. */
    Optional<OpenReferral.ApiDetails> details(String slug) {
        return offers.publishedOffer(slug).map(offer -> new OpenReferral.ApiDetails(HSDS_VERSION, PROFILE, OPENAPI_URL,
                offer.title() + ": each entitlement as an Open Referral service",
                new OpenReferral.Publisher(offer.authority().name(), offerPage(slug))));
    }

    /** Every service, in the offer's reading order; empty when no active authority publishes an offer at this slug. */
    Optional<List<OpenReferral.Service>> services(String slug) {
        return offers.publishedOffer(slug).map(offer -> offer.entitlements().stream()
                .map(entitlement -> service(offer, entitlement)).toList());
    }

    Optional<OpenReferral.Service> service(String slug, UUID id) {
        return services(slug).flatMap(all -> all.stream().filter(service -> service.id().equals(id)).findFirst());
    }

    private OpenReferral.Service service(PublishedOffer offer, PublishedOffer.Entitlement entitlement) {
        Ids ids = new Ids(offer.authority().id().value(), "service/" + entitlement.key());
        HowToClaim.Contact contact = entitlement.howToClaim() == null ? null : entitlement.howToClaim().contact();
        AgeRange age = entitlement.whoQualifies() == null ? null : entitlement.whoQualifies().age();
        return new OpenReferral.Service(ids.of(""), entitlement.title(), description(entitlement),
                portal + "/" + offer.authority().slug() + "/offer/" + entitlement.key(),
                contact == null ? null : blankToNull(contact.email()), "active",
                entitlement.availableUntil() == null ? null : "Offered until " + DAY.format(entitlement.availableUntil()) + ".",
                eligibility(entitlement.whoQualifies()),
                age == null ? null : (age.fromDaysBefore() > 0 ? Math.max(0, age.fromAge() - 1) : age.fromAge()),
                age == null || age.untilAge() == null ? null : age.untilAge() - 1,
                applicationProcess(entitlement.howToClaim()),
                entitlement.lastReviewedOn(),
                MILLISECONDS.format(offer.publishedAt().withOffsetSameInstant(ZoneOffset.UTC)),
                organization(offer),
                contacts(ids, contact),
                costOptions(ids, entitlement),
                requiredDocuments(ids, entitlement.howToClaim()));
    }

    private OpenReferral.Organization organization(PublishedOffer offer) {
        UUID id = new Ids(offer.authority().id().value(), "organization").of("");
        return new OpenReferral.Organization(id, offer.authority().name(),
                "The local authority that publishes " + offer.title() + ".", offerPage(offer.authority().slug()));
    }

    private String offerPage(String slug) {
        return portal + "/" + slug + "/offer";
    }

    /** The summary, then what you get. */
    private static String description(PublishedOffer.Entitlement entitlement) {
        WhatYouGet what = entitlement.whatYouGet();
        if (what == null || blankToNull(what.description()) == null) {
            return entitlement.summary();
        }
        String amount = what.amountInWords() == null ? "" : " (" + what.amountInWords() + ")";
        String cap = blankToNull(what.cap()) == null ? "" : " for " + what.cap();
        return entitlement.summary() + "\n\nWhat you get: " + what.description() + amount + cap + ".";
    }

    /** The same lines the public page shows under "Who can get it". */
    private static String eligibility(WhoQualifies who) {
        if (who == null) {
            return null;
        }
        StringBuilder text = new StringBuilder(QualifyingInWords.LEAD);
        QualifyingInWords.of(who).forEach(line -> text.append("\n- ").append(line));
        return text.toString();
    }

    private static String applicationProcess(HowToClaim howToClaim) {
        if (howToClaim == null || howToClaim.steps().isEmpty()) {
            return null;
        }
        return String.join("\n", IntStream.range(0, howToClaim.steps().size())
                .mapToObj(step -> (step + 1) + ". " + howToClaim.steps().get(step)).toList());
    }

    private static List<OpenReferral.Contact> contacts(Ids ids, HowToClaim.Contact contact) {
        if (contact == null || contact.saysNothing()) {
            return List.of();
        }
        List<OpenReferral.Phone> phones = blankToNull(contact.phone()) == null ? List.of()
                : List.of(new OpenReferral.Phone(ids.of("/contact/phone"), contact.phone()));
        return List.of(new OpenReferral.Contact(ids.of("/contact"), blankToNull(contact.name()),
                blankToNull(contact.email()), blankToNull(contact.web()), phones));
    }

    private static List<OpenReferral.CostOption> costOptions(Ids ids, PublishedOffer.Entitlement entitlement) {
        WhatYouGet what = entitlement.whatYouGet();
        if (what == null || what.amount() == null) {
            return List.of();
        }
        return List.of(new OpenReferral.CostOption(ids.of("/cost_option"), what.description(), "GBP",
                BigDecimal.valueOf(what.amount().pence(), 2),
                what.amountInWords() + ", paid to the young person: money they get, not a charge",
                entitlement.availableUntil()));
    }

    private static List<OpenReferral.RequiredDocument> requiredDocuments(Ids ids, HowToClaim howToClaim) {
        if (howToClaim == null) {
            return List.of();
        }
        List<OpenReferral.RequiredDocument> documents = new ArrayList<>();
        howToClaim.proof().forEach(proof -> documents.add(new OpenReferral.RequiredDocument(ids.of("/required_document/" + proof), proof)));
        return documents;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /**
     * Name-based (version 5, SHA-1) UUIDs in the authority's own namespace (its tenant id), so that the same
     * authority and key always give the same id, and no two authorities' ids can meet.
     */
    record Ids(UUID authority, String prefix) {

        UUID of(String suffix) {
            try {
                MessageDigest sha1 = MessageDigest.getInstance("SHA-1");
                sha1.update(ByteBuffer.allocate(16).putLong(authority.getMostSignificantBits())
                        .putLong(authority.getLeastSignificantBits()).array());
                byte[] hash = sha1.digest((prefix + suffix).getBytes(StandardCharsets.UTF_8));
                hash[6] = (byte) ((hash[6] & 0x0f) | 0x50);
                hash[8] = (byte) ((hash[8] & 0x3f) | 0x80);
                ByteBuffer bytes = ByteBuffer.wrap(hash, 0, 16);
                return new UUID(bytes.getLong(), bytes.getLong());
            } catch (NoSuchAlgorithmException e) {
                throw new IllegalStateException("Every Java runtime has SHA-1", e);
            }
        }
    }
}
