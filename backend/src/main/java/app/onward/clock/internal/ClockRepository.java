package app.onward.clock.internal;

import app.onward.clock.ClockInputs;
import app.onward.clock.ComputedClocks;
import app.onward.clock.ContactFrequency;
import app.onward.clock.DueDate;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.CASE_CLOCK;
import static app.onward.jooq.Tables.CIRCUMSTANCE_CHANGE;
import static app.onward.jooq.Tables.CONTACT;
import static app.onward.jooq.Tables.IN_TOUCH_STATUS;
import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SIGN_OFF;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * Reads what moves the clocks (two statements, for one young person or the whole authority) and stores what
 * the rules computed in {@code case_clock}.
 */
@Repository
public class ClockRepository {

    private static final Field<LocalDate> ELIGIBLE_FROM = DSL.field(DSL.select(DSL.min(CARE_LEAVER_CATEGORY.APPLIES_FROM))
            .from(CARE_LEAVER_CATEGORY).where(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID))).as("eligible_from");
    private static final Field<LocalDate> ALLOCATED_ON = DSL.field(DSL.select(ADVISER_ALLOCATION.STARTED_ON)
            .from(ADVISER_ALLOCATION).where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID))
            .and(ADVISER_ALLOCATION.ENDED_ON.isNull())).as("allocated_on");
    private static final Field<LocalDate> FIRST_SIGN_OFF = signOff(false).as("first_sign_off");
    private static final Field<LocalDate> LAST_SIGN_OFF = signOff(true).as("last_sign_off");
    private static final Field<LocalDate> LAST_CONTACT = DSL.field(DSL.select(DSL.max(CONTACT.HAPPENED_ON)).from(CONTACT)
            .where(CONTACT.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID))).as("last_contact");
    private static final Field<LocalDate> LAST_VISIT = DSL.field(DSL.select(DSL.max(CONTACT.HAPPENED_ON)).from(CONTACT)
            .where(CONTACT.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID)).and(CONTACT.KIND.eq("VISIT"))).as("last_visit");
    private static final Field<String> IN_TOUCH = DSL.field(DSL.select(IN_TOUCH_STATUS.STATUS).from(IN_TOUCH_STATUS)
            .where(IN_TOUCH_STATUS.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID))
            .orderBy(IN_TOUCH_STATUS.APPLIES_FROM.desc()).limit(1)).as("in_touch");

    private final DSLContext dsl;

    ClockRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Inputs for the young people matching {@code which} (one id, or all of the authority's). */
    public Map<UUID, ClockInputs> inputs(Condition which) {
        Map<UUID, List<ClockInputs.Change>> changes = dsl.select(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID, CIRCUMSTANCE_CHANGE.KIND,
                        CIRCUMSTANCE_CHANGE.OCCURRED_ON, CIRCUMSTANCE_CHANGE.INTO_AUTHORITY_ACCOMMODATION)
                .from(CIRCUMSTANCE_CHANGE).join(YOUNG_PERSON).on(YOUNG_PERSON.ID.eq(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID))
                .where(which)
                .fetchGroups(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID,
                        row -> new ClockInputs.Change(row.value2(), row.value3(), row.value4()));
        return dsl.select(YOUNG_PERSON.ID, YOUNG_PERSON.DATE_OF_BIRTH, YOUNG_PERSON.CREATED_AT, YOUNG_PERSON.CONTACT_FREQUENCY,
                        ELIGIBLE_FROM, ALLOCATED_ON, FIRST_SIGN_OFF, LAST_SIGN_OFF, LAST_CONTACT, LAST_VISIT, IN_TOUCH)
                .from(YOUNG_PERSON)
                .where(which)
                .fetch()
                .stream()
                .collect(Collectors.toMap(row -> row.get(YOUNG_PERSON.ID), row -> inputs(row,
                        changes.getOrDefault(row.get(YOUNG_PERSON.ID), List.of()))));
    }

    private static ClockInputs inputs(Record row, List<ClockInputs.Change> changes) {
        OffsetDateTime created = row.get(YOUNG_PERSON.CREATED_AT);
        return new ClockInputs(row.get(YOUNG_PERSON.DATE_OF_BIRTH), row.get(ELIGIBLE_FROM),
                created.atZoneSameInstant(java.time.ZoneId.of("Europe/London")).toLocalDate(), row.get(ALLOCATED_ON),
                ContactFrequency.valueOf(row.get(YOUNG_PERSON.CONTACT_FREQUENCY)), row.get(FIRST_SIGN_OFF),
                row.get(LAST_SIGN_OFF), row.get(LAST_CONTACT), row.get(LAST_VISIT), changes, "DIED".equals(row.get(IN_TOUCH)));
    }

    public void store(UUID youngPerson, ComputedClocks clocks) {
        Map<Field<?>, Object> values = new java.util.HashMap<>();
        values.put(CASE_CLOCK.ASSESSMENT_DUE, dueOn(clocks.assessment()));
        values.put(CASE_CLOCK.REVIEW_DUE, dueOn(clocks.review()));
        values.put(CASE_CLOCK.REVIEW_REASON, clocks.review() == null ? null : clocks.review().reason());
        values.put(CASE_CLOCK.CONTACT_DUE, dueOn(clocks.contact()));
        values.put(CASE_CLOCK.VISIT_DUE, dueOn(clocks.visit()));
        values.put(CASE_CLOCK.LAST_REVIEW_ON, clocks.lastReviewOn());
        values.put(CASE_CLOCK.LAST_CONTACT_ON, clocks.lastContactOn());
        values.put(CASE_CLOCK.NEXT_DUE, clocks.next().dueOn());
        values.put(CASE_CLOCK.NEXT_DUE_KIND, clocks.next().kind().name());
        values.put(CASE_CLOCK.COMPUTED_AT, DSL.currentOffsetDateTime());
        dsl.insertInto(CASE_CLOCK).set(CASE_CLOCK.YOUNG_PERSON_ID, youngPerson).set(values)
                .onConflict(CASE_CLOCK.TENANT_ID, CASE_CLOCK.YOUNG_PERSON_ID)
                .doUpdate().set(values)
                .execute();
    }

    /** No clocks run (the young person died). */
    public void remove(UUID youngPerson) {
        dsl.deleteFrom(CASE_CLOCK).where(CASE_CLOCK.YOUNG_PERSON_ID.eq(youngPerson)).execute();
    }

    private static LocalDate dueOn(DueDate due) {
        return due == null ? null : due.dueOn();
    }

    /** The first or latest sign-off of the young person's plan, as a date in England. */
    private static Field<LocalDate> signOff(boolean latest) {
        Field<LocalDate> day = DSL.field("({0} at time zone 'Europe/London')::date", LocalDate.class,
                PATHWAY_PLAN_SIGN_OFF.SIGNED_OFF_AT);
        return DSL.field(DSL.select(latest ? DSL.max(day) : DSL.min(day))
                .from(PATHWAY_PLAN_SIGN_OFF)
                .join(PATHWAY_PLAN).on(PATHWAY_PLAN.ID.eq(PATHWAY_PLAN_SIGN_OFF.PLAN_ID))
                .where(PATHWAY_PLAN.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID)));
    }
}
