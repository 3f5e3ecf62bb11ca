package app.onward.offer.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static app.onward.offer.rules.Verdict.APPLIES;
import static app.onward.offer.rules.Verdict.DOES_NOT_APPLY;
import static app.onward.offer.rules.Verdict.MAY_APPLY;
import static org.assertj.core.api.Assertions.assertThat;

class CircumstancesTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 15);

    /** needed, known (null = unknown), verdict: for every circumstance. */
    static Stream<Arguments> everyCircumstanceEveryWay() {
        List<Object[]> ways = List.of(
                new Object[] {true, true, APPLIES},
                new Object[] {true, false, DOES_NOT_APPLY},
                new Object[] {true, null, MAY_APPLY},
                new Object[] {false, true, DOES_NOT_APPLY},
                new Object[] {false, false, APPLIES},
                new Object[] {false, null, MAY_APPLY});
        return Stream.of(Circumstance.values())
                .flatMap(circumstance -> ways.stream().map(way -> Arguments.of(circumstance, way[0], way[1], way[2])));
    }

    @ParameterizedTest(name = "{0} needed {1}, known {2}: {3}")
    @MethodSource("everyCircumstanceEveryWay")
    void shouldHoldOnlyWhenTheCircumstanceIsKnownToBeTheNeededValue(Circumstance circumstance, boolean needed,
                                                                    Boolean known, Verdict expected) {
        WhoQualifies rule = new WhoQualifies(AgeRange.from(0), Set.of(), Map.of(circumstance, needed));
        Map<Circumstance, Boolean> facts = new HashMap<>();
        facts.put(circumstance, known);

        Assessment assessment = Eligibility.assess(rule, new Facts(ON, null, null, null, facts));

        assertThat(assessment.verdict()).isEqualTo(expected);
        assertThat(assessment.toCheck()).isEqualTo(expected == MAY_APPLY ? List.of(Fact.of(circumstance)) : List.of());
        assertThat(assessment.unmet()).isEqualTo(expected == DOES_NOT_APPLY
                ? List.of(new Unmet.CircumstanceNotMet(circumstance, needed)) : List.of());
    }

    @Test
    void shouldIgnoreCircumstancesTheRuleDoesNotAskAbout() {
        WhoQualifies rule = new WhoQualifies(AgeRange.from(0), Set.of(), Map.of(Circumstance.PARENT, true));
        Facts facts = Facts.on(ON).with(Circumstance.PARENT, true).with(Circumstance.IN_WORK, false);

        assertThat(Eligibility.assess(rule, facts).verdict()).isEqualTo(APPLIES);
    }

    @Test
    void shouldNotApplyToSomeoneLivingOutsideTheAuthorityWhenTheRuleIsForThoseLivingInIt() {
        WhoQualifies councilTax = new WhoQualifies(AgeRange.between(18, 25), Set.of(),
                Map.of(Circumstance.LIVING_OUTSIDE_AUTHORITY, false));
        Facts facts = Facts.on(ON).bornOn(LocalDate.of(2005, 1, 1)).with(Circumstance.LIVING_OUTSIDE_AUTHORITY, true);

        Assessment assessment = Eligibility.assess(councilTax, facts);

        assertThat(assessment.verdict()).isEqualTo(DOES_NOT_APPLY);
        assertThat(assessment.unmet()).singleElement().extracting(Unmet::explain)
                .isEqualTo("This is for care-experienced young people who live in the council's area.");
    }
}
