package app.onward.mentalhealth.internal;

import app.onward.mentalhealth.ConsentGiver;
import app.onward.mentalhealth.ConsentMethod;
import app.onward.mentalhealth.MentalHealthService;
import app.onward.mentalhealth.Referral;
import app.onward.mentalhealth.ReferralConsent;
import app.onward.mentalhealth.ReferralDetails;
import app.onward.mentalhealth.ReferralId;
import app.onward.mentalhealth.ReferralStatus;
import app.onward.mentalhealth.ReferralUrgency;
import app.onward.mentalhealth.StatusChange;
import app.onward.youngperson.YoungPersonId;
import app.onward.youngperson.internal.StaffRows;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.JSONB;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.MENTAL_HEALTH_REFERRAL;
import static app.onward.jooq.Tables.REFERRAL_STATUS_CHANGE;
import static app.onward.jooq.Tables.REFERRAL_WAIT_THRESHOLD;
import static app.onward.jooq.Tables.STAFF_MEMBER;

/**
 * Referrals with their status histories (two statements for any number of referrals), their versions, and the
 * authority's wait thresholds. Who may read which is decided by the caller's condition (ReferralAccess).
 */
@Repository
public class ReferralRepository {

    private final DSLContext dsl;

    ReferralRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** A new referral at version 1, with its first status, DRAFT, on {@code today}. */
    public ReferralId insert(YoungPersonId youngPerson, ReferralDetails details, UUID startedBy, LocalDate today) {
        UUID id = dsl.insertInto(MENTAL_HEALTH_REFERRAL)
                .set(MENTAL_HEALTH_REFERRAL.YOUNG_PERSON_ID, youngPerson.value())
                .set(detailColumns(details))
                .set(MENTAL_HEALTH_REFERRAL.STARTED_BY, startedBy)
                .returning(MENTAL_HEALTH_REFERRAL.ID)
                .fetchSingle(MENTAL_HEALTH_REFERRAL.ID);
        appendStatus(new ReferralId(id), ReferralStatus.DRAFT, today, null, 1, startedBy);
        return new ReferralId(id);
    }

    /** False, writing nothing, when the referral is no longer at {@code version}. */
    public boolean updateDetails(ReferralId id, int version, ReferralDetails details) {
        return dsl.update(MENTAL_HEALTH_REFERRAL)
                .set(detailColumns(details))
                .set(MENTAL_HEALTH_REFERRAL.VERSION, version + 1)
                .where(MENTAL_HEALTH_REFERRAL.ID.eq(id.value())).and(MENTAL_HEALTH_REFERRAL.VERSION.eq(version))
                .execute() == 1;
    }

    /** The next status, as version {@code version + 1}; false, writing nothing, when it is no longer at {@code version}. */
    public boolean recordStatus(ReferralId id, int version, ReferralStatus status, LocalDate on, String reason, UUID recordedBy) {
        boolean moved = dsl.update(MENTAL_HEALTH_REFERRAL)
                .set(MENTAL_HEALTH_REFERRAL.VERSION, version + 1)
                .where(MENTAL_HEALTH_REFERRAL.ID.eq(id.value())).and(MENTAL_HEALTH_REFERRAL.VERSION.eq(version))
                .execute() == 1;
        if (moved) {
            appendStatus(id, status, on, reason, version + 1, recordedBy);
        }
        return moved;
    }

    private void appendStatus(ReferralId id, ReferralStatus status, LocalDate on, String reason, int version, UUID recordedBy) {
        dsl.insertInto(REFERRAL_STATUS_CHANGE)
                .set(REFERRAL_STATUS_CHANGE.REFERRAL_ID, id.value())
                .set(REFERRAL_STATUS_CHANGE.STATUS, status.name())
                .set(REFERRAL_STATUS_CHANGE.HAPPENED_ON, on)
                .set(REFERRAL_STATUS_CHANGE.REASON, reason)
                .set(REFERRAL_STATUS_CHANGE.REFERRAL_VERSION, version)
                .set(REFERRAL_STATUS_CHANGE.RECORDED_BY, recordedBy)
                .execute();
    }

