package app.onward.youngperson.internal;

import app.onward.youngperson.StaffMember;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.onward.youngperson.internal.StaffRows.STAFF;

/** Staff and teams, as young people's records show them. */
@Repository
public class StaffRepository {

    private final DSLContext dsl;

    StaffRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<StaffMember> find(UUID staffMember) {
        return dsl.select(StaffRows.fields()).from(StaffRows.from()).where(STAFF.ID.eq(staffMember))
                .fetchOptional(StaffRows::map);
    }

    public Map<UUID, List<StaffMember>> membersOf(Collection<UUID> teams) {
        return dsl.select(StaffRows.fields()).from(StaffRows.from()).where(STAFF.TEAM_ID.in(teams))
                .orderBy(STAFF.DISPLAY_NAME)
                .fetchGroups(row -> row.get(STAFF.TEAM_ID), StaffRows::map);
    }
}
