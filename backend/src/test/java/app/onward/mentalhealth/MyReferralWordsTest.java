package app.onward.mentalhealth;

import app.onward.youngperson.YoungPersonId;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import static app.onward.mentalhealth.ReferralStatus.ACCEPTED;
import static app.onward.mentalhealth.ReferralStatus.CLOSED;
import static app.onward.mentalhealth.ReferralStatus.DECLINED;
import static app.onward.mentalhealth.ReferralStatus.DRAFT;
import static app.onward.mentalhealth.ReferralStatus.FIRST_APPOINTMENT;
import static app.onward.mentalhealth.ReferralStatus.ONGOING;
import static app.onward.mentalhealth.ReferralStatus.SENT;
import static app.onward.mentalhealth.ReferralStatus.WAITING;
import static org.assertj.core.api.Assertions.assertThat;

/** What the young person reads about their referral, for every status: where it is, and what happens next. */
class MyReferralWordsTest {

    static final LocalDate TODAY = LocalDate.of(2026, 3, 26);

    /** Statuses on the days given (from 1 March 2026), as a referral to {@code service}. */
    static Referral referral(MentalHealthService service, String name, Object... statusesAndDays) {
        List<StatusChange> history = new ArrayList<>();
        for (int i = 0; i < statusesAndDays.length; i += 2) {
            history.add(new StatusChange((ReferralStatus) statusesAndDays[i], LocalDate.of(2026, 3, (Integer) statusesAndDays[i + 1]),
                    null, null, null, history.size() + 1));
        }
        return new Referral(new ReferralId(UUID.randomUUID()), history.size(), new YoungPersonId(UUID.randomUUID()), service,
                name, "never shown to them", ReferralUrgency.ROUTINE, ReferralStepsTest.CONSENT, false, false, null, null, history);
    }

    static Stream<Arguments> words() {
        MentalHealthService talking = MentalHealthService.NHS_TALKING_THERAPIES;
        return Stream.of(
                Arguments.of(referral(MentalHealthService.CARE_LEAVER_MENTAL_HEALTH_NURSE, null, DRAFT, 1), 42,
                        "the care-leaver mental-health nurse",
                        "Your adviser is getting a referral to the care-leaver mental-health nurse ready.",
                        "They will talk it through with you and check you are happy for it to be sent before they send it."),
                Arguments.of(referral(talking, null, DRAFT, 1, SENT, 3), 42, "NHS Talking Therapies",
                        "We sent your referral to NHS Talking Therapies on 3 March 2026.",
                        "NHS Talking Therapies will look at it and tell us if they can help. You have waited 23 days so far. "
                                + "Your adviser will tell you when they hear back."),
                Arguments.of(referral(MentalHealthService.GP, null, DRAFT, 1, SENT, 25, ACCEPTED, 26), 42, "your GP",
                        "Your GP said yes to your referral.",
                        "You have waited 1 day so far. Your adviser is keeping in touch with them."),
                Arguments.of(referral(talking, null, DRAFT, 1, SENT, 3, ACCEPTED, 10, WAITING, 10), 42, "NHS Talking Therapies",
                        "NHS Talking Therapies said yes. You are waiting for your first appointment.",
                        "You have waited 23 days so far. Your adviser is keeping in touch with them."),
                Arguments.of(referral(talking, null, DRAFT, 1, SENT, 3, ACCEPTED, 10, WAITING, 10), 14, "NHS Talking Therapies",
                        "NHS Talking Therapies said yes. You are waiting for your first appointment.",
                        "You have waited 23 days so far. That is longer than it should be, so your adviser is chasing it."),
                Arguments.of(referral(MentalHealthService.VOLUNTARY_SECTOR, "Northmoor Mind", DRAFT, 1, SENT, 2, DECLINED, 9), 42,
                        "Northmoor Mind", "Northmoor Mind said they cannot help with this referral.",
                        "This does not mean you do not need support. Your adviser will talk with you about other places that can help."),
                Arguments.of(referral(MentalHealthService.ADULT_COMMUNITY_MENTAL_HEALTH, null, DRAFT, 1, SENT, 2, ACCEPTED, 5,
                                FIRST_APPOINTMENT, 20), 42, "the adult community mental health team",
                        "You had your first appointment with the adult community mental health team on 20 March 2026.",
                        "You and the adult community mental health team will agree what happens next. Tell your adviser if anything "
                                + "is not working for you."),
                Arguments.of(referral(talking, null, DRAFT, 1, SENT, 2, ACCEPTED, 5, FIRST_APPOINTMENT, 20, ONGOING, 21), 42,
                        "NHS Talking Therapies", "You are getting support from NHS Talking Therapies.",
                        "Keep going to your appointments. If you need to change one, your adviser can help."),
                Arguments.of(referral(MentalHealthService.CRISIS_TEAM, null, DRAFT, 1, CLOSED, 2), 42, "the crisis team",
                        "This referral to the crisis team is closed.",
                        "If you want support again, tell your adviser at any time and they will help you ask for it."));
    }

    @ParameterizedTest(name = "{3}")
    @MethodSource("words")
    void shouldTellTheYoungPersonWhereTheirReferralIsAndWhatHappensNext(Referral referral, int threshold, String service,
                                                                        String where, String next) {
        MyReferral mine = MyReferralWords.of(referral, ReferralWait.of(referral, threshold, TODAY));
        assertThat(mine.service()).isEqualTo(service);
        assertThat(mine.statusInWords()).isEqualTo(where);
        assertThat(mine.whatHappensNext()).isEqualTo(next);
        assertThat(mine.statusInWords() + mine.whatHappensNext()).doesNotContain("never shown to them");
    }
}
