package app.onward.offer;

import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class StarterOfferTest {

    private final List<EntitlementContent> starter = StarterOffer.entitlements();

    @Test
    void shouldCarryEveryNationalEntitlementOnceAtItsLegalMinimum() {
        assertThat(starter).extracting(EntitlementContent::national)
                .containsExactlyInAnyOrderElementsOf(EnumSet.allOf(NationalEntitlement.class));
        assertThat(starter).allSatisfy(entitlement ->
                assertThat(entitlement.national().shortfalls(entitlement)).as(entitlement.key()).isEmpty());
    }

    @Test
    void shouldStateTheFiguresTheLawSets() {
        assertThat(starter).filteredOn(entitlement -> entitlement.whatYouGet().amount() != null)
                .extracting(entitlement -> entitlement.key() + " " + entitlement.whatYouGet().amountInWords())
                .containsExactly("setting-up-home-allowance £3,000", "higher-education-bursary £2,000",
                        "sixteen-to-nineteen-bursary Up to £1,200 a year", "apprenticeship-bursary £3,000");
        assertThat(starter).filteredOn(entitlement -> entitlement.national() == NationalEntitlement.PERSONAL_ADVISER)
                .singleElement().satisfies(adviser -> assertThat(adviser.whoQualifies().age().untilAge()).isEqualTo(25));
        assertThat(starter).filteredOn(entitlement -> entitlement.national() == NationalEntitlement.STAYING_PUT)
                .singleElement().satisfies(stayingPut -> assertThat(stayingPut.whoQualifies().age().untilAge()).isEqualTo(21));
        assertThat(starter).filteredOn(entitlement -> entitlement.national() == NationalEntitlement.UNIVERSAL_CREDIT_BEFORE_EIGHTEEN)
                .singleElement().satisfies(credit -> {
                    assertThat(credit.whoQualifies().age().fromAge()).isEqualTo(18);
                    assertThat(credit.whoQualifies().age().fromDaysBefore()).isEqualTo(28);
                });
    }

    @Test
    void shouldHaveUniqueKeysAndSummariesInPlainEnglish() {
        assertThat(starter).extracting(EntitlementContent::key).doesNotHaveDuplicates();
        assertThat(starter).allSatisfy(entitlement ->
                assertThat(PlainEnglish.adviceOn(entitlement.summary())).as(entitlement.key()).isEmpty());
    }
}
