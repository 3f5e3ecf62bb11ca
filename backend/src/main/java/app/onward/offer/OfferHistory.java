package app.onward.offer;

import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.offer.internal.OfferRepository;
import app.onward.tenant.Tenant;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.NoSuchElementException;

/**
 * For tenant admins: every version of the authority's offer that was published, and what changed from one to
 * another (docs/decisions/0013-the-local-offer-and-its-rules.md). Published versions never change, so neither does
 * what is said about them.
 */
@Service
public class OfferHistory {

    private final OfferRepository offers;

    OfferHistory(OfferRepository offers) {
        this.offers = offers;
    }

    /** Newest first. */
    @Transactional(readOnly = true)
    public List<OfferVersionSummary> versions() {
        requireAdmin();
        return offers.publishedVersions();
    }

    /** From one published version to another, either way round; a number that was never published is not found. */
    @Transactional(readOnly = true)
    public List<OfferDifference> differences(int from, int to) {
        Tenant authority = requireAdmin();
        return OfferDifferences.between(published(authority, from), published(authority, to));
    }

    private PublishedOffer published(Tenant authority, int version) {
        return offers.publishedVersion(authority, version)
                .orElseThrow(() -> new NoSuchElementException("No published version " + version));
    }

    static Tenant requireAdmin() {
        return CurrentUser.requireInAuthority("Only a tenant admin may read the offer's history", OnwardRole.TENANT_ADMIN)
                .tenant().orElseThrow();
    }
}
