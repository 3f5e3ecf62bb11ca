package app.onward.mentalhealth;

import app.onward.audit.AuditLog;
import app.onward.clock.Today;
import app.onward.graphql.GlobalId;
import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;
import app.onward.mentalhealth.ReferralInputs.RecordReferralStatusInput;
import app.onward.mentalhealth.ReferralInputs.StartMentalHealthReferralInput;
import app.onward.mentalhealth.ReferralInputs.UpdateMentalHealthReferralInput;
import app.onward.mentalhealth.internal.ReferralRepository;
import app.onward.youngperson.Ids;
import app.onward.youngperson.StaffMemberRef;
import app.onward.youngperson.YoungPersonId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.Function;

/**
 * Starting and changing referrals: only by the staff {@link ReferralAccess} allows (anyone else: not found); a change
 * sent with an older version writes nothing and says what changed since ({@link ReferralConflicts}). Each change is
 * audited in its transaction with what was done, when and by whom, never what was written: every detail of a
 * referral is special-category, so the audit marks a changed field "changed".
 */
@Service
public class ReferralChanges {

    static final String START = "START_MENTAL_HEALTH_REFERRAL";
    static final String UPDATE = "UPDATE_MENTAL_HEALTH_REFERRAL";
    static final String STATUS = "RECORD_REFERRAL_STATUS";
    static final String CHANGED = "changed";

    /** Each detail as the input names it, for the audit's markers and the conflict's words. */
    static final Map<String, Function<ReferralDetails, Object>> FIELDS = fields();

    private final ReferralAccess access;
    private final ReferralRepository referrals;
    private final ReferralReads reads;
    private final ReferralConflicts conflicts;
    private final AuditLog audit;
    private final Today today;

    ReferralChanges(ReferralAccess access, ReferralRepository referrals, ReferralReads reads, ReferralConflicts conflicts,
                    AuditLog audit, Today today) {
        this.access = access;
        this.referrals = referrals;
        this.reads = reads;
        this.conflicts = conflicts;
        this.audit = audit;
        this.today = today;
    }

    /** The referral as it now is (null when nothing was written) and what was wrong. */
    public record Payload(MentalHealthReferral referral, List<UserError> userErrors) {
        static Payload refused(List<UserError> errors) {
            return new Payload(null, errors);
        }
    }

    @Transactional
    public Payload start(StartMentalHealthReferralInput input) {
        YoungPersonId youngPerson = Ids.youngPerson(input.youngPersonId());
        StaffMemberRef me = access.requireMayRead(youngPerson);
        ReferralDetails details = input.details();
        List<UserError> errors = ReferralChecks.check(details, null, today.date());
        if (!errors.isEmpty()) {
            return Payload.refused(errors);
        }
        ReferralId id = referrals.insert(youngPerson, details, me.id().value(), today.date());
        audit.record(START, ReferralReads.ENTITY, id.value(), null, Map.of("youngPersonId", Ids.of(youngPerson),
                "status", ReferralStatus.DRAFT.name(), "version", 1));
        return new Payload(reads.one(id), List.of());
    }

    @Transactional
    public Payload update(UpdateMentalHealthReferralInput input) {
        Referral stored = authorised(input.referralId()).referral();
        if (stored.version() != input.version()) {
            return Payload.refused(List.of(conflicts.since(stored.id(), input.version())));
        }
        ReferralDetails wanted = input.details();
        List<UserError> errors = ReferralChecks.check(wanted, stored.sentOn(), today.date());
        if (!errors.isEmpty()) {
            return Payload.refused(errors);
        }
        if (!referrals.updateDetails(stored.id(), input.version(), wanted)) {
            return Payload.refused(List.of(conflicts.since(stored.id(), input.version())));
        }
        Map<String, Object> before = new LinkedHashMap<>();
        FIELDS.forEach((field, value) -> {
            if (!Objects.equals(value.apply(stored.details()), value.apply(wanted))) {
                before.put(field, CHANGED);
            }
        });
        Map<String, Object> after = new LinkedHashMap<>(before);
        before.put("version", input.version());
        after.put("version", input.version() + 1);
        audit.record(UPDATE, ReferralReads.ENTITY, stored.id().value(), before, after);
        return new Payload(reads.one(stored.id()), List.of());
    }

    @Transactional
    public Payload recordStatus(RecordReferralStatusInput input) {
        Authorised authorised = authorised(input.referralId());
        Referral stored = authorised.referral();
        if (stored.version() != input.version()) {
            return Payload.refused(List.of(conflicts.since(stored.id(), input.version())));
        }
        List<UserError> errors = ReferralSteps.check(stored, input.status(), input.on(), input.reason(), today.date());
        if (!errors.isEmpty()) {
            return Payload.refused(errors);
        }
        String reason = InputChecks.blankToNull(input.reason());
        if (!referrals.recordStatus(stored.id(), input.version(), input.status(), input.on(), reason,
                authorised.me().id().value())) {
            return Payload.refused(List.of(conflicts.since(stored.id(), input.version())));
        }
        Map<String, Object> after = new LinkedHashMap<>();
        after.put("status", input.status().name());
        after.put("on", input.on().toString());
        if (reason != null) {
            after.put("reason", "given");
        }
        after.put("version", input.version() + 1);
        audit.record(STATUS, ReferralReads.ENTITY, stored.id().value(),
                Map.of("status", stored.status().name(), "version", input.version()), after);
        return new Payload(reads.one(stored.id()), List.of());
    }

    private record Authorised(StaffMemberRef me, Referral referral) {
    }

    /** The referral, when the signed-in user may change it; otherwise not found, as if there were none. */
    private Authorised authorised(String referralId) {
        ReferralId id = GlobalId.parse(ReferralReads.ENTITY, referralId).map(ReferralId::new)
                .orElseThrow(() -> new NoSuchElementException("No such referral"));
        YoungPersonId youngPerson = referrals.youngPersonOf(id).orElseThrow(() -> new NoSuchElementException("No such referral"));
        StaffMemberRef me = access.requireMayRead(youngPerson);
        return new Authorised(me, reads.stored(id).orElseThrow());
    }

    private static Map<String, Function<ReferralDetails, Object>> fields() {
        Map<String, Function<ReferralDetails, Object>> fields = new LinkedHashMap<>();
        fields.put("service", ReferralDetails::service);
        fields.put("serviceName", ReferralDetails::serviceName);
        fields.put("reason", ReferralDetails::reason);
        fields.put("urgency", ReferralDetails::urgency);
        fields.put("consent", ReferralDetails::consent);
        fields.put("knownToCamhsBefore18", ReferralDetails::knownToCamhsBefore18);
        fields.put("transitionFromCamhs", ReferralDetails::transitionFromCamhs);
        return fields;
    }
}
