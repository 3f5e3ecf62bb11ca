package app.onward.offer;

import app.onward.graphql.UserError;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.WhoQualifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** An authority may improve on a national entitlement but never give less than the law. */
class NationalEntitlementTest {

    private static EntitlementContent starter(NationalEntitlement national) {
        return StarterOffer.entitlements().stream().filter(entitlement -> entitlement.national() == national)
                .findFirst().orElseThrow();
    }

    private static EntitlementContent withAmount(EntitlementContent content, long pounds) {
        WhatYouGet was = content.whatYouGet();
        return copy(content, new WhatYouGet(was.description(), Money.pounds(pounds), was.frequency(), was.upTo(), was.cap()),
                content.whoQualifies());
    }

    private static EntitlementContent withAge(EntitlementContent content, AgeRange age) {
        WhoQualifies was = content.whoQualifies();
        return copy(content, content.whatYouGet(), new WhoQualifies(age, was.categories(), was.circumstances()));
    }

    private static EntitlementContent copy(EntitlementContent c, WhatYouGet whatYouGet, WhoQualifies whoQualifies) {
        return new EntitlementContent(c.key(), c.title(), c.summary(), c.area(), whatYouGet, whoQualifies, c.howToClaim(),
                c.national(), c.legalBasis(), c.lastReviewedOn(), c.availableUntil());
    }

    @ParameterizedTest(name = "{0} at £{1}: {2}")
    @CsvSource({
            "SETTING_UP_HOME_ALLOWANCE, 2999, false",
            "SETTING_UP_HOME_ALLOWANCE, 3000, true",
            "SETTING_UP_HOME_ALLOWANCE, 3500, true",
            "HIGHER_EDUCATION_BURSARY, 1999, false",
            "HIGHER_EDUCATION_BURSARY, 2000, true",
            "SIXTEEN_TO_NINETEEN_BURSARY, 1000, false",
            "SIXTEEN_TO_NINETEEN_BURSARY, 1200, true",
            "APPRENTICESHIP_BURSARY, 1000, false",
            "APPRENTICESHIP_BURSARY, 3000, true"})
    void shouldRefuseAnAmountBelowTheLegalMinimum(NationalEntitlement national, long pounds, boolean allowed) {
        List<UserError> shortfalls = national.shortfalls(withAmount(starter(national), pounds));

        if (allowed) {
            assertThat(shortfalls).isEmpty();
        } else {
            assertThat(shortfalls).singleElement().satisfies(error -> {
                assertThat(error.field()).isEqualTo("whatYouGet.amount");
                assertThat(error.message()).contains("or more");
            });
        }
    }

    @ParameterizedTest(name = "{0} until {1}: {2}")
    @CsvSource({
            "PERSONAL_ADVISER, 21, false",
            "PERSONAL_ADVISER, 25, true",
            "PERSONAL_ADVISER, 26, true",
            "STAYING_PUT, 20, false",
            "STAYING_PUT, 21, true",
            "STAYING_PUT, 22, true",
            "SHARED_ACCOMMODATION_RATE_EXEMPTION, 22, false",
            "SHARED_ACCOMMODATION_RATE_EXEMPTION, 25, true"})
    void shouldRefuseEndingSoonerThanTheLaw(NationalEntitlement national, int untilAge, boolean allowed) {
        EntitlementContent starter = starter(national);
        List<UserError> shortfalls = national.shortfalls(withAge(starter, new AgeRange(starter.whoQualifies().age().fromAge(), 0, untilAge)));

        assertThat(shortfalls).extracting(UserError::field).containsExactlyElementsOf(allowed ? List.of() : List.of("whoQualifies.untilAge"));
    }

    @ParameterizedTest(name = "Universal Credit from {1} days before {0}: {2}")
    @CsvSource({"18, 0, false", "18, 27, false", "18, 28, true", "18, 60, true", "17, 0, true", "19, 28, false"})
    void shouldRefuseStartingUniversalCreditLaterThanTwentyEightDaysBeforeEighteen(int fromAge, int daysBefore, boolean allowed) {
        List<UserError> shortfalls = NationalEntitlement.UNIVERSAL_CREDIT_BEFORE_EIGHTEEN.shortfalls(
                withAge(starter(NationalEntitlement.UNIVERSAL_CREDIT_BEFORE_EIGHTEEN), new AgeRange(fromAge, daysBefore, null)));

        assertThat(shortfalls.isEmpty()).isEqualTo(allowed);
    }

    @Test
    void shouldRefuseAMoneyEntitlementWithNoAmount() {
        EntitlementContent starter = starter(NationalEntitlement.SETTING_UP_HOME_ALLOWANCE);
        EntitlementContent noAmount = copy(starter, WhatYouGet.support("Furniture"), starter.whoQualifies());

        assertThat(NationalEntitlement.SETTING_UP_HOME_ALLOWANCE.shortfalls(noAmount)).extracting(UserError::field)
                .containsExactly("whatYouGet.amount");
    }

    @Test
    void shouldLetAnAuthorityImproveEveryNationalEntitlement() {
        for (EntitlementContent starter : StarterOffer.entitlements()) {
            WhoQualifies longer = new WhoQualifies(new AgeRange(Math.min(starter.whoQualifies().age().fromAge(), 16), 60, 26),
                    Set.of(), Map.of());
            EntitlementContent improved = copy(starter, starter.whatYouGet().amount() == null ? starter.whatYouGet()
                    : new WhatYouGet("More", Money.pounds(5_000), WhatYouGet.Frequency.ONCE, false, null), longer);
            assertThat(starter.national().shortfalls(improved)).as(starter.key()).isEmpty();
        }
    }
}