    private static Map<Field<?>, Object> detailColumns(ReferralDetails details) {
        ReferralConsent consent = details.consent();
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(MENTAL_HEALTH_REFERRAL.SERVICE, details.service().name());
        columns.put(MENTAL_HEALTH_REFERRAL.SERVICE_NAME, details.serviceName());
        columns.put(MENTAL_HEALTH_REFERRAL.REASON, details.reason());
        columns.put(MENTAL_HEALTH_REFERRAL.URGENCY, details.urgency().name());
        columns.put(MENTAL_HEALTH_REFERRAL.CONSENT_GIVEN_BY, consent == null ? null : consent.givenBy().name());
        columns.put(MENTAL_HEALTH_REFERRAL.CONSENT_GIVEN_ON, consent == null ? null : consent.givenOn());
        columns.put(MENTAL_HEALTH_REFERRAL.CONSENT_HOW, consent == null ? null : consent.how().name());
        columns.put(MENTAL_HEALTH_REFERRAL.KNOWN_TO_CAMHS_BEFORE_18, details.knownToCamhsBefore18());
        columns.put(MENTAL_HEALTH_REFERRAL.TRANSITION_FROM_CAMHS, details.transitionFromCamhs());
        return columns;
    }

    /** The young person a referral is about; empty when there is no such referral in the authority. */
    public Optional<YoungPersonId> youngPersonOf(ReferralId id) {
        return dsl.select(MENTAL_HEALTH_REFERRAL.YOUNG_PERSON_ID).from(MENTAL_HEALTH_REFERRAL)
                .where(MENTAL_HEALTH_REFERRAL.ID.eq(id.value()))
                .fetchOptional(row -> new YoungPersonId(row.value1()));
    }

    /**
     * The referrals meeting {@code referrals} (a condition on the referral table: see the static conditions here),
     * each with its whole history, newest first: one statement for the referrals, one for all their histories.
     */
    public List<Referral> find(Condition referrals) {
        Map<UUID, List<StatusChange>> histories = new HashMap<>();
        List<Record> rows = dsl.select(MENTAL_HEALTH_REFERRAL.fields()).select(StaffRows.fields())
                .from(MENTAL_HEALTH_REFERRAL)
                .join(StaffRows.from()).on(StaffRows.STAFF.ID.eq(MENTAL_HEALTH_REFERRAL.STARTED_BY))
                .where(referrals)
                .orderBy(MENTAL_HEALTH_REFERRAL.STARTED_AT.desc(), MENTAL_HEALTH_REFERRAL.ID)
                .fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        dsl.select(REFERRAL_STATUS_CHANGE.fields()).select(StaffRows.fields())
                .from(REFERRAL_STATUS_CHANGE)
                .join(StaffRows.from()).on(StaffRows.STAFF.ID.eq(REFERRAL_STATUS_CHANGE.RECORDED_BY))
                .where(REFERRAL_STATUS_CHANGE.REFERRAL_ID.in(rows.stream().map(row -> row.get(MENTAL_HEALTH_REFERRAL.ID)).toList()))
                .orderBy(REFERRAL_STATUS_CHANGE.REFERRAL_VERSION)
                .forEach(row -> histories.computeIfAbsent(row.get(REFERRAL_STATUS_CHANGE.REFERRAL_ID), id -> new ArrayList<>())
                        .add(new StatusChange(ReferralStatus.valueOf(row.get(REFERRAL_STATUS_CHANGE.STATUS)),
                                row.get(REFERRAL_STATUS_CHANGE.HAPPENED_ON), row.get(REFERRAL_STATUS_CHANGE.REASON),
                                StaffRows.map(row), row.get(REFERRAL_STATUS_CHANGE.RECORDED_AT),
                                row.get(REFERRAL_STATUS_CHANGE.REFERRAL_VERSION))));
        return rows.stream().map(row -> referral(row, histories.get(row.get(MENTAL_HEALTH_REFERRAL.ID)))).toList();
    }

    private static Referral referral(Record row, List<StatusChange> history) {
        String givenBy = row.get(MENTAL_HEALTH_REFERRAL.CONSENT_GIVEN_BY);
        ReferralConsent consent = givenBy == null ? null : new ReferralConsent(ConsentGiver.valueOf(givenBy),
                row.get(MENTAL_HEALTH_REFERRAL.CONSENT_GIVEN_ON), ConsentMethod.valueOf(row.get(MENTAL_HEALTH_REFERRAL.CONSENT_HOW)));
        return new Referral(new ReferralId(row.get(MENTAL_HEALTH_REFERRAL.ID)), row.get(MENTAL_HEALTH_REFERRAL.VERSION),
                new YoungPersonId(row.get(MENTAL_HEALTH_REFERRAL.YOUNG_PERSON_ID)),
                MentalHealthService.valueOf(row.get(MENTAL_HEALTH_REFERRAL.SERVICE)), row.get(MENTAL_HEALTH_REFERRAL.SERVICE_NAME),
                row.get(MENTAL_HEALTH_REFERRAL.REASON), ReferralUrgency.valueOf(row.get(MENTAL_HEALTH_REFERRAL.URGENCY)), consent,
                row.get(MENTAL_HEALTH_REFERRAL.KNOWN_TO_CAMHS_BEFORE_18), row.get(MENTAL_HEALTH_REFERRAL.TRANSITION_FROM_CAMHS),
                StaffRows.map(row), row.get(MENTAL_HEALTH_REFERRAL.STARTED_AT), List.copyOf(history));
    }

