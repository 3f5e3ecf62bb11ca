package app.onward.youngperson.internal;

import app.onward.clock.DueKind;
import app.onward.clock.DueStatus;
import app.onward.youngperson.YoungPerson;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.ResultQuery;
import org.jooq.SelectField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static app.onward.jooq.Tables.CASE_CLOCK;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * The caseload: young people most urgent first, with everything a page shows in one statement.
 */
@Repository
public class CaseloadRepository {

    private static final Field<UUID> CHOSEN_ID = DSL.field(DSL.name("chosen_id"), UUID.class);
    private static final Field<LocalDate> SORT_KEY = DSL.field(DSL.name("sort_key"), LocalDate.class);

    private final DSLContext dsl;

    CaseloadRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /**
     * What a caseload page asks for.
     *
     * @param visible   the young people the member of staff may open (RecordAccess#openableBy)
     * @param adviser   only the young people currently allocated to this adviser; null for any
     * @param team      only the young people of this team; null for any
     * @param kinds     only young people with one of these due; empty for any (then ordered by the next due)
     * @param statuses  only those due dates at these statuses; empty for any
     * @param after     the cursor of the last row of the previous page; null for the first page
     */
    public record Page(Condition visible, UUID adviser, UUID team, Set<DueKind> kinds, Set<DueStatus> statuses,
                       LocalDate today, Cursor after, int first) {
    }

    /** Where a page ended: the row's sort date and id (ties on the date are ordered by id). */
    public record Cursor(LocalDate dueOn, UUID id) {
    }

    public record Row(YoungPerson youngPerson, Cursor cursor) {
    }

    /**
     * The page's one statement: {@code first + 1} rows, so the caller knows whether there is a next page. The
     * inner select picks and orders the page's young people from the two tables the criteria need; only those
     * rows are then joined to everything else a row shows (a team of 500 joins 51 rows, not 500).
     */
    public ResultQuery<Record> pageQuery(Page page) {
        Field<LocalDate> sortKey = sortKey(page.kinds());
        Condition where = matching(page);
        if (page.after() != null) {
            where = where.and(DSL.row(sortKey, YOUNG_PERSON.ID).gt(page.after().dueOn(), page.after().id()));
        }
        Table<?> chosen = dsl.select(YOUNG_PERSON.ID.as(CHOSEN_ID.getName()), sortKey.as(SORT_KEY.getName()))
                .from(candidates(page))
                .where(where)
                .orderBy(sortKey, YOUNG_PERSON.ID)
                .limit(page.first() + 1)
                .asTable("chosen");
        List<SelectField<?>> fields = new ArrayList<>(YoungPersonRows.fields());
        fields.add(chosen.field(SORT_KEY));
        return dsl.select(fields)
                .from(chosen.join(YoungPersonRows.from()).on(YOUNG_PERSON.ID.eq(chosen.field(CHOSEN_ID))))
                .orderBy(chosen.field(SORT_KEY), YOUNG_PERSON.ID);
    }

    public List<Row> page(Page page) {
        return pageQuery(page).fetch(row -> new Row(YoungPersonRows.map(row),
                new Cursor(row.get(SORT_KEY), row.get(YOUNG_PERSON.ID))));
    }

    /** How many young people the page's criteria match, on every page (the cursor does not apply). */
    public int count(Page page) {
        return dsl.fetchCount(DSL.selectOne().from(candidates(page)).where(matching(page)));
    }

    /**
     * Just what the criteria read: the young person, their clocks, and their current allocation when the page
     * is one adviser's (a team's count then never reads the allocations).
     */
    private static Table<?> candidates(Page page) {
        Table<?> clocked = YOUNG_PERSON.join(CASE_CLOCK).on(CASE_CLOCK.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID));
        return page.adviser() == null ? clocked
                : clocked.join(YoungPersonRows.CURRENT).on(YoungPersonRows.CURRENT.YOUNG_PERSON_ID.eq(YOUNG_PERSON.ID)
                        .and(YoungPersonRows.CURRENT.ENDED_ON.isNull()));
    }

    private static Condition matching(Page page) {
        // A young person with no clocks (they died) is not on anyone's caseload.
        Condition where = page.visible().and(CASE_CLOCK.NEXT_DUE.isNotNull());
        if (page.adviser() != null) {
            where = where.and(YoungPersonRows.CURRENT.STAFF_MEMBER_ID.eq(page.adviser()));
        }
        if (page.team() != null) {
            where = where.and(YOUNG_PERSON.TEAM_ID.eq(page.team()));
        }
        if (page.kinds().isEmpty() && page.statuses().isEmpty()) {
            return where;
        }
        Set<DueKind> kinds = page.kinds().isEmpty() ? EnumSet.allOf(DueKind.class) : page.kinds();
        return where.and(DSL.or(kinds.stream().map(kind -> due(column(kind), page.statuses(), page.today())).toList()));
    }

    private static Condition due(Field<LocalDate> dueOn, Set<DueStatus> statuses, LocalDate today) {
        if (statuses.isEmpty()) {
            return dueOn.isNotNull();
        }
        LocalDate soon = today.plusDays(DueStatus.DUE_SOON_DAYS);
        return DSL.or(statuses.stream().map(status -> switch (status) {
            case OVERDUE -> dueOn.lt(today);
            case DUE_SOON -> dueOn.between(today, soon);
            case ON_TRACK -> dueOn.gt(soon);
        }).toList());
    }

    /** Most urgent first: by the next due date, or by the earliest of the kinds asked for. */
    private static Field<LocalDate> sortKey(Set<DueKind> kinds) {
        if (kinds.isEmpty() || kinds.size() == DueKind.values().length) {
            return CASE_CLOCK.NEXT_DUE;
        }
        List<Field<LocalDate>> columns = kinds.stream().sorted().map(CaseloadRepository::column).toList();
        return columns.size() == 1 ? columns.getFirst()
                : DSL.least(columns.getFirst(), columns.subList(1, columns.size()).toArray(Field[]::new));
    }

    private static Field<LocalDate> column(DueKind kind) {
        return switch (kind) {
            case ASSESSMENT -> CASE_CLOCK.ASSESSMENT_DUE;
            case REVIEW -> CASE_CLOCK.REVIEW_DUE;
            case CONTACT -> CASE_CLOCK.CONTACT_DUE;
            case VISIT -> CASE_CLOCK.VISIT_DUE;
        };
    }
}
