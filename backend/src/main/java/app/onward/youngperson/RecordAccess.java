package app.onward.youngperson;

import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.identity.SignedInUser;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.NoSuchElementException;
import java.util.Optional;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * Who may open whose records, inside an authority (row-level security already keeps authorities apart).
 * The rule, and why: docs/decisions/0009-who-may-open-whose-records.md.
 * <ul>
 *   <li>a personal adviser: the young people allocated to them, and every young person of their own team
 *       (advisers cover for each other on leave and on duty);</li>
 *   <li>a team manager: every young person of their team;</li>
 *   <li>a care-experienced young person: their own record only, through {@code mine}, never by id;</li>
 *   <li>anyone else (Youth Voice workers, leaders, tenant admins): no individual records.</li>
 * </ul>
 * A record you may not open is "not found", never "forbidden": the answer must not say it exists.
 */
@Component
public class RecordAccess {

    private final DSLContext dsl;

    RecordAccess(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The signed-in user as a member of staff who works with young people; empty for anyone else. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<StaffMemberRef> currentStaff() {
        SignedInUser user = CurrentUser.require();
        if (!user.has(OnwardRole.PERSONAL_ADVISER) && !user.has(OnwardRole.TEAM_MANAGER)) {
            return Optional.empty();
        }
        return dsl.select(STAFF_MEMBER.ID, STAFF_MEMBER.TEAM_ID)
                .from(STAFF_MEMBER)
                .where(STAFF_MEMBER.ACCOUNT_SUBJECT.eq(user.subject()))
                .fetchOptional(row -> new StaffMemberRef(new StaffMemberId(row.value1()), new TeamId(row.value2()),
                        user.roles()));
    }

    /** As {@link #currentStaff()}, for operations only staff may take. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StaffMemberRef requireStaff() {
        return currentStaff().orElseThrow(() -> new AccessDeniedException("Not a member of staff working with young people"));
    }

    /** As {@link #requireStaff()}, for operations only a team manager may take. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StaffMemberRef requireManager() {
        StaffMemberRef staff = requireStaff();
        if (!staff.isManager()) {
            throw new AccessDeniedException("Only a team manager may do this");
        }
        return staff;
    }

    /** The young people {@code staff} may open, as a condition on {@code YOUNG_PERSON}. */
    public Condition openableBy(StaffMemberRef staff) {
        Condition ownTeam = YOUNG_PERSON.TEAM_ID.eq(staff.team().value());
        if (staff.isManager()) {
            return ownTeam;
        }
        if (staff.isAdviser()) {
            return ownTeam.or(DSL.exists(DSL.selectOne().from(ADVISER_ALLOCATION)
                    .where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID))
                    .and(ADVISER_ALLOCATION.STAFF_MEMBER_ID.eq(staff.id().value()))
                    .and(ADVISER_ALLOCATION.ENDED_ON.isNull())));
        }
        return DSL.falseCondition();
    }

    /** Whether the signed-in member of staff may open this young person's records. */
    @Transactional(propagation = Propagation.MANDATORY)
    public boolean mayOpen(YoungPersonId youngPerson) {
        return currentStaff()
                .map(staff -> dsl.fetchExists(YOUNG_PERSON, YOUNG_PERSON.ID.eq(youngPerson.value()).and(openableBy(staff))))
                .orElse(false);
    }

    /** The signed-in member of staff, when they may open this young person's records; otherwise not found. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StaffMemberRef requireMayOpen(YoungPersonId youngPerson) {
        StaffMemberRef staff = requireStaff();
        if (!dsl.fetchExists(YOUNG_PERSON, YOUNG_PERSON.ID.eq(youngPerson.value()).and(openableBy(staff)))) {
            throw new NoSuchElementException("No young person you may open");
        }
        return staff;
    }

    /** For a care-experienced young person: their own record, the one their account is linked to. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<YoungPersonId> ownRecord() {
        SignedInUser user = CurrentUser.require();
        if (!user.has(OnwardRole.CARE_LEAVER)) {
            return Optional.empty();
        }
        return dsl.select(YOUNG_PERSON.ID)
                .from(YOUNG_PERSON)
                .where(YOUNG_PERSON.ACCOUNT_SUBJECT.eq(user.subject()))
                .fetchOptional(row -> new YoungPersonId(row.value1()));
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public YoungPersonId requireOwnRecord() {
        return ownRecord().orElseThrow(() -> new AccessDeniedException("Only a care-experienced young person with a record"));
    }
}
