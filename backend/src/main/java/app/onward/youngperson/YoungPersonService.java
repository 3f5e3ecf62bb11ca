package app.onward.youngperson;

import app.onward.clock.DueKind;
import app.onward.clock.DueStatus;
import app.onward.clock.Today;
import app.onward.identity.CurrentUser;
import app.onward.youngperson.internal.CaseloadRepository;
import app.onward.youngperson.internal.StaffRepository;
import app.onward.youngperson.internal.YoungPersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static app.onward.jooq.Tables.YOUNG_PERSON;

/** Reading young people's records, as {@link RecordAccess} allows (docs/decisions/0009-who-may-open-whose-records.md). */
@Service
public class YoungPersonService {

    /** A caseload page asks for at most this many young people. */
    public static final int MAX_PAGE = 100;

    private final RecordAccess access;
    private final YoungPersonRepository youngPeople;
    private final StaffRepository staff;
    private final CaseloadRepository caseloads;
    private final Today today;

    YoungPersonService(RecordAccess access, YoungPersonRepository youngPeople, StaffRepository staff,
                       CaseloadRepository caseloads, Today today) {
        this.access = access;
        this.youngPeople = youngPeople;
        this.staff = staff;
        this.caseloads = caseloads;
        this.today = today;
    }

    public enum Scope { MINE, TEAM }

    public record CaseloadFilter(Set<DueKind> due, Set<DueStatus> status, StaffMemberId adviser) {
    }

    /** A page of a caseload; {@code totalCount} is null when it was not asked for. */
    public record CaseloadPage(List<CaseloadRepository.Row> rows, boolean hasNextPage, Integer totalCount) {
    }

    /** Empty when there is none the signed-in user may open: it never says which. */
    @Transactional(readOnly = true)
    public Optional<YoungPerson> find(YoungPersonId id) {
        return access.currentStaff().flatMap(me -> youngPeople.find(id.value(), access.openableBy(me)));
    }

    /** Staff only (others are refused): MINE is their current allocations, TEAM their team's young people. */
    @Transactional(readOnly = true)
    public CaseloadPage caseload(Scope scope, CaseloadFilter filter, int first, CaseloadRepository.Cursor after,
                                 boolean withTotal) {
        StaffMemberRef me = access.requireStaff();
        CaseloadRepository.Page page = new CaseloadRepository.Page(access.openableBy(me),
                scope == Scope.MINE ? me.id().value() : filter.adviser() == null ? null : filter.adviser().value(),
                scope == Scope.TEAM ? me.team().value() : null,
                filter.due(), filter.status(), today.date(), after, Math.clamp(first, 1, MAX_PAGE));
        List<CaseloadRepository.Row> rows = caseloads.page(page);
        boolean more = rows.size() > page.first();
        return new CaseloadPage(more ? rows.subList(0, page.first()) : rows, more, withTotal ? caseloads.count(page) : null);
    }

    @Transactional(readOnly = true)
    public Optional<StaffMember> currentStaffMember() {
        return access.currentStaff().flatMap(me -> staff.find(me.id().value()));
    }

    /**
     * For a care-experienced young person: their own whole record, for features that answer from it (the
     * entitlement checker); empty for anyone else.
     */
    @Transactional(readOnly = true)
    public Optional<YoungPerson> ownRecord() {
        return access.ownRecord().flatMap(own -> youngPeople.find(own.value(), YOUNG_PERSON.ID.eq(own.value())));
    }

    /** For a care-experienced young person: their own record; empty for anyone else. */
    @Transactional(readOnly = true)
    public Optional<Mine> mine() {
        return access.ownRecord().flatMap(own -> youngPeople.find(own.value(), YOUNG_PERSON.ID.eq(own.value())))
                .map(record -> new Mine(record.id(), record.knownAs(), record.personalAdviser() == null ? null
                        : new Mine.PersonalAdviserContact(record.personalAdviser().name(), record.personalAdviser().jobTitle(),
                        record.personalAdviser().email(), record.personalAdviser().phone(),
                        record.personalAdviser().team().name())));
    }

    // Batch loads for nested fields: the parents were already authorised, so these load by id in one statement.

    @Transactional(readOnly = true)
    public Map<UUID, List<History.CategoryEntry>> categoryHistories(Collection<UUID> youngPeople) {
        return this.youngPeople.categoryHistories(youngPeople);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<History.InTouchEntry>> inTouchHistories(Collection<UUID> youngPeople) {
        return this.youngPeople.inTouchHistories(youngPeople);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<History.Allocation>> allocationHistories(Collection<UUID> youngPeople) {
        return this.youngPeople.allocationHistories(youngPeople);
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<StaffMember>> teamMembers(Collection<UUID> teams) {
        CurrentUser.require();
        return staff.membersOf(teams);
    }

    /** Young people by id, those the signed-in member of staff may open (for notices and other features). */
    @Transactional(readOnly = true)
    public Map<UUID, YoungPerson> findOpenable(Collection<UUID> ids) {
        return access.currentStaff()
                .map(me -> youngPeople.find(YOUNG_PERSON.ID.in(ids).and(access.openableBy(me))).stream()
                        .collect(java.util.stream.Collectors.toMap(person -> person.id().value(), person -> person)))
                .orElse(Map.of());
    }
}
