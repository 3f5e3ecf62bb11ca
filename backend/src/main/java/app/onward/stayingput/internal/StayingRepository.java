package app.onward.stayingput.internal;

import app.onward.offer.Money;
import app.onward.stayingput.Arrangement;
import app.onward.stayingput.ArrangementKind;
import app.onward.stayingput.ArrangementTerms;
import app.onward.stayingput.HowItEnded;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.STAYING_ARRANGEMENT;
import static app.onward.jooq.Tables.STAYING_ARRANGEMENT_REVIEW;

/**
 * Staying-put and staying-close arrangements and their reviews. Arrangements are read with their reviews in one
 * statement however many young people are asked for; every change is "where version = the one read", so the
 * second of two saves from the same version changes nothing.
 */
@Repository
public class StayingRepository {

    private final DSLContext dsl;

    StayingRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** One audited change that produced a version after the one someone read, and the input fields it set. */
    public record AuditedChange(String action, List<String> fields) {
    }

    /** Each young person's arrangements of these kinds, newest start first, with their reviews: one statement. */
    public Map<UUID, List<Arrangement>> forYoungPeople(Collection<UUID> youngPeople, Collection<ArrangementKind> kinds) {
        return withReviews(STAYING_ARRANGEMENT.YOUNG_PERSON_ID.in(youngPeople)
                .and(STAYING_ARRANGEMENT.KIND.in(kinds.stream().map(Enum::name).toList())))
                .stream().collect(Collectors.groupingBy(Arrangement::youngPersonId, LinkedHashMap::new, Collectors.toList()));
    }

    public Optional<Arrangement> find(UUID id) {
        return withReviews(STAYING_ARRANGEMENT.ID.eq(id)).stream().findFirst();
    }

    public boolean hasOpen(UUID youngPerson, ArrangementKind kind) {
        return dsl.fetchExists(STAYING_ARRANGEMENT, STAYING_ARRANGEMENT.YOUNG_PERSON_ID.eq(youngPerson)
                .and(STAYING_ARRANGEMENT.KIND.eq(kind.name())).and(STAYING_ARRANGEMENT.ENDED_ON.isNull()));
    }

    public UUID insert(UUID youngPerson, ArrangementKind kind, ArrangementTerms terms, UUID recordedBy) {
        return dsl.insertInto(STAYING_ARRANGEMENT)
                .set(STAYING_ARRANGEMENT.YOUNG_PERSON_ID, youngPerson)
                .set(STAYING_ARRANGEMENT.KIND, kind.name())
                .set(STAYING_ARRANGEMENT.RECORDED_BY, recordedBy)
                .set(columns(terms))
                .returning(STAYING_ARRANGEMENT.ID)
                .fetchSingle(STAYING_ARRANGEMENT.ID);
    }

    /** False when the arrangement is no longer at {@code version}: nothing was written. */
    public boolean update(UUID id, int version, ArrangementTerms terms) {
        return dsl.update(STAYING_ARRANGEMENT)
                .set(columns(terms))
                .set(STAYING_ARRANGEMENT.VERSION, version + 1)
                .where(STAYING_ARRANGEMENT.ID.eq(id)).and(STAYING_ARRANGEMENT.VERSION.eq(version))
                .execute() == 1;
    }

    /** A review is a new version of its arrangement too, so an edit made without having seen it is refused. */
    public boolean addReview(UUID id, int version, LocalDate reviewedOn, String note, LocalDate nextReviewOn, UUID recordedBy) {
        if (!nextVersion(id, version)) {
            return false;
        }
        dsl.insertInto(STAYING_ARRANGEMENT_REVIEW)
                .set(STAYING_ARRANGEMENT_REVIEW.ARRANGEMENT_ID, id)
                .set(STAYING_ARRANGEMENT_REVIEW.REVIEWED_ON, reviewedOn)
                .set(STAYING_ARRANGEMENT_REVIEW.NOTE, note)
                .set(STAYING_ARRANGEMENT_REVIEW.NEXT_REVIEW_ON, nextReviewOn)
                .set(STAYING_ARRANGEMENT_REVIEW.RECORDED_BY, recordedBy)
                .execute();
        return true;
    }

    public boolean end(UUID id, int version, LocalDate endedOn, HowItEnded how, String note) {
        return dsl.update(STAYING_ARRANGEMENT)
                .set(STAYING_ARRANGEMENT.ENDED_ON, endedOn)
                .set(STAYING_ARRANGEMENT.ENDED_HOW, how.name())
                .set(STAYING_ARRANGEMENT.END_NOTE, note)
                .set(STAYING_ARRANGEMENT.VERSION, version + 1)
                .where(STAYING_ARRANGEMENT.ID.eq(id)).and(STAYING_ARRANGEMENT.VERSION.eq(version))
                .execute() == 1;
    }

