package app.onward.accommodation;

import app.onward.graphql.UserError;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The SSDA903 code rules, table by table: every letter with every suitability, every activity, the birthdays. */
class Ssda903RulesTest {

    private static final LocalDate BORN = LocalDate.of(2007, 3, 15);
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 22);
    /** After the 18th birthday, so that only the code rules can refuse. */
    private static final LocalDate ADULT_DAY = LocalDate.of(2026, 1, 10);
    private static final Set<String> NEVER_SUITABLE = Set.of("S", "X");

    private static Ssda903Rules.Facts facts(String inTouch) {
        return new Ssda903Rules.Facts(BORN, inTouch, TODAY);
    }

    static Stream<Arguments> everyLetterAndSuitability() {
        return Arrays.stream(AccommodationType.values()).flatMap(type -> Arrays.stream(Suitability.values())
                .map(suitability -> Arguments.of(type, suitability)));
    }

    @ParameterizedTest(name = "{0}{1}")
    @MethodSource("everyLetterAndSuitability")
    void shouldRefuseOnlyNoFixedAbodeAndCustodyMarkedSuitable(AccommodationType type, Suitability suitability) {
        List<UserError> errors = Ssda903Rules.accommodation(type, suitability, ADULT_DAY, facts("YES"));
        boolean invalid = NEVER_SUITABLE.contains(type.name()) && suitability == Suitability.SUITABLE;
        if (invalid) {
            assertThat(errors).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("suitability");
                assertThat(error.code()).isEqualTo("INVALID");
                assertThat(error.message()).contains("cannot be suitable").contains(type.name() + "2");
            });
        } else {
            assertThat(errors).isEmpty();
        }
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(AccommodationType.class)
    void shouldSayEveryLetterTwiceAndMakeItsCode(AccommodationType type) {
        assertThat(type.staffWords()).isNotBlank();
        assertThat(type.youngPersonWords()).isNotBlank().doesNotContain(type.name() + " ");
        assertThat(type.code(Suitability.SUITABLE)).isEqualTo(type.name() + "1");
        assertThat(type.code(Suitability.UNSUITABLE)).isEqualTo(type.name() + "2");
    }

    @ParameterizedTest(name = "{0}")
    @EnumSource(ActivityCode.class)
    void shouldAcceptEveryActivityCodeAndSayItTwice(ActivityCode code) {
        assertThat(Ssda903Rules.activity(code, ADULT_DAY, facts("YES"))).isEmpty();
        assertThat(code.staffWords()).isNotBlank();
        assertThat(code.youngPersonWords()).isNotBlank();
        assertThat(code.inEducationEmploymentOrTraining()).isEqualTo(!code.name().startsWith("G"));
    }

    static Stream<Arguments> stayingPutAroundTheBirthdays() {
        return Stream.of(
                Arguments.of("on the 16th birthday", BORN.plusYears(16), false),
                Arguments.of("on the 17th birthday", BORN.plusYears(17), false),
                Arguments.of("the day before the 18th birthday", BORN.plusYears(18).minusDays(1), false),
                Arguments.of("on the 18th birthday", BORN.plusYears(18), true),
                Arguments.of("after the 18th birthday", BORN.plusYears(19), true));
    }

    @ParameterizedTest(name = "Z from {0}: allowed {2}")
    @MethodSource("stayingPutAroundTheBirthdays")
    void shouldAllowStayingPutOnlyFromThe18thBirthday(String when, LocalDate from, boolean allowed) {
        for (Suitability suitability : Suitability.values()) {
            List<UserError> errors = Ssda903Rules.accommodation(AccommodationType.Z, suitability, from, facts("YES"));
            if (allowed) {
                assertThat(errors).as(when).isEmpty();
            } else {
                assertThat(errors).as(when).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("type");
                    assertThat(error.message()).contains("starts at 18").contains("15 March 2025");
                });
            }
        }
    }

    @ParameterizedTest(name = "Z from the 17th birthday is the only refusal for {0}")
    @EnumSource(AccommodationType.class)
    void shouldRefuseOnlyStayingPutAtThe17thBirthday(AccommodationType type) {
        List<UserError> errors = Ssda903Rules.accommodation(type, Suitability.UNSUITABLE, BORN.plusYears(17), facts("YES"));
        assertThat(errors).hasSize(type == AccommodationType.Z ? 1 : 0);
    }

    static Stream<Arguments> firstDays() {
        return Stream.of(
                Arguments.of("the day before the 16th birthday", BORN.plusYears(16).minusDays(1), "from their 16th birthday (15 March 2023)"),
                Arguments.of("their birth", BORN, "from their 16th birthday"),
                Arguments.of("tomorrow", TODAY.plusDays(1), "Enter today or a day before"),
                Arguments.of("next year", TODAY.plusYears(1), "Enter today or a day before"),
                Arguments.of("the 16th birthday", BORN.plusYears(16), null),
                Arguments.of("today", TODAY, null));
    }

    @ParameterizedTest(name = "from {0}")
    @MethodSource("firstDays")
    void shouldRefuseADayToComeOrBeforeThe16thBirthday(String when, LocalDate from, String refusal) {
        List<UserError> accommodation = Ssda903Rules.accommodation(AccommodationType.U, Suitability.SUITABLE, from, facts(null));
        List<UserError> activity = Ssda903Rules.activity(ActivityCode.F5, from, facts(null));
        for (List<UserError> errors : List.of(accommodation, activity)) {
            if (refusal == null) {
                assertThat(errors).as(when).isEmpty();
            } else {
                assertThat(errors).as(when).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("from");
                    assertThat(error.message()).contains(refusal);
                });
            }
        }
    }

    @ParameterizedTest(name = "in touch {0}")
    @ValueSource(strings = {"YES", "NO", "DIED", "REFU", "NREQ", "RHOM"})
    void shouldRecordNothingWhileTheInTouchStatusIsDiedOrReturnedHome(String inTouch) {
        boolean refused = inTouch.equals("DIED") || inTouch.equals("RHOM");
        List<UserError> accommodation = Ssda903Rules.accommodation(AccommodationType.B, Suitability.SUITABLE, ADULT_DAY, facts(inTouch));
        List<UserError> activity = Ssda903Rules.activity(ActivityCode.G5, ADULT_DAY, facts(inTouch));
        for (List<UserError> errors : List.of(accommodation, activity)) {
            if (refused) {
                assertThat(errors).singleElement().satisfies(error -> {
                    assertThat(error.field()).isEqualTo("from");
                    assertThat(error.code()).isEqualTo("NOT_ALLOWED");
                    assertThat(error.message()).contains(inTouch.equals("DIED") ? "died" : "returned home");
                });
            } else {
                assertThat(errors).isEmpty();
            }
        }
    }

    @Test
    void shouldGiveEveryRefusalOfOneInputAtOnce() {
        List<UserError> errors = Ssda903Rules.accommodation(AccommodationType.S, Suitability.SUITABLE,
                BORN.plusYears(16).minusDays(1), facts("YES"));
        assertThat(errors).extracting(UserError::field).containsExactly("from", "suitability");
    }

    @Test
    void shouldAskForTheFirstDayWhenItIsMissing() {
        assertThat(Ssda903Rules.activity(ActivityCode.F1, null, facts(null))).singleElement()
                .satisfies(error -> assertThat(error.code()).isEqualTo("REQUIRED"));
    }
}
