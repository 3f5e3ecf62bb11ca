package app.onward.youngperson.internal;

import app.onward.youngperson.History;
import app.onward.youngperson.StaffMember;
import app.onward.youngperson.YoungPerson;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.IN_TOUCH_STATUS;
import static app.onward.jooq.Tables.YOUNG_PERSON;
import static app.onward.youngperson.internal.StaffRows.STAFF;

/** Young people's records and their dated histories. Row-level security scopes every statement to the tenant. */
@Repository
public class YoungPersonRepository {

    private final DSLContext dsl;

    YoungPersonRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The young people matching {@code condition} (a condition on {@code YOUNG_PERSON}), in one statement. */
    public List<YoungPerson> find(Condition condition) {
        return dsl.select(YoungPersonRows.fields()).from(YoungPersonRows.from()).where(condition)
                .fetch(YoungPersonRows::map);
    }

    public Optional<YoungPerson> find(UUID id, Condition condition) {
        return find(YOUNG_PERSON.ID.eq(id).and(condition)).stream().findFirst();
    }

    public Optional<YoungPerson> findByAccount(String accountSubject) {
        return find(YOUNG_PERSON.ACCOUNT_SUBJECT.eq(accountSubject)).stream().findFirst();
    }

    public Map<UUID, List<History.CategoryEntry>> categoryHistories(Collection<UUID> youngPeople) {
        return dsl.select(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID, CARE_LEAVER_CATEGORY.CATEGORY, CARE_LEAVER_CATEGORY.APPLIES_FROM)
                .from(CARE_LEAVER_CATEGORY)
                .where(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID.in(youngPeople))
                .orderBy(CARE_LEAVER_CATEGORY.APPLIES_FROM)
                .fetchGroups(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID, row -> new History.CategoryEntry(row.value2(), row.value3()));
    }

    public Map<UUID, List<History.InTouchEntry>> inTouchHistories(Collection<UUID> youngPeople) {
        return dsl.select(IN_TOUCH_STATUS.YOUNG_PERSON_ID, IN_TOUCH_STATUS.STATUS, IN_TOUCH_STATUS.APPLIES_FROM)
                .from(IN_TOUCH_STATUS)
                .where(IN_TOUCH_STATUS.YOUNG_PERSON_ID.in(youngPeople))
                .orderBy(IN_TOUCH_STATUS.APPLIES_FROM)
                .fetchGroups(IN_TOUCH_STATUS.YOUNG_PERSON_ID, row -> new History.InTouchEntry(row.value2(), row.value3()));
    }

