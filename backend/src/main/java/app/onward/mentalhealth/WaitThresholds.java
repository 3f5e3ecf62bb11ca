package app.onward.mentalhealth;

import app.onward.audit.AuditLog;
import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;
import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.identity.SignedInUser;
import app.onward.mentalhealth.internal.ReferralRepository;
import app.onward.settings.AuthoritySettings;
import app.onward.settings.AuthoritySettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The authority's wait thresholds, one per urgency, and the defaults for an urgency it has not set: ROUTINE 42 days
 * (the NHS Talking Therapies standard of treatment starting within 6 weeks), URGENT 7, EMERGENCY 1
 * (docs/decisions/0017-mental-health-referrals.md). Tenant admins set them.
 */
@Service
public class WaitThresholds {

    public static final Map<ReferralUrgency, Integer> DEFAULTS = Map.of(
            ReferralUrgency.ROUTINE, 42, ReferralUrgency.URGENT, 7, ReferralUrgency.EMERGENCY, 1);
    static final int MOST_DAYS = 365;

    private final ReferralRepository referrals;
    private final AuthoritySettingsService settings;
    private final AuditLog audit;

    WaitThresholds(ReferralRepository referrals, AuthoritySettingsService settings, AuditLog audit) {
        this.referrals = referrals;
        this.settings = settings;
        this.audit = audit;
    }

    public record Result(AuthoritySettings settings, List<UserError> userErrors) {
    }

    /** In the caller's transaction: every urgency's threshold, the authority's or else the default. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Map<ReferralUrgency, Integer> current() {
        Map<ReferralUrgency, Integer> thresholds = new EnumMap<>(DEFAULTS);
        thresholds.putAll(referrals.thresholds());
        return thresholds;
    }

    /** For AuthoritySettings (whose reader was checked when it was read), in urgency order. */
    @Transactional(readOnly = true)
    public List<ReferralWaitThreshold> list() {
        Map<ReferralUrgency, Integer> thresholds = current();
        return Arrays.stream(ReferralUrgency.values()).map(urgency -> new ReferralWaitThreshold(urgency, thresholds.get(urgency))).toList();
    }

    /** Tenant admins only; an urgency left out keeps its threshold. */
    @Transactional
    public Result set(List<ReferralWaitThreshold> wanted) {
        SignedInUser admin = CurrentUser.requireInAuthority("Only a tenant admin may change the authority's settings",
                OnwardRole.TENANT_ADMIN);
        InputChecks checks = new InputChecks();
        Set<ReferralUrgency> seen = EnumSet.noneOf(ReferralUrgency.class);
        for (int i = 0; i < wanted.size(); i++) {
            ReferralWaitThreshold threshold = wanted.get(i);
            if (!seen.add(threshold.urgency())) {
                checks.add(UserError.invalid("thresholds." + i + ".urgency", "Give each urgency once"));
            }
            if (threshold.days() < 1 || threshold.days() > MOST_DAYS) {
                checks.add(UserError.invalid("thresholds." + i + ".days", "Enter a number of days from 1 to " + MOST_DAYS));
            }
        }
        if (!checks.ok()) {
            return new Result(null, checks.errors());
        }
        Map<String, Integer> before = asAudited(current());
        wanted.forEach(threshold -> referrals.saveThreshold(threshold.urgency(), threshold.days(), admin.subject()));
        audit.record("SET_REFERRAL_WAIT_THRESHOLDS", "AuthoritySettings", null, before, asAudited(current()));
        return new Result(settings.current(), List.of());
    }

    private static Map<String, Integer> asAudited(Map<ReferralUrgency, Integer> thresholds) {
        Map<String, Integer> audited = new LinkedHashMap<>();
        thresholds.forEach((urgency, days) -> audited.put(urgency.name(), days));
        return audited;
    }
}
