package app.onward.offer;

import app.onward.audit.AuditLog;
import app.onward.graphql.UserError;
import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.identity.SignedInUser;
import app.onward.notice.NoticeKind;
import app.onward.notice.Notices;
import app.onward.offer.internal.EntitlementClaimRepository;
import app.onward.youngperson.RecordAccess;
import app.onward.youngperson.YoungPersonId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Delivery of the offer: a young person says they applied for an entitlement, received it, or were refused (and
 * why); their personal adviser is told and sees it on their record; leaders see how many, per entitlement,
 * never who.
 */
@Service
public class EntitlementClaims {

    static final int LONGEST_REASON = 500;

    public enum ClaimStatus { APPLIED_FOR, RECEIVED, REFUSED }

    public record Claim(UUID id, String entitlementKey, ClaimStatus status, String reason, OffsetDateTime recordedAt) {}

    public record Count(String entitlementKey, int appliedFor, int received, int refused) {}

    public record Result(Claim claim, List<UserError> userErrors) {}

    private final EntitlementClaimRepository claims;
    private final RecordAccess access;
    private final OfferService offers;
    private final Notices notices;
    private final AuditLog audit;

    EntitlementClaims(EntitlementClaimRepository claims, RecordAccess access, OfferService offers, Notices notices, AuditLog audit) {
        this.claims = claims;
        this.access = access;
        this.offers = offers;
        this.notices = notices;
        this.audit = audit;
    }

    /** For the signed-in young person only, about an entitlement of their authority's published offer. */
    @Transactional
    public Result record(String entitlementKey, ClaimStatus status, String reason) {
        YoungPersonId own = access.ownRecord().orElseThrow(() -> new AccessDeniedException("Only a young person records their own claims"));
        SignedInUser user = CurrentUser.require();
        List<UserError> errors = new ArrayList<>();
        if (status == null) {
            errors.add(UserError.required("status", "whether you applied, got it, or were refused"));
        }
        String because = reason == null || reason.isBlank() ? null : reason.strip();
        if (status == ClaimStatus.REFUSED && because == null) {
            errors.add(UserError.required("reason", "what you were told about why"));
        } else if (status != ClaimStatus.REFUSED && because != null) {
            errors.add(UserError.invalid("reason", "A reason is only for a refusal"));
        } else if (because != null && because.length() > LONGEST_REASON) {
            errors.add(UserError.tooLong("reason", "the reason", LONGEST_REASON));
        }
        String slug = user.tenant().orElseThrow().slug();
        if (offers.publishedEntitlement(slug, entitlementKey == null ? "" : entitlementKey).isEmpty()) {
            errors.add(UserError.notFound("entitlementKey", "That is not part of your council's offer"));
        }
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        Claim claim = claims.record(own.value(), entitlementKey, status, because, user.subject());
        audit.record("RECORD_ENTITLEMENT_CLAIM", "EntitlementClaim", claim.id(), null,
                Map.of("entitlement", entitlementKey, "status", status.name()));
        notices.tellAdviser(own, NoticeKind.ENTITLEMENT_CLAIM_RECORDED, claim.id());
        return new Result(claim, List.of());
    }

    /** The signed-in young person's claims, where each stands now. */
    @Transactional(readOnly = true)
    public List<Claim> mine() {
        return access.ownRecord().map(own -> claims.latestOf(List.of(own.value())).getOrDefault(own.value(), List.of())).orElse(List.of());
    }

    /** For young people the caller was already allowed to open (a batch loader under an authorised parent). */
    @Transactional(readOnly = true)
    public Map<UUID, List<Claim>> of(Collection<UUID> youngPeople) {
        return claims.latestOf(youngPeople);
    }

    /** The entitlement's title in the caller's authority's latest published offer (cached); the key if it is gone. */
    public String title(String entitlementKey) {
        return CurrentUser.require().tenant()
                .flatMap(authority -> offers.publishedEntitlement(authority.slug(), entitlementKey))
                .map(PublishedOffer.Entitlement::title)
                .orElse(entitlementKey);
    }

    /** Counts per entitlement for leaders, managers and tenant admins. */
    @Transactional(readOnly = true)
    public List<Count> counts() {
        CurrentUser.requireInAuthority("Only leaders, managers and tenant admins see the counts",
                OnwardRole.LEADER, OnwardRole.TEAM_MANAGER, OnwardRole.TENANT_ADMIN);
        return claims.counts();
    }
}
