package app.onward.youngperson.internal;

import app.onward.jooq.tables.StaffMember;
import app.onward.jooq.tables.Team;
import app.onward.youngperson.StaffMemberId;
import app.onward.youngperson.TeamId;
import org.jooq.Record;
import org.jooq.SelectField;
import org.jooq.Table;

import java.util.List;

import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;

/** A member of staff with their team, in one row; usable by any feature that shows who did something. */
public final class StaffRows {

    public static final StaffMember STAFF = STAFF_MEMBER.as("staff");
    public static final Team STAFF_TEAM = TEAM.as("staff_team");

    private StaffRows() {
    }

    public static List<SelectField<?>> fields() {
        return List.of(STAFF.ID, STAFF.DISPLAY_NAME, STAFF.JOB_TITLE, STAFF.EMAIL, STAFF.PHONE, STAFF.TEAM_ID, STAFF_TEAM.NAME);
    }

    /** {@code staff} joined to its team. */
    public static Table<?> from() {
        return STAFF.join(STAFF_TEAM).on(STAFF_TEAM.ID.eq(STAFF.TEAM_ID));
    }

    public static app.onward.youngperson.StaffMember map(Record row) {
        return new app.onward.youngperson.StaffMember(new StaffMemberId(row.get(STAFF.ID)), row.get(STAFF.DISPLAY_NAME),
                row.get(STAFF.JOB_TITLE), row.get(STAFF.EMAIL), row.get(STAFF.PHONE),
                new app.onward.youngperson.Team(new TeamId(row.get(STAFF.TEAM_ID)), row.get(STAFF_TEAM.NAME)));
    }
}
