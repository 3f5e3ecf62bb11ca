package app.onward.mentalhealth;

import app.onward.youngperson.RecordAccess;
import app.onward.youngperson.StaffMemberRef;
import app.onward.youngperson.YoungPersonId;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * Who may read, start and change a young person's mental-health referrals: narrower than who may open their record
 * ({@link RecordAccess}), because a referral is special-category data. Only
 * <ul>
 *   <li>their personal adviser (the current allocation);</li>
 *   <li>the team managers of that adviser's team;</li>
 *   <li>while no adviser is allocated, the team managers of the young person's team;</li>
 *   <li>the young person themselves, through {@code mine} only (not here).</li>
 * </ul>
 * Not the other advisers of the team who cover for each other, not Youth Voice workers, leaders or tenant admins.
 * To anyone else a referral does not exist. Why: docs/decisions/0017-mental-health-referrals.md.
 */
@Component
public class ReferralAccess {

    private final RecordAccess records;
    private final DSLContext dsl;

    ReferralAccess(RecordAccess records, DSLContext dsl) {
        this.records = records;
        this.dsl = dsl;
    }

    /** The young people, as the id field {@code youngPerson}, whose referrals {@code staff} may read and change. */
    public Condition readableBy(StaffMemberRef staff, Field<UUID> youngPerson) {
        Condition readable = DSL.exists(DSL.selectOne().from(ADVISER_ALLOCATION)
                .where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.eq(youngPerson))
                .and(ADVISER_ALLOCATION.STAFF_MEMBER_ID.eq(staff.id().value()))
                .and(ADVISER_ALLOCATION.ENDED_ON.isNull()));
        if (staff.isManager()) {
            readable = readable
                    .or(DSL.exists(DSL.selectOne().from(ADVISER_ALLOCATION)
                            .join(STAFF_MEMBER).on(STAFF_MEMBER.ID.eq(ADVISER_ALLOCATION.STAFF_MEMBER_ID))
                            .where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.eq(youngPerson))
                            .and(ADVISER_ALLOCATION.ENDED_ON.isNull())
                            .and(STAFF_MEMBER.TEAM_ID.eq(staff.team().value()))))
                    .or(DSL.notExists(DSL.selectOne().from(ADVISER_ALLOCATION)
                                    .where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.eq(youngPerson))
                                    .and(ADVISER_ALLOCATION.ENDED_ON.isNull()))
                            .and(DSL.exists(DSL.selectOne().from(YOUNG_PERSON)
                                    .where(YOUNG_PERSON.ID.eq(youngPerson))
                                    .and(YOUNG_PERSON.TEAM_ID.eq(staff.team().value())))));
        }
        return readable;
    }

    /** The signed-in member of staff, when they may read referrals at all (advisers and managers). */
    @Transactional(propagation = Propagation.MANDATORY)
    public Optional<StaffMemberRef> currentStaff() {
        return records.currentStaff();
    }

    /** Those of {@code youngPeople} whose referrals the signed-in user may read; none for anyone but staff. */
    @Transactional(propagation = Propagation.MANDATORY)
    public Set<UUID> readable(Collection<UUID> youngPeople) {
        return currentStaff().map(staff -> readable(staff, youngPeople)).orElse(Set.of());
    }

    private Set<UUID> readable(StaffMemberRef staff, Collection<UUID> youngPeople) {
        return dsl.select(YOUNG_PERSON.ID).from(YOUNG_PERSON)
                .where(YOUNG_PERSON.ID.in(youngPeople)).and(readableBy(staff, YOUNG_PERSON.ID))
                .fetchSet(YOUNG_PERSON.ID);
    }

    /** The signed-in member of staff, when they may read and change this young person's referrals; otherwise not found. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StaffMemberRef requireMayRead(YoungPersonId youngPerson) {
        return currentStaff().filter(staff -> !readable(staff, Set.of(youngPerson.value())).isEmpty())
                .orElseThrow(() -> new NoSuchElementException("No referrals you may read"));
    }
}