    public Map<UUID, List<History.Allocation>> allocationHistories(Collection<UUID> youngPeople) {
        return dsl.select(StaffRows.fields()).select(ADVISER_ALLOCATION.YOUNG_PERSON_ID, ADVISER_ALLOCATION.STARTED_ON,
                        ADVISER_ALLOCATION.ENDED_ON)
                .from(ADVISER_ALLOCATION.join(StaffRows.from()).on(STAFF.ID.eq(ADVISER_ALLOCATION.STAFF_MEMBER_ID)))
                .where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.in(youngPeople))
                .orderBy(ADVISER_ALLOCATION.STARTED_ON)
                .fetchGroups(row -> row.get(ADVISER_ALLOCATION.YOUNG_PERSON_ID), row -> new History.Allocation(
                        StaffRows.map(row), row.get(ADVISER_ALLOCATION.STARTED_ON), row.get(ADVISER_ALLOCATION.ENDED_ON)));
    }

    public UUID insert(NewYoungPerson person) {
        return dsl.insertInto(YOUNG_PERSON)
                .set(YOUNG_PERSON.GIVEN_NAME, person.givenName())
                .set(YOUNG_PERSON.FAMILY_NAME, person.familyName())
                .set(YOUNG_PERSON.PREFERRED_NAME, person.preferredName())
                .set(YOUNG_PERSON.PRONOUNS, person.pronouns())
                .set(YOUNG_PERSON.DATE_OF_BIRTH, person.dateOfBirth())
                .set(YOUNG_PERSON.UNACCOMPANIED_ASYLUM_SEEKING, person.unaccompaniedAsylumSeeking())
                .set(YOUNG_PERSON.TEAM_ID, person.team())
                .returning(YOUNG_PERSON.ID)
                .fetchSingle(YOUNG_PERSON.ID);
    }

    public record NewYoungPerson(String givenName, String familyName, String preferredName, String pronouns,
                                 LocalDate dateOfBirth, boolean unaccompaniedAsylumSeeking, UUID team) {
    }

    /** The details as stored, by column name: what an update compares and audits. */
    public Optional<Map<String, Object>> details(UUID youngPerson) {
        return dsl.selectFrom(YOUNG_PERSON).where(YOUNG_PERSON.ID.eq(youngPerson)).fetchOptional().map(Record::intoMap);
    }

    /**
     * Writes the details only when the row is still at {@code version}, moving it on by one: the second of two
     * saves based on the same version updates nothing.
     */
    public boolean updateDetails(UUID youngPerson, int version, Map<org.jooq.Field<?>, Object> values) {
        return dsl.update(YOUNG_PERSON)
                .set(values)
                .set(YOUNG_PERSON.ROW_VERSION, YOUNG_PERSON.ROW_VERSION.plus(1))
                .set(YOUNG_PERSON.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(YOUNG_PERSON.ID.eq(youngPerson))
                .and(YOUNG_PERSON.ROW_VERSION.eq(version))
                .execute() == 1;
    }

    public void setContactFrequency(UUID youngPerson, String frequency) {
        dsl.update(YOUNG_PERSON)
                .set(YOUNG_PERSON.CONTACT_FREQUENCY, frequency)
                .set(YOUNG_PERSON.UPDATED_AT, DSL.currentOffsetDateTime())
                .where(YOUNG_PERSON.ID.eq(youngPerson))
                .execute();
    }

    /** False when an entry already starts that day (one entry per day). */
    public boolean appendCategory(UUID youngPerson, String category, LocalDate appliesFrom, String recordedBy) {
        return dsl.insertInto(CARE_LEAVER_CATEGORY)
                .set(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID, youngPerson)
                .set(CARE_LEAVER_CATEGORY.CATEGORY, category)
                .set(CARE_LEAVER_CATEGORY.APPLIES_FROM, appliesFrom)
                .set(CARE_LEAVER_CATEGORY.RECORDED_BY, recordedBy)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** False when an entry already starts that day (one entry per day). */
    public boolean appendInTouchStatus(UUID youngPerson, String status, LocalDate appliesFrom, String recordedBy) {
        return dsl.insertInto(IN_TOUCH_STATUS)
                .set(IN_TOUCH_STATUS.YOUNG_PERSON_ID, youngPerson)
                .set(IN_TOUCH_STATUS.STATUS, status)
                .set(IN_TOUCH_STATUS.APPLIES_FROM, appliesFrom)
                .set(IN_TOUCH_STATUS.RECORDED_BY, recordedBy)
                .onConflictDoNothing()
                .execute() == 1;
    }

    /** The current allocation's start, if there is one. */
    public Optional<LocalDate> currentAllocationStart(UUID youngPerson) {
        return dsl.select(ADVISER_ALLOCATION.STARTED_ON).from(ADVISER_ALLOCATION)
                .where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.eq(youngPerson)).and(ADVISER_ALLOCATION.ENDED_ON.isNull())
                .fetchOptional(ADVISER_ALLOCATION.STARTED_ON);
    }

    /** Ends the current allocation the day before {@code startsOn} and starts the new one. */
    public void allocate(UUID youngPerson, UUID adviser, LocalDate startsOn, String recordedBy) {
        dsl.update(ADVISER_ALLOCATION)
                .set(ADVISER_ALLOCATION.ENDED_ON, startsOn.minusDays(1))
                .where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.eq(youngPerson)).and(ADVISER_ALLOCATION.ENDED_ON.isNull())
                .execute();
        dsl.insertInto(ADVISER_ALLOCATION)
                .set(ADVISER_ALLOCATION.YOUNG_PERSON_ID, youngPerson)
                .set(ADVISER_ALLOCATION.STAFF_MEMBER_ID, adviser)
                .set(ADVISER_ALLOCATION.STARTED_ON, startsOn)
                .set(ADVISER_ALLOCATION.RECORDED_BY, recordedBy)
                .execute();
    }
}
