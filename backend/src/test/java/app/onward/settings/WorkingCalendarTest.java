package app.onward.settings;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class WorkingCalendarTest {

    private static final LocalDate LOCAL_CLOSURE = LocalDate.of(2026, 7, 15);

    private static WorkingCalendar calendar() {
        Set<LocalDate> days = new HashSet<>();
        new BankHolidays().all().forEach(day -> days.add(day.day()));
        days.add(LOCAL_CLOSURE);
        return new WorkingCalendar(days);
    }

    @ParameterizedTest(name = "{0} is a working day: {1} ({2})")
    @CsvSource({
            "2026-11-23, true,  an ordinary Monday",
            "2026-11-21, false, Saturday",
            "2026-11-22, false, Sunday",
            "2025-04-18, false, Good Friday 2025",
            "2025-04-21, false, Easter Monday 2025",
            "2026-04-03, false, Good Friday 2026",
            "2026-04-06, false, Easter Monday 2026",
            "2027-03-26, false, Good Friday 2027",
            "2026-12-25, false, Christmas Day 2026",
            "2026-12-28, false, Boxing Day 2026 substitute (26th is a Saturday)",
            "2027-12-27, false, Christmas Day 2027 substitute",
            "2027-12-28, false, Boxing Day 2027 substitute",
            "2027-12-29, true,  the Wednesday after Christmas 2027",
            "2028-01-03, false, New Year's Day 2028 substitute",
            "2026-05-04, false, Early May bank holiday 2026",
            "2026-08-31, false, Summer bank holiday 2026",
            "2026-07-15, false, a day the authority added",
            "2026-07-16, true,  the day after the authority's closure"
    })
    void shouldKnowWhichDaysAreWorkingDays(LocalDate day, boolean working, String why) {
        assertThat(calendar().isWorkingDay(day)).as(why).isEqualTo(working);
    }

    @ParameterizedTest(name = "{1} working days after {0} is {2} ({3})")
    @CsvSource({
            "2026-11-23, 1,  2026-11-24, the next day",
            "2026-11-20, 1,  2026-11-23, over a weekend",
            "2026-11-23, 5,  2026-11-30, a week",
            "2026-11-23, 20, 2026-12-21, the default review period",
            "2026-12-21, 5,  2026-12-30, over Christmas with a substitute Boxing Day",
            "2026-03-30, 5,  2026-04-08, over Easter",
            "2027-12-24, 1,  2027-12-29, over both Christmas substitutes",
            "2026-07-14, 1,  2026-07-16, over the authority's own closure",
            "2026-11-21, 1,  2026-11-23, from a Saturday"
    })
    void shouldCountWorkingDaysForward(LocalDate from, int days, LocalDate expected, String why) {
        assertThat(calendar().plusWorkingDays(from, days)).as(why).isEqualTo(expected);
    }

    @org.junit.jupiter.api.Test
    void shouldSayWhenTheBankHolidayListWasCheckedAndCoverEveryYearFrom2024To2028() {
        BankHolidays holidays = new BankHolidays();
        assertThat(holidays.checkedOn()).isEqualTo(LocalDate.of(2026, 11, 22));
        for (int year = 2024; year <= 2028; year++) {
            int y = year;
            assertThat(holidays.all().stream().filter(day -> day.day().getYear() == y)).as("bank holidays in %d", y).hasSize(8);
        }
    }
}
