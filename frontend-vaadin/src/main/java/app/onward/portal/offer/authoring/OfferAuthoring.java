package app.onward.portal.offer.authoring;

import app.onward.portal.graphql.SignedInBackend;
import app.onward.portal.offer.OfferDifferenceList;
import app.onward.portal.offer.authoring.DraftModel.Draft;
import app.onward.portal.offer.authoring.DraftModel.Live;
import app.onward.portal.offer.authoring.DraftModel.Outcome;
import app.onward.portal.offer.authoring.DraftModel.Problem;
import app.onward.portal.offer.authoring.DraftModel.SaveInput;
import org.springframework.stereotype.Component;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A tenant admin's work on the offer, through the backend as the signed-in admin (offer.graphqls: offerDraft,
 * startOfferDraft, saveOfferDraft, publishOfferDraft). The backend decides who may; every method throws
 * {@link app.onward.portal.graphql.BackendException} when there is no answer.
 */
@Component
class OfferAuthoring {

    static final String ENTITLEMENT_FIELDS = """
            key title summary area
            whatYouGet { description amount { pence text } frequency upTo cap amountInWords }
            whoQualifies { fromAge fromDaysBefore untilAge categories circumstances { circumstance required } inWords }
            howToClaim { steps proof contact { name phone email web } }
            nationalEntitlement legalBasis lastReviewedOn availableUntil""";

    private static final String DRAFT_FIELDS = """
            { version rowVersion title introduction
              sections { area title introduction entitlements { %s } }
              problems { field message code }
              advice { field kind excerpt suggestion } }""".formatted(ENTITLEMENT_FIELDS);

    private static final String DRAFT = "query Draft { offerDraft " + DRAFT_FIELDS + " }";

    private static final String START = "mutation Start { startOfferDraft { draft " + DRAFT_FIELDS
            + " userErrors { field message code } } }";

    private static final String SAVE = "mutation Save($input: SaveOfferDraftInput!) { saveOfferDraft(input: $input) { draft "
            + DRAFT_FIELDS + " userErrors { field message code } } }";

    private static final String PUBLISH = """
            mutation Publish($input: PublishOfferDraftInput!) {
              publishOfferDraft(input: $input) { offer { version publishedAt } userErrors { field message code } }
            }""";

    private static final String LIVE = """
            query Live($authority: String!) { offer(authority: $authority) { version publishedAt entitlements { key } } }""";

    private static final String CHANGES = """
            query Changes { offerDraft { rowVersion changes { kind area entitlementKey label field before after } } }""";

    private final SignedInBackend backend;

    OfferAuthoring(SignedInBackend backend) {
        this.backend = backend;
    }

    Optional<Draft> draft() {
        return backend.fetch(DRAFT, Map.of(), "offerDraft", Draft.class);
    }

    Outcome start() {
        return backend.fetch(START, Map.of(), "startOfferDraft", Outcome.class).orElseThrow();
    }

    Outcome save(SaveInput input) {
        return backend.fetch(SAVE, Map.of("input", input), "saveOfferDraft", Outcome.class)
                .orElseThrow();
    }

    record Published(Version offer, List<Problem> userErrors) {}

    record Version(int version, OffsetDateTime publishedAt) {}

    Published publish(int rowVersion) {
        return backend.fetch(PUBLISH, Map.of("input", Map.of("rowVersion", rowVersion)), "publishOfferDraft", Published.class)
                .orElseThrow();
    }

    /** Empty when the authority has published nothing yet. */
    Optional<Live> live(String authority) {
        return backend.fetch(LIVE, Map.of("authority", authority), "offer", LiveOffer.class)
                .map(offer -> new Live(offer.version(), offer.publishedAt(),
                        offer.entitlements().stream().map(KeyOnly::key).filter(java.util.Objects::nonNull).toList()));
    }

    private record LiveOffer(int version, OffsetDateTime publishedAt, List<KeyOnly> entitlements) {}

    private record KeyOnly(String key) {}

    /** What publishing the draft would change, against the version young people see now. */
    record Changes(int rowVersion, List<OfferDifferenceList.Difference> changes) {}

    Optional<Changes> changes() {
        return backend.fetch(CHANGES, Map.of(), "offerDraft", Changes.class);
    }
}
