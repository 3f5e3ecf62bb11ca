package app.onward.offer.rules;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static app.onward.offer.rules.CareLeaverCategory.FORMER_RELEVANT;
import static app.onward.offer.rules.CareLeaverCategory.QUALIFYING;
import static app.onward.offer.rules.Circumstance.IN_WORK;
import static app.onward.offer.rules.Circumstance.PARENT;
import static app.onward.offer.rules.Circumstance.SETTING_UP_HOME;
import static org.assertj.core.api.Assertions.assertThat;

class QuestionsTest {

    private static final WhoQualifies ANYONE = new WhoQualifies(AgeRange.from(0), Set.of(), Map.of());
    private static final WhoQualifies TO_25 = new WhoQualifies(new AgeRange(0, 0, 25), Set.of(), Map.of());
    private static final WhoQualifies FROM_16 = new WhoQualifies(AgeRange.from(16), Set.of(), Map.of());
    private static final WhoQualifies FORMER_RELEVANT_ONLY = new WhoQualifies(AgeRange.from(0), Set.of(FORMER_RELEVANT), Map.of());
    private static final WhoQualifies EVERY_CATEGORY =
            new WhoQualifies(AgeRange.from(0), EnumSet.allOf(CareLeaverCategory.class), Map.of());
    private static final WhoQualifies SETTING_UP_HOME_NOT_WORKING = new WhoQualifies(AgeRange.from(0), Set.of(),
            Map.of(SETTING_UP_HOME, true, IN_WORK, false));
    private static final WhoQualifies WORKING_PARENT = new WhoQualifies(AgeRange.between(18, 25), Set.of(QUALIFYING),
            Map.of(PARENT, true, IN_WORK, true));

    static Stream<Arguments> ruleSets() {
        return Stream.of(
                Arguments.of("no rules", List.of(), List.of()),
                Arguments.of("any age, any category", List.of(ANYONE), List.of()),
                Arguments.of("from birth but with an end", List.of(TO_25), List.of(Fact.DATE_OF_BIRTH)),
                Arguments.of("from an age", List.of(FROM_16), List.of(Fact.DATE_OF_BIRTH)),
                Arguments.of("one category", List.of(FORMER_RELEVANT_ONLY), List.of(Fact.CATEGORY)),
                Arguments.of("every category listed is no restriction", List.of(EVERY_CATEGORY), List.of()),
                Arguments.of("circumstances in enum order, whichever way they are needed", List.of(SETTING_UP_HOME_NOT_WORKING),
                        List.of(Fact.IN_WORK, Fact.SETTING_UP_HOME)),
                Arguments.of("date of birth, then category, then circumstances, each once",
                        List.of(SETTING_UP_HOME_NOT_WORKING, WORKING_PARENT, FORMER_RELEVANT_ONLY, FROM_16, TO_25),
                        List.of(Fact.DATE_OF_BIRTH, Fact.CATEGORY, Fact.IN_WORK, Fact.PARENT, Fact.SETTING_UP_HOME)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("ruleSets")
    void shouldAskOnlyWhatTheRulesNeedInQuestionOrder(String why, List<WhoQualifies> rules, List<Fact> needed) {
        assertThat(Questions.needed(rules)).isEqualTo(needed);
    }

    /** Answering exactly what is asked must be enough to decide every rule: the checker never asks twice. */
    @Test
    void shouldAskEnoughToDecideEveryRule() {
        List<WhoQualifies> rules = List.of(ANYONE, TO_25, FROM_16, FORMER_RELEVANT_ONLY, EVERY_CATEGORY,
                SETTING_UP_HOME_NOT_WORKING, WORKING_PARENT);
        Facts facts = Facts.on(LocalDate.of(2026, 6, 15));
        for (Fact fact : Questions.needed(rules)) {
            facts = switch (fact) {
                case DATE_OF_BIRTH -> facts.bornOn(LocalDate.of(2005, 1, 1));
                case CATEGORY -> facts.in(QUALIFYING);
                default -> facts.with(fact.circumstance(), true);
            };
        }

        for (WhoQualifies rule : rules) {
            assertThat(Eligibility.assess(rule, facts).verdict()).as("%s", rule).isNotEqualTo(Verdict.MAY_APPLY);
        }
    }

    @Test
    void shouldHaveAFactForEveryCircumstanceInTheSameOrderAfterDateOfBirthAndCategory() {
        assertThat(Fact.values()).startsWith(Fact.DATE_OF_BIRTH, Fact.CATEGORY);
        for (Circumstance circumstance : Circumstance.values()) {
            Fact fact = Fact.of(circumstance);
            assertThat(fact.name()).isEqualTo(circumstance.name());
            assertThat(fact.ordinal()).isEqualTo(circumstance.ordinal() + 2);
            assertThat(fact.circumstance()).isEqualTo(circumstance);
        }
        assertThat(Fact.values()).hasSize(Circumstance.values().length + 2);
    }
}
