package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.DueKind;
import app.onward.portal.caseload.Terms.DueStatus;
import app.onward.portal.identity.Role;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;

/** The plain words of the caseload, and who may open its pages. */
class CaseloadWordsTest {

    @ParameterizedTest
    @CsvSource({
            "-3, Overdue by 3 days",
            "-1, Overdue by 1 day",
            "0, Due today",
            "1, Due in 1 day",
            "12, Due in 12 days"})
    void shouldSayHowLongIsLeftInWords(int daysLeft, String words) {
        var due = new Clocks.Due(DueKind.CONTACT, LocalDate.of(2026, 3, 3), DueStatus.ON_TRACK, daysLeft, "");
        assertThat(due.whenInWords()).isEqualTo(words);
    }

    @ParameterizedTest
    @CsvSource({
            "0, Nothing is waiting.",
            "1, 1 thing is waiting.",
            "7, 7 things are waiting.",
            "50, 50 or more things are waiting."})
    void shouldSayHowMuchIsWaitingInWords(int count, String words) {
        assertThat(WaitingNotices.countInWords(count)).isEqualTo(words);
    }

    @Test
    void shouldWriteDatesAsPeopleInEnglandDo() {
        assertThat(Terms.date(LocalDate.of(2026, 3, 3))).isEqualTo("3 March 2026");
    }

    @Test
    void shouldLetOnlyPersonalAdvisersAndTeamManagersOpenCaseloadsAndRecords() {
        for (Class<?> view : new Class<?>[]{CaseloadView.class, YoungPersonView.class}) {
            assertThat(view.getAnnotation(RolesAllowed.class).value())
                    .containsExactlyInAnyOrder(Role.PERSONAL_ADVISER.name(), Role.TEAM_MANAGER.name());
        }
    }
}
