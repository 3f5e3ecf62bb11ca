package app.onward.clock;

import app.onward.settings.WorkingCalendar;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ClockRulesTest {

    private static final WorkingCalendar CALENDAR = new WorkingCalendar(Set.of(
            LocalDate.of(2026, 12, 25), LocalDate.of(2026, 12, 28), LocalDate.of(2027, 1, 1)));
    private static final LocalDate BORN = LocalDate.of(2010, 1, 10);

    /** A young person born 10 January 2010, registered 1 February 2026, allocated 2 February, monthly contact. */
    private static Inputs young() {
        return new Inputs(BORN, null, LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 2), ContactFrequency.MONTHLY,
                null, null, null, null, List.of(), false);
    }

    private record Inputs(LocalDate dateOfBirth, LocalDate eligibleFrom, LocalDate registeredOn, LocalDate allocatedOn,
                          ContactFrequency frequency, LocalDate firstSignOff, LocalDate lastSignOff, LocalDate lastContact,
                          LocalDate lastVisit, List<ClockInputs.Change> changes, boolean died) {
        Inputs eligibleFrom(LocalDate day) { return new Inputs(dateOfBirth, day, registeredOn, allocatedOn, frequency, firstSignOff, lastSignOff, lastContact, lastVisit, changes, died); }
        Inputs signedOff(LocalDate first, LocalDate last) { return new Inputs(dateOfBirth, eligibleFrom, registeredOn, allocatedOn, frequency, first, last, lastContact, lastVisit, changes, died); }
        Inputs contact(LocalDate last, LocalDate visit) { return new Inputs(dateOfBirth, eligibleFrom, registeredOn, allocatedOn, frequency, firstSignOff, lastSignOff, last, visit, changes, died); }
        Inputs frequency(ContactFrequency f) { return new Inputs(dateOfBirth, eligibleFrom, registeredOn, allocatedOn, f, firstSignOff, lastSignOff, lastContact, lastVisit, changes, died); }
        Inputs unallocated() { return new Inputs(dateOfBirth, eligibleFrom, registeredOn, null, frequency, firstSignOff, lastSignOff, lastContact, lastVisit, changes, died); }
        Inputs change(String kind, LocalDate on, boolean intoAccommodation) {
            List<ClockInputs.Change> more = Stream.concat(changes.stream(), Stream.of(new ClockInputs.Change(kind, on, intoAccommodation))).toList();
            return new Inputs(dateOfBirth, eligibleFrom, registeredOn, allocatedOn, frequency, firstSignOff, lastSignOff, lastContact, lastVisit, more, died);
        }
        Inputs whoDied() { return new Inputs(dateOfBirth, eligibleFrom, registeredOn, allocatedOn, frequency, firstSignOff, lastSignOff, lastContact, lastVisit, changes, true); }
        ClockInputs build() { return new ClockInputs(dateOfBirth, eligibleFrom, registeredOn, allocatedOn, frequency, firstSignOff, lastSignOff, lastContact, lastVisit, changes, died); }
    }

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("assessment: 3 months after the 16th birthday", young().eligibleFrom(d("2026-01-10")),
                        d("2026-04-10"), null, d("2026-03-02"), null, DueKind.CONTACT, "16th birthday"),
                Arguments.of("assessment: 3 months after becoming eligible later than 16", young().eligibleFrom(d("2026-06-01")),
                        d("2026-09-01"), null, d("2026-03-02"), null, DueKind.CONTACT, "becoming eligible"),
                Arguments.of("assessment: with no category recorded, from the 16th birthday", young(),
                        d("2026-04-10"), null, d("2026-03-02"), null, DueKind.CONTACT, "16th birthday"),
                Arguments.of("assessment done: review six months after the sign-off", young().signedOff(d("2026-03-01"), d("2026-03-01")),
                        null, d("2026-09-01"), d("2026-03-02"), null, DueKind.CONTACT, "Six months since the last review"),
                Arguments.of("review: from the latest sign-off", young().signedOff(d("2026-03-01"), d("2026-08-20")).contact(d("2026-08-25"), null),
                        null, d("2027-02-20"), d("2026-09-25"), null, DueKind.CONTACT, "Six months"),
                Arguments.of("review: 20 working days after a change since the last review (over Christmas)",
                        young().signedOff(d("2026-03-01"), d("2026-09-01")).contact(d("2026-12-10"), null)
                                .change("EDUCATION_OR_WORK_CHANGED", d("2026-12-14"), false),
                        null, d("2027-01-14"), d("2027-01-10"), null, DueKind.CONTACT, "Education or work changed on 14 December 2026"),
                Arguments.of("review: a change before the last review does not count",
                        young().signedOff(d("2026-03-01"), d("2026-09-01")).change("HEALTH", d("2026-08-31"), false),
                        null, d("2027-03-01"), d("2026-03-02"), null, DueKind.CONTACT, "Six months"),
                Arguments.of("review: six-monthly when it comes before the change's period",
                        young().signedOff(d("2026-03-01"), d("2026-03-01")).contact(d("2026-08-20"), null)
                                .change("CUSTODY", d("2026-08-25"), false),
                        null, d("2026-09-01"), d("2026-09-20"), null, DueKind.REVIEW, "Six months"),
                Arguments.of("contact: weekly from the last contact", young().frequency(ContactFrequency.WEEKLY).contact(d("2026-03-01"), null),
                        d("2026-04-10"), null, d("2026-03-08"), null, DueKind.CONTACT, "weekly"),
                Arguments.of("contact: fortnightly", young().frequency(ContactFrequency.FORTNIGHTLY).contact(d("2026-03-01"), null),
                        d("2026-04-10"), null, d("2026-03-15"), null, DueKind.CONTACT, "fortnightly"),
                Arguments.of("contact: every six weeks", young().frequency(ContactFrequency.EVERY_SIX_WEEKS).contact(d("2026-03-01"), null),
                        d("2026-04-10"), null, d("2026-04-12"), null, DueKind.ASSESSMENT, "16th birthday"),
                Arguments.of("contact: every two months, month-end", young().frequency(ContactFrequency.EVERY_TWO_MONTHS).contact(d("2025-12-31"), null),
                        d("2026-04-10"), null, d("2026-02-28"), null, DueKind.CONTACT, "every two months"),
                Arguments.of("contact: none yet and no adviser: from registration", young().unallocated(),
                        d("2026-04-10"), null, d("2026-03-01"), null, DueKind.CONTACT, "no contact recorded yet"),
                Arguments.of("visit: 7 calendar days after a move into the authority's accommodation",
                        young().contact(d("2026-03-20"), d("2026-02-20")).change("MOVED_HOME", d("2026-03-21"), true),
                        d("2026-04-10"), null, d("2026-04-20"), d("2026-03-28"), DueKind.VISIT, "accommodation we provide"),
                Arguments.of("visit: none due once a visit follows the move",
                        young().contact(d("2026-03-25"), d("2026-03-25")).change("MOVED_HOME", d("2026-03-21"), true),
                        d("2026-04-10"), null, d("2026-04-25"), null, DueKind.ASSESSMENT, "16th birthday"),
                Arguments.of("visit: a move elsewhere makes no visit due",
                        young().change("MOVED_HOME", d("2026-03-21"), false),
                        d("2026-04-10"), null, d("2026-03-02"), null, DueKind.CONTACT, "no contact"),
                Arguments.of("a move after the last review makes both a review and a visit due",
                        young().signedOff(d("2026-03-01"), d("2026-03-01")).contact(d("2026-04-01"), d("2026-03-01"))
                                .change("MOVED_HOME", d("2026-04-06"), true),
                        null, d("2026-05-04"), d("2026-05-01"), d("2026-04-13"), DueKind.VISIT, "accommodation we provide"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldComputeTheDueDates(String rule, Inputs inputs, LocalDate assessment, LocalDate review, LocalDate contact,
                                  LocalDate visit, DueKind next, String aReasonMentions) {
        ComputedClocks clocks = ClockRules.compute(inputs.build(), CALENDAR, 20).orElseThrow();

        assertThat(dueOn(clocks.assessment())).as("assessment").isEqualTo(assessment);
        assertThat(dueOn(clocks.review())).as("review").isEqualTo(review);
        assertThat(dueOn(clocks.contact())).as("contact").isEqualTo(contact);
        assertThat(dueOn(clocks.visit())).as("visit").isEqualTo(visit);
        assertThat(clocks.next().kind()).as("next").isEqualTo(next);
        assertThat(Stream.of(clocks.assessment(), clocks.review(), clocks.contact(), clocks.visit())
                .filter(java.util.Objects::nonNull).map(DueDate::reason)).anySatisfy(reason -> assertThat(reason).contains(aReasonMentions));
    }

    @Test
    void shouldUseTheAuthoritysReviewPeriod() {
        ClockInputs inputs = young().signedOff(d("2026-03-01"), d("2026-03-01")).change("HEALTH", d("2026-04-13"), false).build();
        assertThat(ClockRules.compute(inputs, CALENDAR, 5).orElseThrow().review().dueOn()).isEqualTo(d("2026-04-20"));
    }

    @Test
    void shouldRunNoClocksForAYoungPersonWhoDied() {
        assertThat(ClockRules.compute(young().whoDied().build(), CALENDAR, 20)).isEmpty();
    }

    @ParameterizedTest(name = "due {0}, today 2026-06-10: {1}")
    @org.junit.jupiter.params.provider.CsvSource({
            "2026-06-09, OVERDUE", "2026-06-10, DUE_SOON", "2026-06-24, DUE_SOON", "2026-06-25, ON_TRACK"})
    void shouldDecideTheStatusAgainstToday(LocalDate due, DueStatus status) {
        assertThat(DueStatus.of(due, d("2026-06-10"))).isEqualTo(status);
    }

    private static LocalDate dueOn(DueDate due) {
        return due == null ? null : due.dueOn();
    }
}
