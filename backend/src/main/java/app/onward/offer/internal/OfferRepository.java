package app.onward.offer.internal;

import app.onward.offer.EntitlementContent;
import app.onward.offer.OfferArea;
import app.onward.offer.OfferVersionSummary;
import app.onward.offer.PublishedOffer;
import app.onward.tenant.Tenant;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

public interface OfferRepository {

    /** The latest published version of the current tenant's offer. */
    Optional<PublishedOffer> latestPublished(Tenant authority);

    /** The number of the current tenant's latest published version: one cheap statement, nothing of its content. */
    Optional<Integer> latestPublishedVersion();

    /** One published version, by its number. */
    Optional<PublishedOffer> publishedVersion(Tenant authority, int version);

    /** The version that was the latest published at that moment: what a young person was shown then. */
    Optional<PublishedOffer> publishedAt(Tenant authority, OffsetDateTime moment);

    /** Every published version of the current tenant's offer, newest first, in one statement. */
    List<OfferVersionSummary> publishedVersions();

    /** Whether the current tenant has any version of its offer, published or not. */
    boolean hasAnyVersion();

    /** Whether the latest published version has sections (versions before V8 have none). */
    boolean latestPublishedHasSections();

    /**
     * Publishes a new version of the current tenant's offer with these sections and entitlements, in order,
     * in one transaction: it is written as a draft and then published, so a failure leaves nothing behind.
     * Announces {@link app.onward.offer.OfferPublished} once it commits.
     */
    int publish(String title, String introduction, List<NewSection> sections, String publishedBy);

    /**
     * The current tenant's draft of its next version, with its row version; empty when there is none. With
     * {@code lock}, the draft is held until the transaction ends, so that what is read is what a save or a
     * publish in the same transaction acts on (every writer takes the same lock first). Without it, call within a
     * repeatable-read transaction, or a save committing between the statements could tear what is read.
     */
    Optional<Draft> draft(Tenant authority, boolean lock);

    /** Starts a draft with this content; false, and nothing written, when there is one already. */
    boolean startDraft(String title, String introduction, List<NewSection> sections);

    /**
     * Replaces the draft's content if it is still at {@code rowVersion}; false (and nothing written) when someone
     * saved it since.
     */
    boolean saveDraft(int rowVersion, String title, String introduction, List<NewSection> sections);

    /**
     * Publishes the draft if it is still at {@code rowVersion}: it becomes a version nothing can change. Empty
     * (and nothing published) when someone saved it since. Announces {@link app.onward.offer.OfferPublished}.
     */
    Optional<Integer> publishDraft(int rowVersion, String publishedBy);

    /** A draft as stored: the offer it will publish, and the row version a save or a publish must name. */
    record Draft(PublishedOffer offer, int rowVersion) {}

    record NewSection(OfferArea area, String title, String introduction, List<EntitlementContent> entitlements) {

        /** A section per area that has entitlements, in the areas' order, each headed by the area's own title. */
        public static List<NewSection> byArea(List<EntitlementContent> entitlements) {
            return java.util.Arrays.stream(OfferArea.values())
                    .map(area -> new NewSection(area, area.title(), "",
                            entitlements.stream().filter(entitlement -> entitlement.area() == area).toList()))
                    .filter(section -> !section.entitlements().isEmpty())
                    .toList();
        }
    }
}