    /** The referral's young person id field, for conditions on who the referral is about. */
    public static Field<UUID> youngPersonField() {
        return MENTAL_HEALTH_REFERRAL.YOUNG_PERSON_ID;
    }

    public static Condition byId(ReferralId id) {
        return MENTAL_HEALTH_REFERRAL.ID.eq(id.value());
    }

    public static Condition byYoungPeople(Collection<UUID> youngPeople) {
        return MENTAL_HEALTH_REFERRAL.YOUNG_PERSON_ID.in(youngPeople);
    }

    /** Sent, and neither seen nor declined nor closed: a wait someone can still do something about. */
    public static Condition stillWaiting() {
        return DSL.exists(DSL.selectOne().from(REFERRAL_STATUS_CHANGE)
                        .where(REFERRAL_STATUS_CHANGE.REFERRAL_ID.eq(MENTAL_HEALTH_REFERRAL.ID))
                        .and(REFERRAL_STATUS_CHANGE.STATUS.eq(ReferralStatus.SENT.name())))
                .and(DSL.notExists(DSL.selectOne().from(REFERRAL_STATUS_CHANGE)
                        .where(REFERRAL_STATUS_CHANGE.REFERRAL_ID.eq(MENTAL_HEALTH_REFERRAL.ID))
                        .and(REFERRAL_STATUS_CHANGE.STATUS.in(ReferralStatus.FIRST_APPOINTMENT.name(),
                                ReferralStatus.DECLINED.name(), ReferralStatus.CLOSED.name()))));
    }

    /** A change someone saved after a version: who, what the audit says of it, and when. */
    public record ChangeSince(int version, String by, String action, JSONB after, OffsetDateTime at) {
    }

    /** From the audit trail: the changes that made the referral's versions after {@code version}, in order. */
    public List<ChangeSince> changesSince(ReferralId id, int version, String entityType) {
        Field<Integer> madeVersion = DSL.field("({0}->>'version')::int", Integer.class, AUDIT_EVENT.AFTER_STATE);
        return dsl.select(madeVersion, STAFF_MEMBER.DISPLAY_NAME, AUDIT_EVENT.ACTION, AUDIT_EVENT.AFTER_STATE, AUDIT_EVENT.OCCURRED_AT)
                .from(AUDIT_EVENT)
                .leftJoin(STAFF_MEMBER).on(STAFF_MEMBER.ACCOUNT_SUBJECT.eq(AUDIT_EVENT.ACTOR_SUBJECT))
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType)).and(AUDIT_EVENT.ENTITY_ID.eq(id.value()))
                .and(madeVersion.gt(version))
                .orderBy(madeVersion)
                .fetch(row -> new ChangeSince(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()));
    }

    /** The thresholds the authority has set; an urgency it has not set is missing. */
    public Map<ReferralUrgency, Integer> thresholds() {
        Map<ReferralUrgency, Integer> set = new EnumMap<>(ReferralUrgency.class);
        dsl.select(REFERRAL_WAIT_THRESHOLD.URGENCY, REFERRAL_WAIT_THRESHOLD.DAYS).from(REFERRAL_WAIT_THRESHOLD)
                .forEach(row -> set.put(ReferralUrgency.valueOf(row.value1()), row.value2()));
        return set;
    }

    public void saveThreshold(ReferralUrgency urgency, int days, String changedBy) {
        dsl.insertInto(REFERRAL_WAIT_THRESHOLD)
                .set(REFERRAL_WAIT_THRESHOLD.URGENCY, urgency.name())
                .set(REFERRAL_WAIT_THRESHOLD.DAYS, days)
                .set(REFERRAL_WAIT_THRESHOLD.CHANGED_BY, changedBy)
                .onConflict(REFERRAL_WAIT_THRESHOLD.TENANT_ID, REFERRAL_WAIT_THRESHOLD.URGENCY)
                .doUpdate()
                .set(REFERRAL_WAIT_THRESHOLD.DAYS, days)
                .set(REFERRAL_WAIT_THRESHOLD.CHANGED_BY, changedBy)
                .set(REFERRAL_WAIT_THRESHOLD.CHANGED_AT, DSL.currentOffsetDateTime())
                .execute();
    }
}
