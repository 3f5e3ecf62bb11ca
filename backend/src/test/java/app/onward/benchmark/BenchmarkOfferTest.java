package app.onward.benchmark;

import app.onward.offer.EntitlementChecks;
import app.onward.offer.EntitlementContent;
import app.onward.offer.OfferArea;
import app.onward.offer.internal.OfferRepository.NewSection;
import app.onward.offer.rules.Fact;
import app.onward.offer.rules.Questions;
import app.onward.offer.rules.WhoQualifies;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The offer the benchmark reads must be one an authority could publish, and as varied as a real one. */
class BenchmarkOfferTest {

    private final List<EntitlementContent> offer = BenchmarkOffer.entitlements("Northmoor City Council", "northmoor");

    @Test
    void shouldHaveSixtyEntitlementsThatCouldAllBePublished() {
        assertThat(offer).hasSize(BenchmarkOffer.ENTITLEMENTS);
        assertThat(offer).extracting(EntitlementContent::key).doesNotHaveDuplicates();
        assertThat(offer).allSatisfy(entitlement ->
                assertThat(EntitlementChecks.beforePublishing(entitlement)).as(entitlement.key()).isEmpty());
    }

    @Test
    void shouldFillEveryOneOfTheEightSections() {
        List<NewSection> sections = NewSection.byArea(offer);

        assertThat(sections).extracting(NewSection::area).containsExactly(OfferArea.values());
        assertThat(sections).allSatisfy(section -> assertThat(section.entitlements()).hasSizeGreaterThanOrEqualTo(6));
    }

    @Test
    void shouldMakeTheCheckerAskEveryQuestionWithRulesThatDiffer() {
        List<WhoQualifies> rules = offer.stream().map(EntitlementContent::whoQualifies).toList();

        assertThat(Questions.needed(rules)).containsExactlyElementsOf(EnumSet.allOf(Fact.class));
        assertThat(rules.stream().distinct().count()).isGreaterThanOrEqualTo(35);
        assertThat(rules).anySatisfy(rule -> assertThat(rule.age().fromDaysBefore()).isPositive());
        assertThat(rules).anySatisfy(rule -> assertThat(rule.age().untilAge()).isNull());
        assertThat(rules).anySatisfy(rule -> assertThat(rule.circumstances()).containsValue(false));
        assertThat(rules).anySatisfy(rule -> assertThat(rule.circumstances()).hasSizeGreaterThan(1));
    }

    @Test
    void shouldGiveTheAuthoritysOwnContactForItsOwnEntitlements() {
        assertThat(offer).filteredOn(entitlement -> !entitlement.fromTheLaw()).hasSize(52)
                .allSatisfy(entitlement -> assertThat(entitlement.howToClaim().contact().name())
                        .isEqualTo("Northmoor City Council leaving care team"));
    }
}
