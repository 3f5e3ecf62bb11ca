package app.onward.accommodation.internal;

import app.onward.accommodation.AccommodationPeriod;
import app.onward.accommodation.AccommodationType;
import app.onward.accommodation.ActivityCode;
import app.onward.accommodation.ActivityPeriod;
import app.onward.accommodation.Suitability;
import app.onward.jooq.tables.StaffMember;
import app.onward.jooq.tables.Team;
import app.onward.youngperson.StaffMemberId;
import app.onward.youngperson.TeamId;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.Table;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.ACCOMMODATION_PERIOD;
import static app.onward.jooq.Tables.ACTIVITY_PERIOD;
import static app.onward.jooq.Tables.IN_TOUCH_STATUS;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;

/** The accommodation and activity histories: appended to, and read for many young people in one statement each. */
@Repository
public class AccommodationRepository {

    private static final StaffMember BY = STAFF_MEMBER.as("by_staff");
    private static final Team BY_TEAM = TEAM.as("by_team");

    private final DSLContext dsl;

    AccommodationRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The in-touch status in force on {@code day}: the latest recorded from that day or before. */
    public Optional<String> inTouchOn(UUID youngPerson, LocalDate day) {
        return dsl.select(IN_TOUCH_STATUS.STATUS).from(IN_TOUCH_STATUS)
                .where(IN_TOUCH_STATUS.YOUNG_PERSON_ID.eq(youngPerson)).and(IN_TOUCH_STATUS.APPLIES_FROM.le(day))
                .orderBy(IN_TOUCH_STATUS.APPLIES_FROM.desc()).limit(1)
                .fetchOptional(IN_TOUCH_STATUS.STATUS);
    }

    public UUID insertAccommodation(UUID youngPerson, LocalDate from, AccommodationType type, Suitability suitability,
                                    UUID recordedBy) {
        return dsl.insertInto(ACCOMMODATION_PERIOD)
                .set(ACCOMMODATION_PERIOD.YOUNG_PERSON_ID, youngPerson)
                .set(ACCOMMODATION_PERIOD.STARTS_ON, from)
                .set(ACCOMMODATION_PERIOD.ACCOMMODATION, type.name())
                .set(ACCOMMODATION_PERIOD.SUITABILITY, suitability.name())
                .set(ACCOMMODATION_PERIOD.RECORDED_BY, recordedBy)
                .returning(ACCOMMODATION_PERIOD.ID)
                .fetchSingle(ACCOMMODATION_PERIOD.ID);
    }

    public UUID insertActivity(UUID youngPerson, LocalDate from, ActivityCode code, UUID recordedBy) {
        return dsl.insertInto(ACTIVITY_PERIOD)
                .set(ACTIVITY_PERIOD.YOUNG_PERSON_ID, youngPerson)
                .set(ACTIVITY_PERIOD.STARTS_ON, from)
                .set(ACTIVITY_PERIOD.ACTIVITY, code.name())
                .set(ACTIVITY_PERIOD.RECORDED_BY, recordedBy)
                .returning(ACTIVITY_PERIOD.ID)
                .fetchSingle(ACTIVITY_PERIOD.ID);
    }

    /** Every entry of each young person's accommodation history, unordered (a Timeline orders them). */
    public Map<UUID, List<AccommodationPeriod>> accommodation(Collection<UUID> youngPeople) {
        return withRecorder(ACCOMMODATION_PERIOD, ACCOMMODATION_PERIOD.RECORDED_BY)
                .where(ACCOMMODATION_PERIOD.YOUNG_PERSON_ID.in(youngPeople))
                .fetchGroups(row -> row.get(ACCOMMODATION_PERIOD.YOUNG_PERSON_ID), row -> new AccommodationPeriod(
                        row.get(ACCOMMODATION_PERIOD.ID), row.get(ACCOMMODATION_PERIOD.STARTS_ON), null, false,
                        AccommodationType.valueOf(row.get(ACCOMMODATION_PERIOD.ACCOMMODATION)),
                        Suitability.valueOf(row.get(ACCOMMODATION_PERIOD.SUITABILITY)), recorder(row),
                        row.get(ACCOMMODATION_PERIOD.RECORDED_AT)));
    }

    /** Every entry of each young person's activity history, unordered (a Timeline orders them). */
    public Map<UUID, List<ActivityPeriod>> activity(Collection<UUID> youngPeople) {
        return withRecorder(ACTIVITY_PERIOD, ACTIVITY_PERIOD.RECORDED_BY)
                .where(ACTIVITY_PERIOD.YOUNG_PERSON_ID.in(youngPeople))
                .fetchGroups(row -> row.get(ACTIVITY_PERIOD.YOUNG_PERSON_ID), row -> new ActivityPeriod(
                        row.get(ACTIVITY_PERIOD.ID), row.get(ACTIVITY_PERIOD.STARTS_ON), null, false,
                        ActivityCode.valueOf(row.get(ACTIVITY_PERIOD.ACTIVITY)), recorder(row),
                        row.get(ACTIVITY_PERIOD.RECORDED_AT)));
    }

    private org.jooq.SelectJoinStep<Record> withRecorder(Table<?> history, org.jooq.Field<UUID> recordedBy) {
        return dsl.select(history.fields())
                .select(BY.ID, BY.DISPLAY_NAME, BY.JOB_TITLE, BY.EMAIL, BY.PHONE, BY.TEAM_ID, BY_TEAM.NAME)
                .from(history)
                .join(BY).on(BY.ID.eq(recordedBy))
                .join(BY_TEAM).on(BY_TEAM.ID.eq(BY.TEAM_ID));
    }

    private static app.onward.youngperson.StaffMember recorder(Record row) {
        return new app.onward.youngperson.StaffMember(new StaffMemberId(row.get(BY.ID)), row.get(BY.DISPLAY_NAME),
                row.get(BY.JOB_TITLE), row.get(BY.EMAIL), row.get(BY.PHONE),
                new app.onward.youngperson.Team(new TeamId(row.get(BY.TEAM_ID)), row.get(BY_TEAM.NAME)));
    }
}
