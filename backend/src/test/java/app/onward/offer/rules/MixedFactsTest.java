package app.onward.offer.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static app.onward.offer.rules.CareLeaverCategory.ELIGIBLE;
import static app.onward.offer.rules.CareLeaverCategory.FORMER_RELEVANT;
import static app.onward.offer.rules.Circumstance.IN_HIGHER_EDUCATION;
import static app.onward.offer.rules.Circumstance.LIVING_OUTSIDE_AUTHORITY;
import static app.onward.offer.rules.Circumstance.PARENT;
import static app.onward.offer.rules.Verdict.APPLIES;
import static app.onward.offer.rules.Verdict.DOES_NOT_APPLY;
import static app.onward.offer.rules.Verdict.MAY_APPLY;
import static org.assertj.core.api.Assertions.assertThat;

/** Rules with every kind of part, and facts partly known. */
class MixedFactsTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 15);
    private static final Facts NOTHING_KNOWN = Facts.on(ON);
    private static final Facts SEVENTEEN = Facts.on(ON).bornOn(LocalDate.of(2009, 1, 1));
    private static final Facts TWENTY = Facts.on(ON).bornOn(LocalDate.of(2006, 1, 1));
    private static final Facts TWENTY_SIX = Facts.on(ON).bornOn(LocalDate.of(2000, 1, 1));

    /** A higher-education bursary: former relevant, 18 to 25, at university, living in the authority, a parent. */
    private static final WhoQualifies RULE = new WhoQualifies(AgeRange.between(18, 25), Set.of(FORMER_RELEVANT),
            Map.of(PARENT, true, IN_HIGHER_EDUCATION, true, LIVING_OUTSIDE_AUTHORITY, false));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing known: every fact to check, in question order", NOTHING_KNOWN, MAY_APPLY, List.of(),
                        List.of(Fact.DATE_OF_BIRTH, Fact.CATEGORY, Fact.IN_HIGHER_EDUCATION, Fact.PARENT, Fact.LIVING_OUTSIDE_AUTHORITY)),
                Arguments.of("too young wins over the unknown rest", SEVENTEEN, DOES_NOT_APPLY,
                        List.of(new Unmet.TooYoung(18, 0, LocalDate.of(2027, 1, 1))), List.of()),
                Arguments.of("a wrong category wins over an unknown age", NOTHING_KNOWN.in(ELIGIBLE), DOES_NOT_APPLY,
                        List.of(new Unmet.NotInCategory(Set.of(FORMER_RELEVANT))), List.of()),
                Arguments.of("one known circumstance the wrong way wins", NOTHING_KNOWN.with(LIVING_OUTSIDE_AUTHORITY, true),
                        DOES_NOT_APPLY, List.of(new Unmet.CircumstanceNotMet(LIVING_OUTSIDE_AUTHORITY, false)), List.of()),
                Arguments.of("every failing part listed, in rule order",
                        TWENTY_SIX.in(ELIGIBLE).with(PARENT, false).with(IN_HIGHER_EDUCATION, false).with(LIVING_OUTSIDE_AUTHORITY, false),
                        DOES_NOT_APPLY, List.of(new Unmet.TooOld(25, LocalDate.of(2024, 12, 31)),
                                new Unmet.NotInCategory(Set.of(FORMER_RELEVANT)),
                                new Unmet.CircumstanceNotMet(IN_HIGHER_EDUCATION, true),
                                new Unmet.CircumstanceNotMet(PARENT, true)),
                        List.of()),
                Arguments.of("an age alone can be known too young", Facts.on(ON).aged(17).in(ELIGIBLE), DOES_NOT_APPLY,
                        List.of(new Unmet.TooYoung(18, 0, null), new Unmet.NotInCategory(Set.of(FORMER_RELEVANT))), List.of()),
                Arguments.of("what holds is not asked again", TWENTY.in(FORMER_RELEVANT).with(PARENT, true),
                        MAY_APPLY, List.of(), List.of(Fact.IN_HIGHER_EDUCATION, Fact.LIVING_OUTSIDE_AUTHORITY)),
                Arguments.of("everything known and holding",
                        TWENTY.in(FORMER_RELEVANT).with(PARENT, true).with(IN_HIGHER_EDUCATION, true).with(LIVING_OUTSIDE_AUTHORITY, false),
                        APPLIES, List.of(), List.of()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldLetAKnownFailureDecideAndOtherwiseListWhatToCheck(String why, Facts facts, Verdict verdict,
                                                                 List<Unmet> unmet, List<Fact> toCheck) {
        Assessment assessment = Eligibility.assess(RULE, facts);

        assertThat(assessment.verdict()).isEqualTo(verdict);
        assertThat(assessment.unmet()).isEqualTo(unmet);
        assertThat(assessment.toCheck()).isEqualTo(toCheck);
    }
}
