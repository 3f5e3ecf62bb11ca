package app.onward.settings.internal;

import app.onward.settings.NonWorkingDay;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import static app.onward.jooq.Tables.AUTHORITY_SETTING;
import static app.onward.jooq.Tables.NON_WORKING_DAY;

/** The current authority's settings and own non-working days (row-level security scopes every statement). */
@Repository
public class SettingsRepository {

    private final DSLContext dsl;

    SettingsRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Integer> reviewAfterChangeWorkingDays() {
        return dsl.select(AUTHORITY_SETTING.REVIEW_AFTER_CHANGE_WORKING_DAYS).from(AUTHORITY_SETTING)
                .fetchOptional(AUTHORITY_SETTING.REVIEW_AFTER_CHANGE_WORKING_DAYS);
    }

    public void saveReviewAfterChangeWorkingDays(int workingDays) {
        dsl.insertInto(AUTHORITY_SETTING)
                .set(AUTHORITY_SETTING.REVIEW_AFTER_CHANGE_WORKING_DAYS, workingDays)
                .onConflict(AUTHORITY_SETTING.TENANT_ID)
                .doUpdate()
                .set(AUTHORITY_SETTING.REVIEW_AFTER_CHANGE_WORKING_DAYS, workingDays)
                .execute();
    }

    public List<NonWorkingDay> localDays() {
        return dsl.select(NON_WORKING_DAY.DAY, NON_WORKING_DAY.DESCRIPTION).from(NON_WORKING_DAY)
                .orderBy(NON_WORKING_DAY.DAY)
                .fetch(row -> new NonWorkingDay(row.value1(), row.value2(), true));
    }

    public Optional<NonWorkingDay> localDay(LocalDate day) {
        return dsl.select(NON_WORKING_DAY.DAY, NON_WORKING_DAY.DESCRIPTION).from(NON_WORKING_DAY)
                .where(NON_WORKING_DAY.DAY.eq(day))
                .fetchOptional(row -> new NonWorkingDay(row.value1(), row.value2(), true));
    }

    public void addLocalDay(LocalDate day, String description, String addedBy) {
        dsl.insertInto(NON_WORKING_DAY)
                .set(NON_WORKING_DAY.DAY, day)
                .set(NON_WORKING_DAY.DESCRIPTION, description)
                .set(NON_WORKING_DAY.ADDED_BY, addedBy)
                .execute();
    }

    public boolean removeLocalDay(LocalDate day) {
        return dsl.deleteFrom(NON_WORKING_DAY).where(NON_WORKING_DAY.DAY.eq(day)).execute() > 0;
    }
}
