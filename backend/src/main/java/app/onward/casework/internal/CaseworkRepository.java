package app.onward.casework.internal;

import app.onward.casework.CircumstanceChange;
import app.onward.casework.Contact;
import app.onward.casework.CorrectionRequest;
import app.onward.jooq.tables.StaffMember;
import app.onward.jooq.tables.Team;
import app.onward.youngperson.StaffMemberId;
import app.onward.youngperson.TeamId;
import app.onward.youngperson.YoungPersonId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.CIRCUMSTANCE_CHANGE;
import static app.onward.jooq.Tables.CONTACT;
import static app.onward.jooq.Tables.CORRECTION_REQUEST;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;

/** Contacts, changes of circumstances and correction requests; lists load for many young people at once. */
@Repository
public class CaseworkRepository {

    private static final StaffMember BY = STAFF_MEMBER.as("by_staff");
    private static final Team BY_TEAM = TEAM.as("by_team");

    private final DSLContext dsl;

    CaseworkRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public UUID insertContact(UUID youngPerson, String kind, LocalDate happenedOn, Boolean seenAlone, String notes,
                              UUID recordedBy) {
        return dsl.insertInto(CONTACT)
                .set(CONTACT.YOUNG_PERSON_ID, youngPerson)
                .set(CONTACT.KIND, kind)
                .set(CONTACT.HAPPENED_ON, happenedOn)
                .set(CONTACT.SEEN_ALONE, seenAlone)
                .set(CONTACT.NOTES, notes)
                .set(CONTACT.RECORDED_BY, recordedBy)
                .returning(CONTACT.ID)
                .fetchSingle(CONTACT.ID);
    }

    public Optional<Contact> contact(UUID id) {
        return contacts(CONTACT.ID.eq(id), Integer.MAX_VALUE).stream().findFirst();
    }

    /** The newest {@code first} contacts of each young person, in one statement. */
    public Map<UUID, List<Contact>> latestContacts(Collection<UUID> youngPeople, int first) {
        Field<Integer> rank = DSL.rowNumber().over(DSL.partitionBy(CONTACT.YOUNG_PERSON_ID)
                .orderBy(CONTACT.HAPPENED_ON.desc(), CONTACT.RECORDED_AT.desc())).as("rank");
        var ranked = dsl.select(CONTACT.ID, rank).from(CONTACT).where(CONTACT.YOUNG_PERSON_ID.in(youngPeople)).asTable("ranked");
        Condition newest = CONTACT.ID.in(DSL.select(ranked.field(CONTACT.ID)).from(ranked).where(ranked.field(rank).le(first)));
        return contactRows(newest).fetchGroups(row -> row.get(CONTACT.YOUNG_PERSON_ID), CaseworkRepository::contact);
    }

    private List<Contact> contacts(Condition condition, int limit) {
        return contactRows(condition).limit(limit).fetch(CaseworkRepository::contact);
    }

    private org.jooq.SelectSeekStep2<Record, LocalDate, OffsetDateTime> contactRows(Condition condition) {
        return dsl.select(CONTACT.fields()).select(BY.ID, BY.DISPLAY_NAME, BY.JOB_TITLE, BY.EMAIL, BY.PHONE, BY.TEAM_ID, BY_TEAM.NAME)
                .from(CONTACT)
                .join(BY).on(BY.ID.eq(CONTACT.RECORDED_BY))
                .join(BY_TEAM).on(BY_TEAM.ID.eq(BY.TEAM_ID))
                .where(condition)
                .orderBy(CONTACT.HAPPENED_ON.desc(), CONTACT.RECORDED_AT.desc());
    }

    private static Contact contact(Record row) {
        return new Contact(row.get(CONTACT.ID), row.get(CONTACT.KIND), row.get(CONTACT.HAPPENED_ON), row.get(CONTACT.SEEN_ALONE),
                row.get(CONTACT.NOTES), staff(row, BY.ID), row.get(CONTACT.RECORDED_AT));
    }

    private static app.onward.youngperson.StaffMember staff(Record row, Field<UUID> idField) {
        UUID id = row.get(idField);
        return id == null ? null : new app.onward.youngperson.StaffMember(new StaffMemberId(id), row.get(BY.DISPLAY_NAME),
                row.get(BY.JOB_TITLE), row.get(BY.EMAIL), row.get(BY.PHONE),
                new app.onward.youngperson.Team(new TeamId(row.get(BY.TEAM_ID)), row.get(BY_TEAM.NAME)));
    }

