package app.onward.mentalhealth;

import app.onward.audit.AuditLog;
import app.onward.clock.Today;
import app.onward.mentalhealth.internal.ReferralRepository;
import app.onward.youngperson.StaffMemberRef;
import app.onward.youngperson.YoungPersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reading referrals: only as {@link ReferralAccess} allows, and every referral returned is an audited read, written
 * in the same transaction (so these are never read-only transactions: a read whose audit cannot be written fails).
 */
@Service
public class ReferralReads {

    static final String ENTITY = "MentalHealthReferral";

    private final ReferralAccess access;
    private final ReferralRepository referrals;
    private final WaitThresholds thresholds;
    private final AuditLog audit;
    private final Today today;

    ReferralReads(ReferralAccess access, ReferralRepository referrals, WaitThresholds thresholds, AuditLog audit, Today today) {
        this.access = access;
        this.referrals = referrals;
        this.thresholds = thresholds;
        this.audit = audit;
        this.today = today;
    }

    /** Each young person's referrals, newest first, for those whose referrals the signed-in user may read. */
    @Transactional
    public Map<UUID, List<MentalHealthReferral>> forYoungPeople(Collection<UUID> youngPeople) {
        StaffMemberRef staff = access.currentStaff().orElse(null);
        if (staff == null) {
            return Map.of();
        }
        List<MentalHealthReferral> found = audited(views(referrals.find(ReferralRepository.byYoungPeople(youngPeople)
                .and(access.readableBy(staff, ReferralRepository.youngPersonField())))));
        return found.stream().collect(Collectors.groupingBy(referral -> referral.youngPersonId().value(),
                LinkedHashMap::new, Collectors.toList()));
    }

    /** Those of {@code youngPeople} whose referrals the signed-in user may read. */
    @Transactional(readOnly = true)
    public Set<UUID> mayRead(Collection<UUID> youngPeople) {
        return access.readable(youngPeople);
    }

    /** The referrals the signed-in member of staff may read that are still waiting past their threshold, longest over first. */
    @Transactional
    public List<MentalHealthReferral> waitingTooLong() {
        StaffMemberRef staff = access.currentStaff().orElse(null);
        if (staff == null) {
            return List.of();
        }
        return audited(views(referrals.find(access.readableBy(staff, ReferralRepository.youngPersonField())
                .and(ReferralRepository.stillWaiting()))).stream()
                .filter(MentalHealthReferral::escalated)
                .sorted(Comparator.comparing((MentalHealthReferral referral) -> referral.waitDays() - referral.thresholdDays())
                        .reversed())
                .toList());
    }

    /** The young person's own referrals (their id comes from their token, through {@code mine}), in plain words. */
    @Transactional
    public List<MyReferral> mine(YoungPersonId own) {
        Map<ReferralUrgency, Integer> set = thresholds.current();
        LocalDate day = today.date();
        List<MyReferral> mine = referrals.find(ReferralRepository.byYoungPeople(Set.of(own.value()))).stream()
                .map(referral -> MyReferralWords.of(referral, ReferralWait.of(referral, set.get(referral.urgency()), day)))
                .toList();
        audit.recordReads(ENTITY, mine.stream().map(referral -> referral.referralId().value()).toList());
        return mine;
    }

    /** One referral, already authorised, for a mutation's payload (the mutation is audited, not this). */
    @Transactional(propagation = Propagation.MANDATORY)
    MentalHealthReferral one(ReferralId id) {
        return views(referrals.find(ReferralRepository.byId(id))).getFirst();
    }

    /** In the caller's transaction: the referral as stored, when it exists in the authority. */
    @Transactional(propagation = Propagation.MANDATORY)
    Optional<Referral> stored(ReferralId id) {
        return referrals.find(ReferralRepository.byId(id)).stream().findFirst();
    }

    private List<MentalHealthReferral> views(List<Referral> found) {
        if (found.isEmpty()) {
            return List.of();
        }
        Map<ReferralUrgency, Integer> set = thresholds.current();
        LocalDate day = today.date();
        return found.stream()
                .map(referral -> MentalHealthReferral.of(referral, ReferralWait.of(referral, set.get(referral.urgency()), day)))
                .toList();
    }

    private List<MentalHealthReferral> audited(List<MentalHealthReferral> read) {
        audit.recordReads(ENTITY, read.stream().map(referral -> referral.referralId().value()).toList());
        return read;
    }
}
