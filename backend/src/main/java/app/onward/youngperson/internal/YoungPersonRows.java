package app.onward.youngperson.internal;

import app.onward.clock.ContactFrequency;
import app.onward.clock.DueKind;
import app.onward.clock.StoredClocks;
import app.onward.jooq.tables.AdviserAllocation;
import app.onward.jooq.tables.StaffMember;
import app.onward.jooq.tables.Team;
import app.onward.youngperson.StaffMemberId;
import app.onward.youngperson.TeamId;
import app.onward.youngperson.YoungPerson;
import app.onward.youngperson.YoungPersonId;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.CASE_CLOCK;
import static app.onward.jooq.Tables.IN_TOUCH_STATUS;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * A young person's record in one row: the details, the current category and in-touch status, the team, the
 * current adviser with their team, and the stored clocks. A caseload page of any size is one statement.
 */
public final class YoungPersonRows {

    static final Team YP_TEAM = TEAM.as("yp_team");
    static final AdviserAllocation CURRENT = ADVISER_ALLOCATION.as("current_allocation");
    static final StaffMember ADVISER = STAFF_MEMBER.as("adviser");
    static final Team ADVISER_TEAM = TEAM.as("adviser_team");

    static final Field<String> CATEGORY = DSL.field(DSL.select(CARE_LEAVER_CATEGORY.CATEGORY).from(CARE_LEAVER_CATEGORY)
            .where(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID))
            .orderBy(CARE_LEAVER_CATEGORY.APPLIES_FROM.desc()).limit(1)).as("current_category");
    static final Field<String> IN_TOUCH = DSL.field(DSL.select(IN_TOUCH_STATUS.STATUS).from(IN_TOUCH_STATUS)
            .where(IN_TOUCH_STATUS.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID))
            .orderBy(IN_TOUCH_STATUS.APPLIES_FROM.desc()).limit(1)).as("current_in_touch");

    private YoungPersonRows() {
    }

    static List<SelectField<?>> fields() {
        List<SelectField<?>> fields = new ArrayList<>(List.of(YOUNG_PERSON.fields()));
        fields.addAll(List.of(CATEGORY, IN_TOUCH, YP_TEAM.NAME, ADVISER.ID, ADVISER.DISPLAY_NAME, ADVISER.JOB_TITLE,
                ADVISER.EMAIL, ADVISER.PHONE, ADVISER.TEAM_ID, ADVISER_TEAM.NAME));
        fields.addAll(List.of(CASE_CLOCK.fields()));
        return fields;
    }

    /** {@code young_person} with everything its row needs joined; add conditions and order to taste. */
    static Table<?> from() {
        return YOUNG_PERSON
                .join(YP_TEAM).on(YP_TEAM.ID.eq(YOUNG_PERSON.TEAM_ID))
                .leftJoin(CURRENT).on(CURRENT.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID).and(CURRENT.ENDED_ON.isNull()))
                .leftJoin(ADVISER).on(ADVISER.ID.eq(CURRENT.STAFF_MEMBER_ID))
                .leftJoin(ADVISER_TEAM).on(ADVISER_TEAM.ID.eq(ADVISER.TEAM_ID))
                .leftJoin(CASE_CLOCK).on(CASE_CLOCK.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID));
    }

    static YoungPerson map(Record row) {
        UUID adviserId = row.get(ADVISER.ID);
        return new YoungPerson(new YoungPersonId(row.get(YOUNG_PERSON.ID)), row.get(YOUNG_PERSON.ROW_VERSION),
                row.get(YOUNG_PERSON.GIVEN_NAME), row.get(YOUNG_PERSON.FAMILY_NAME), row.get(YOUNG_PERSON.PREFERRED_NAME),
                row.get(YOUNG_PERSON.PRONOUNS), row.get(YOUNG_PERSON.DATE_OF_BIRTH),
                row.get(YOUNG_PERSON.UNACCOMPANIED_ASYLUM_SEEKING), row.get(YOUNG_PERSON.IS_PARENT),
                row.get(YOUNG_PERSON.HAS_DISABILITY), row.get(YOUNG_PERSON.DISABILITY_DETAILS), row.get(YOUNG_PERSON.ETHNICITY),
                row.get(YOUNG_PERSON.PREFERRED_LANGUAGE),
                new YoungPerson.ContactDetails(row.get(YOUNG_PERSON.PHONE), row.get(YOUNG_PERSON.EMAIL),
                        row.get(YOUNG_PERSON.CONSENTS_TO_TEXTS), row.get(YOUNG_PERSON.CONSENTS_TO_EMAIL)),
                row.get(YOUNG_PERSON.ACCOUNT_SUBJECT) != null,
                ContactFrequency.valueOf(row.get(YOUNG_PERSON.CONTACT_FREQUENCY)),
                row.get(CATEGORY), row.get(IN_TOUCH),
                new app.onward.youngperson.Team(new TeamId(row.get(YOUNG_PERSON.TEAM_ID)), row.get(YP_TEAM.NAME)),
                adviserId == null ? null : new app.onward.youngperson.StaffMember(new StaffMemberId(adviserId),
                        row.get(ADVISER.DISPLAY_NAME), row.get(ADVISER.JOB_TITLE), row.get(ADVISER.EMAIL), row.get(ADVISER.PHONE),
                        new app.onward.youngperson.Team(new TeamId(row.get(ADVISER.TEAM_ID)), row.get(ADVISER_TEAM.NAME))),
                row.get(CASE_CLOCK.NEXT_DUE) == null ? null : new StoredClocks(row.get(CASE_CLOCK.ASSESSMENT_DUE),
                        row.get(CASE_CLOCK.REVIEW_DUE), row.get(CASE_CLOCK.REVIEW_REASON), row.get(CASE_CLOCK.CONTACT_DUE),
                        row.get(CASE_CLOCK.VISIT_DUE), row.get(CASE_CLOCK.LAST_REVIEW_ON), row.get(CASE_CLOCK.LAST_CONTACT_ON),
                        row.get(CASE_CLOCK.NEXT_DUE), DueKind.valueOf(row.get(CASE_CLOCK.NEXT_DUE_KIND))));
    }
}