    public UUID insertChange(UUID youngPerson, String kind, LocalDate occurredOn, boolean intoAuthorityAccommodation,
                             String description, String reportedBy, String recordedBy) {
        return dsl.insertInto(CIRCUMSTANCE_CHANGE)
                .set(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID, youngPerson)
                .set(CIRCUMSTANCE_CHANGE.KIND, kind)
                .set(CIRCUMSTANCE_CHANGE.OCCURRED_ON, occurredOn)
                .set(CIRCUMSTANCE_CHANGE.INTO_AUTHORITY_ACCOMMODATION, intoAuthorityAccommodation)
                .set(CIRCUMSTANCE_CHANGE.DESCRIPTION, description)
                .set(CIRCUMSTANCE_CHANGE.REPORTED_BY, reportedBy)
                .set(CIRCUMSTANCE_CHANGE.RECORDED_BY, recordedBy)
                .returning(CIRCUMSTANCE_CHANGE.ID)
                .fetchSingle(CIRCUMSTANCE_CHANGE.ID);
    }

    /** Newest first, for many young people at once; {@code condition} may narrow (e.g. only what they told us). */
    public Map<UUID, List<CircumstanceChange>> changes(Collection<UUID> youngPeople, Condition condition) {
        return dsl.selectFrom(CIRCUMSTANCE_CHANGE)
                .where(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID.in(youngPeople)).and(condition)
                .orderBy(CIRCUMSTANCE_CHANGE.OCCURRED_ON.desc(), CIRCUMSTANCE_CHANGE.RECORDED_AT.desc())
                .fetchGroups(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID, row -> new CircumstanceChange(row.getId(), row.getKind(),
                        row.getOccurredOn(), row.getIntoAuthorityAccommodation(), row.getDescription(), row.getReportedBy(),
                        row.getRecordedAt()));
    }

    public Optional<CircumstanceChange> change(UUID id) {
        return dsl.select(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID).from(CIRCUMSTANCE_CHANGE).where(CIRCUMSTANCE_CHANGE.ID.eq(id))
                .fetchOptional(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID)
                .flatMap(youngPerson -> changes(List.of(youngPerson), CIRCUMSTANCE_CHANGE.ID.eq(id))
                        .getOrDefault(youngPerson, List.of()).stream().findFirst());
    }

    public UUID insertCorrection(UUID youngPerson, String whatIsWrong) {
        return dsl.insertInto(CORRECTION_REQUEST)
                .set(CORRECTION_REQUEST.YOUNG_PERSON_ID, youngPerson)
                .set(CORRECTION_REQUEST.WHAT_IS_WRONG, whatIsWrong)
                .returning(CORRECTION_REQUEST.ID)
                .fetchSingle(CORRECTION_REQUEST.ID);
    }

    /** Newest first, for many young people at once. */
    public Map<UUID, List<CorrectionRequest>> corrections(Collection<UUID> youngPeople) {
        return correctionRows(CORRECTION_REQUEST.YOUNG_PERSON_ID.in(youngPeople))
                .fetchGroups(row -> row.get(CORRECTION_REQUEST.YOUNG_PERSON_ID), CaseworkRepository::correction);
    }

    public Optional<CorrectionRequest> correction(UUID id) {
        return correctionRows(CORRECTION_REQUEST.ID.eq(id)).fetchOptional(CaseworkRepository::correction);
    }

    /** False when it was answered already: an answer is given once. */
    public boolean answer(UUID id, String answer, UUID answeredBy) {
        return dsl.update(CORRECTION_REQUEST)
                .set(CORRECTION_REQUEST.ANSWER, answer)
                .set(CORRECTION_REQUEST.ANSWERED_BY, answeredBy)
                .set(CORRECTION_REQUEST.ANSWERED_AT, DSL.currentOffsetDateTime())
                .where(CORRECTION_REQUEST.ID.eq(id)).and(CORRECTION_REQUEST.ANSWER.isNull())
                .execute() == 1;
    }

    private org.jooq.SelectSeekStep1<Record, OffsetDateTime> correctionRows(Condition condition) {
        return dsl.select(CORRECTION_REQUEST.fields())
                .select(BY.ID, BY.DISPLAY_NAME, BY.JOB_TITLE, BY.EMAIL, BY.PHONE, BY.TEAM_ID, BY_TEAM.NAME)
                .from(CORRECTION_REQUEST)
                .leftJoin(BY).on(BY.ID.eq(CORRECTION_REQUEST.ANSWERED_BY))
                .leftJoin(BY_TEAM).on(BY_TEAM.ID.eq(BY.TEAM_ID))
                .where(condition)
                .orderBy(CORRECTION_REQUEST.RAISED_AT.desc());
    }

    private static CorrectionRequest correction(Record row) {
        return new CorrectionRequest(row.get(CORRECTION_REQUEST.ID), new YoungPersonId(row.get(CORRECTION_REQUEST.YOUNG_PERSON_ID)),
                row.get(CORRECTION_REQUEST.WHAT_IS_WRONG), row.get(CORRECTION_REQUEST.RAISED_AT),
                row.get(CORRECTION_REQUEST.ANSWER), staff(row, BY.ID), row.get(CORRECTION_REQUEST.ANSWERED_AT));
    }
}