    /** The audited changes that made versions after {@code version}, oldest first: what someone else did since. */
    public List<AuditedChange> changesAfter(String entityType, UUID id, int version) {
        return dsl.select(AUDIT_EVENT.ACTION, DSL.field("array(select jsonb_object_keys({0}))", String[].class,
                        AUDIT_EVENT.AFTER_STATE)).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType)).and(AUDIT_EVENT.ENTITY_ID.eq(id))
                .and(DSL.field("({0} ->> 'version')::int", Integer.class, AUDIT_EVENT.AFTER_STATE).gt(version))
                .orderBy(AUDIT_EVENT.OCCURRED_AT)
                .fetch(row -> new AuditedChange(row.value1(), List.of(row.value2())));
    }

    private boolean nextVersion(UUID id, int version) {
        return dsl.update(STAYING_ARRANGEMENT)
                .set(STAYING_ARRANGEMENT.VERSION, version + 1)
                .where(STAYING_ARRANGEMENT.ID.eq(id)).and(STAYING_ARRANGEMENT.VERSION.eq(version))
                .execute() == 1;
    }

    private static Map<Field<?>, Object> columns(ArrangementTerms terms) {
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        columns.put(STAYING_ARRANGEMENT.STARTS_ON, terms.startsOn());
        columns.put(STAYING_ARRANGEMENT.PLANNED_END_ON, terms.plannedEndOn());
        columns.put(STAYING_ARRANGEMENT.HOUSEHOLD, terms.household());
        columns.put(STAYING_ARRANGEMENT.WEEKLY_ALLOWANCE_PENCE, pence(terms.weeklyAllowance()));
        columns.put(STAYING_ARRANGEMENT.WEEKLY_CONTRIBUTION_PENCE, pence(terms.weeklyContribution()));
        columns.put(STAYING_ARRANGEMENT.MOVE_ON_PLAN_AGREED_ON, terms.moveOnPlanAgreedOn());
        columns.put(STAYING_ARRANGEMENT.LIVES_AT, terms.livesAt());
        columns.put(STAYING_ARRANGEMENT.CHILDRENS_HOME, terms.childrensHome());
        columns.put(STAYING_ARRANGEMENT.SUPPORT_AGREED, terms.supportAgreed());
        columns.put(STAYING_ARRANGEMENT.KEY_CONTACT, terms.keyContact());
        return columns;
    }

    private static Long pence(Money money) {
        return money == null ? null : money.pence();
    }

    private List<Arrangement> withReviews(Condition which) {
        Field<List<Arrangement.Review>> reviews = DSL.multiset(DSL.select(STAYING_ARRANGEMENT_REVIEW.REVIEWED_ON,
                        STAYING_ARRANGEMENT_REVIEW.NOTE, STAYING_ARRANGEMENT_REVIEW.NEXT_REVIEW_ON,
                        STAYING_ARRANGEMENT_REVIEW.RECORDED_AT)
                .from(STAYING_ARRANGEMENT_REVIEW)
                .where(STAYING_ARRANGEMENT_REVIEW.ARRANGEMENT_ID.eq(STAYING_ARRANGEMENT.ID))
                .orderBy(STAYING_ARRANGEMENT_REVIEW.REVIEWED_ON.desc(), STAYING_ARRANGEMENT_REVIEW.RECORDED_AT.desc()))
                .convertFrom(rows -> rows.map(Records.mapping(Arrangement.Review::new)));
        return dsl.select(STAYING_ARRANGEMENT.fields()).select(reviews)
                .from(STAYING_ARRANGEMENT)
                .where(which)
                .orderBy(STAYING_ARRANGEMENT.STARTS_ON.desc(), STAYING_ARRANGEMENT.RECORDED_AT.desc())
                .fetch(row -> arrangement(row, row.get(reviews)));
    }

    private static Arrangement arrangement(Record row, List<Arrangement.Review> reviews) {
        String how = row.get(STAYING_ARRANGEMENT.ENDED_HOW);
        return new Arrangement(row.get(STAYING_ARRANGEMENT.ID), row.get(STAYING_ARRANGEMENT.YOUNG_PERSON_ID),
                ArrangementKind.valueOf(row.get(STAYING_ARRANGEMENT.KIND)), row.get(STAYING_ARRANGEMENT.VERSION),
                row.get(STAYING_ARRANGEMENT.STARTS_ON), row.get(STAYING_ARRANGEMENT.PLANNED_END_ON),
                row.get(STAYING_ARRANGEMENT.HOUSEHOLD), money(row.get(STAYING_ARRANGEMENT.WEEKLY_ALLOWANCE_PENCE)),
                money(row.get(STAYING_ARRANGEMENT.WEEKLY_CONTRIBUTION_PENCE)),
                row.get(STAYING_ARRANGEMENT.MOVE_ON_PLAN_AGREED_ON), row.get(STAYING_ARRANGEMENT.LIVES_AT),
                row.get(STAYING_ARRANGEMENT.CHILDRENS_HOME), row.get(STAYING_ARRANGEMENT.SUPPORT_AGREED),
                row.get(STAYING_ARRANGEMENT.KEY_CONTACT), how == null ? null : new Arrangement.Ending(
                row.get(STAYING_ARRANGEMENT.ENDED_ON), HowItEnded.valueOf(how), row.get(STAYING_ARRANGEMENT.END_NOTE)),
                reviews, row.get(STAYING_ARRANGEMENT.RECORDED_AT));
    }

    private static Money money(Long pence) {
        return pence == null ? null : new Money(pence);
    }
}
