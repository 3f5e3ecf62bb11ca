package app.onward.offer.rules;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FactsTest {

    private static final LocalDate ON = LocalDate.of(2026, 6, 15);

    @Test
    void shouldNeedTheDayAskedAbout() {
        assertThatThrownBy(() -> Facts.on(null)).isInstanceOf(NullPointerException.class);
    }

    @Test
    void shouldRefuseABirthAfterTheDayAskedAboutOrANegativeAge() {
        assertThatThrownBy(() -> Facts.on(ON).bornOn(ON.plusDays(1))).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Facts.on(ON).aged(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldTreatANullCircumstanceAsUnknown() {
        Map<Circumstance, Boolean> answers = new HashMap<>();
        answers.put(Circumstance.PARENT, null);
        answers.put(Circumstance.IN_WORK, true);

        Facts facts = new Facts(ON, null, null, null, answers);

        assertThat(facts.circumstances()).containsOnlyKeys(Circumstance.IN_WORK);
        assertThat(facts.circumstance(Circumstance.PARENT)).isNull();
    }

    @Test
    void shouldLeaveTheOriginalUnchangedWhenAddingAFact() {
        Facts before = Facts.on(ON).with(Circumstance.PARENT, true);

        Facts after = before.with(Circumstance.IN_WORK, false).in(CareLeaverCategory.RELEVANT);

        assertThat(before.circumstances()).containsOnlyKeys(Circumstance.PARENT);
        assertThat(before.category()).isNull();
        assertThat(after.circumstances()).containsEntry(Circumstance.PARENT, true).containsEntry(Circumstance.IN_WORK, false);
    }

    @Test
    void shouldRefuseAnAssessmentWhoseVerdictDoesNotFollowFromItsParts() {
        assertThatThrownBy(() -> new Assessment(Verdict.APPLIES, List.of(), List.of(Fact.CATEGORY), null, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Assessment(Verdict.MAY_APPLY, List.of(new Unmet.TooOld(25, null)), List.of(Fact.CATEGORY), null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
