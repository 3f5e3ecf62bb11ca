package app.onward.offer;

import app.onward.graphql.UserError;
import app.onward.offer.HowToClaim.Contact;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.WhoQualifies;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

class EntitlementChecksTest {

    private static final WhoQualifies UNDER_25 = new WhoQualifies(AgeRange.between(18, 25), Set.of(), Map.of());
    private static final HowToClaim ASK = new HowToClaim(List.of("Ask your personal adviser."), List.of(),
            new Contact("Leaving care team", "01632 960000", null, null));

    private static EntitlementContent local(String key, String title, String summary, WhoQualifies who, HowToClaim how) {
        return new EntitlementContent(key, title, summary, OfferArea.PARTICIPATION_IN_SOCIETY,
                WhatYouGet.support("Free swimming and gym"), who, how, null, null, LocalDate.of(2026, 11, 1), null);
    }

    @Test
    void shouldAcceptACompleteLocalEntitlement() {
        assertThat(EntitlementChecks.beforePublishing(local("leisure-pass", "Leisure pass", "Free swimming and gym.", UNDER_25, ASK)))
                .isEmpty();
    }

    @Test
    void shouldAcceptEveryStarterEntitlement() {
        assertThat(StarterOffer.entitlements()).allSatisfy(entitlement ->
                assertThat(EntitlementChecks.beforePublishing(entitlement)).as(entitlement.key()).isEmpty());
    }

    @Test
    void shouldRefuseAnEntitlementWithNoRuleForWhoQualifies() {
        assertThat(EntitlementChecks.beforePublishing(local("leisure-pass", "Leisure pass", "Free swimming.", null, ASK)))
                .extracting(UserError::field, UserError::code)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("whoQualifies", "REQUIRED"));
    }

    @Test
    void shouldRefuseAnEntitlementWithNoWayToClaim() {
        HowToClaim nothing = new HowToClaim(List.of(" "), List.of(), new Contact(null, null, null, null));

        assertThat(EntitlementChecks.beforePublishing(local("leisure-pass", "Leisure pass", "Free swimming.", UNDER_25, nothing)))
                .extracting(UserError::field).containsExactly("howToClaim.steps", "howToClaim.contact");
    }

    @Test
    void shouldSayWhatIsMissingFieldByField() {
        EntitlementContent empty = new EntitlementContent("Leisure Pass!", " ", null, null, null, null, null, null, null, null, null);

        assertThat(EntitlementChecks.beforePublishing(empty)).extracting(UserError::field).containsExactly(
                "key", "title", "summary", "area", "whatYouGet.description", "whoQualifies", "howToClaim.steps", "lastReviewedOn");
    }

    @Test
    void shouldRefuseASummaryTooLongToReadOnAPhone() {
        String summary = "Free swimming. ".repeat(30);

        assertThat(EntitlementChecks.beforePublishing(local("leisure-pass", "Leisure pass", summary, UNDER_25, ASK)))
                .extracting(UserError::field, UserError::message)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("summary", "Summary in plain English must be 300 characters or fewer"));
    }

    @Test
    void shouldRefuseANationalEntitlementWithoutItsLawOrBelowItsMinimum() {
        EntitlementContent starter = StarterOffer.entitlements().getFirst();
        EntitlementContent cut = new EntitlementContent(starter.key(), starter.title(), starter.summary(), starter.area(),
                WhatYouGet.money("Money", Money.pounds(1_500), WhatYouGet.Frequency.ONCE, false), starter.whoQualifies(),
                starter.howToClaim(), starter.national(), "", starter.lastReviewedOn(), null);

        assertThat(EntitlementChecks.beforePublishing(cut)).extracting(UserError::field)
                .containsExactly("legalBasis", "whatYouGet.amount");
    }
}
