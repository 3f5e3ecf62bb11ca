package app.onward.portal.offer.authoring;

import app.onward.portal.offer.authoring.DraftEdits.Edit;
import app.onward.portal.offer.authoring.DraftEdits.SectionText;
import app.onward.portal.offer.authoring.DraftEdits.Texts;
import app.onward.portal.offer.authoring.DraftModel.Contact;
import app.onward.portal.offer.authoring.DraftModel.Draft;
import app.onward.portal.offer.authoring.DraftModel.EntitlementInput;
import app.onward.portal.offer.authoring.DraftModel.HowToClaim;
import app.onward.portal.offer.authoring.DraftModel.Item;
import app.onward.portal.offer.authoring.DraftModel.Money;
import app.onward.portal.offer.authoring.DraftModel.Rule;
import app.onward.portal.offer.authoring.DraftModel.SaveInput;
import app.onward.portal.offer.authoring.DraftModel.Section;
import app.onward.portal.offer.authoring.DraftModel.SectionInput;
import app.onward.portal.offer.authoring.DraftModel.WhatYouGet;
import app.onward.portal.offer.authoring.DraftModel.WhoQualifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Each edit sends the whole draft as read with exactly one thing changed, and says where the changed one sits. */
class DraftEditsTest {

    private static final Item SETTING_UP_HOME = item("setting-up-home-allowance", "Setting-up-home allowance", "ACCOMMODATION",
            new Money(300_000, "£3,000"), "SETTING_UP_HOME_ALLOWANCE");
    private static final Item STAYING_PUT = item("staying-put", "Staying put", "ACCOMMODATION", null, "STAYING_PUT");
    private static final Item WIFI = item("free-wifi", "Free Wi-Fi", "MONEY_AND_FINANCIAL_SKILLS", new Money(1_250, "£12.50"), null);

    private static final Draft DRAFT = new Draft(4, 7, "Our offer", "Everything we give you.", List.of(
            new Section("ACCOMMODATION", "Somewhere to live", "Your home.", List.of(SETTING_UP_HOME, STAYING_PUT)),
            new Section("MONEY_AND_FINANCIAL_SKILLS", "Money", null, List.of(WIFI))), List.of(), List.of());

    @Test
    void shouldSendTheDraftAsReadWhenNothingChanged() {
        SaveInput input = DraftEdits.unchanged(DRAFT);

        assertThat(input.rowVersion()).as("the row version read, so a stale save is refused").isEqualTo(7);
        assertThat(input.sections()).extracting(SectionInput::area).containsExactly("ACCOMMODATION", "MONEY_AND_FINANCIAL_SKILLS");
        EntitlementInput allowance = input.sections().getFirst().entitlements().getFirst();
        assertThat(allowance.whatYouGet().amount()).as("money the backend reads back as the same amount").isEqualTo("3000.00");
        assertThat(input.sections().get(1).entitlements().getFirst().whatYouGet().amount()).isEqualTo("12.50");
        assertThat(allowance.whoQualifies().circumstances()).containsExactly(new Rule("SETTING_UP_HOME", true));
        assertThat(allowance.lastReviewedOn()).isEqualTo("2026-11-01");
        assertThat(allowance.nationalEntitlement()).isEqualTo("SETTING_UP_HOME_ALLOWANCE");
    }

    @Test
    void shouldReplaceAnEntitlementInItsPlace() {
        EntitlementInput changed = changedTitle(STAYING_PUT, "Staying with your foster carers");

        Edit edit = DraftEdits.withEntitlement(DraftEdits.unchanged(DRAFT), "staying-put", "ACCOMMODATION", changed);

        assertThat(edit.path()).isEqualTo("sections.0.entitlements.1.");
        assertThat(titles(edit.input())).containsExactly(
                List.of("Setting-up-home allowance", "Staying with your foster carers"), List.of("Free Wi-Fi"));
    }

    @Test
    void shouldMoveAnEntitlementToTheEndOfAnotherSection() {
        Edit edit = DraftEdits.withEntitlement(DraftEdits.unchanged(DRAFT), "setting-up-home-allowance",
                "MONEY_AND_FINANCIAL_SKILLS", DraftEdits.input(SETTING_UP_HOME));

        assertThat(edit.path()).isEqualTo("sections.1.entitlements.1.");
        assertThat(titles(edit.input())).containsExactly(List.of("Staying put"), List.of("Free Wi-Fi", "Setting-up-home allowance"));
    }

    @Test
    void shouldAddANewEntitlementInANewSectionNamedAfterItsAreaWhereTheUsualOrderPutsIt() {
        EntitlementInput gym = changedTitle(WIFI, "Free gym sessions");

        Edit edit = DraftEdits.withEntitlement(DraftEdits.unchanged(DRAFT), null, "HEALTH_AND_WELLBEING", gym);

        assertThat(edit.path()).isEqualTo("sections.0.entitlements.0.");
        assertThat(edit.input().sections().getFirst().title()).isEqualTo("Health and wellbeing");
        assertThat(titles(edit.input())).containsExactly(List.of("Free gym sessions"),
                List.of("Setting-up-home allowance", "Staying put"), List.of("Free Wi-Fi"));
    }

    @Test
    void shouldAddANewEntitlementAtTheEndOfItsExistingSection() {
        Edit edit = DraftEdits.withEntitlement(DraftEdits.unchanged(DRAFT), null, "ACCOMMODATION",
                changedTitle(WIFI, "Deposit guarantee"));

        assertThat(edit.path()).isEqualTo("sections.0.entitlements.2.");
        assertThat(titles(edit.input()).getFirst()).containsExactly("Setting-up-home allowance", "Staying put", "Deposit guarantee");
    }

    @ParameterizedTest(name = "{1} among {0} goes at {2}")
    @CsvSource({
            "'ACCOMMODATION|MONEY_AND_FINANCIAL_SKILLS', HEALTH_AND_WELLBEING, 0",
            "'ACCOMMODATION|MONEY_AND_FINANCIAL_SKILLS', PARTICIPATION_IN_SOCIETY, 1",
            "'ACCOMMODATION|MONEY_AND_FINANCIAL_SKILLS', HOUSING_AND_HOMELESSNESS_PREVENTION, 2",
            "'MONEY_AND_FINANCIAL_SKILLS|ACCOMMODATION', EMPLOYMENT, 0"})
    void shouldPlaceANewSectionBeforeTheFirstThatUsuallyComesAfterIt(String areas, String area, int place) {
        assertThat(DraftEdits.placeFor(List.of(areas.split("\\|")), area)).isEqualTo(place);
    }

    @Test
    void shouldRemoveOnlyTheOneEntitlement() {
        SaveInput input = DraftEdits.without(DraftEdits.unchanged(DRAFT), "setting-up-home-allowance");

        assertThat(titles(input)).containsExactly(List.of("Staying put"), List.of("Free Wi-Fi"));
    }

    @ParameterizedTest(name = "{0} moved by {1}")
    @CsvSource({
            "staying-put, -1, 'Staying put|Setting-up-home allowance'",
            "setting-up-home-allowance, 1, 'Staying put|Setting-up-home allowance'",
            "setting-up-home-allowance, -1, 'Setting-up-home allowance|Staying put'",
            "staying-put, 1, 'Setting-up-home allowance|Staying put'"})
    void shouldMoveWithinItsSectionAndStayPutAtEitherEnd(String key, int by, String order) {
        SaveInput input = DraftEdits.moved(DraftEdits.unchanged(DRAFT), key, by);

        assertThat(titles(input).getFirst()).containsExactly(order.split("\\|"));
    }

    @Test
    void shouldSaveTextsAsTypedAndLeaveTheEntitlementsAlone() {
        SaveInput input = DraftEdits.withTexts(DraftEdits.unchanged(DRAFT), new Texts("Our promise", "All of it.",
                Map.of("MONEY_AND_FINANCIAL_SKILLS", new SectionText("Money and bills", "Help with money."))));

        assertThat(input.title()).isEqualTo("Our promise");
        assertThat(input.sections().get(1).title()).isEqualTo("Money and bills");
        assertThat(input.sections().get(1).introduction()).isEqualTo("Help with money.");
        assertThat(input.sections().getFirst().title()).isEqualTo("Somewhere to live");
        assertThat(titles(input)).isEqualTo(titles(DraftEdits.unchanged(DRAFT)));
    }

    @ParameterizedTest(name = "\"{0}\" gives {1}")
    @CsvSource({
            "'Free Wi-Fi at home', free-wi-fi-at-home",
            "'Leisure & gym pass', leisure-and-gym-pass",
            "'Café vouchers', cafe-vouchers",
            "'  --  ', entitlement",
            "'Setting-up-home allowance', setting-up-home-allowance-2"})
    void shouldMakeAKeyFromTheTitleThatNoOtherEntitlementUses(String title, String key) {
        assertThat(DraftEdits.keyFor(title, Set.of("setting-up-home-allowance"))).isEqualTo(key);
    }

    private static List<List<String>> titles(SaveInput input) {
        return input.sections().stream().map(section -> section.entitlements().stream().map(EntitlementInput::title).toList()).toList();
    }

    private static EntitlementInput changedTitle(Item item, String title) {
        EntitlementInput input = DraftEdits.input(item);
        return new EntitlementInput(DraftEdits.keyFor(title, Set.of()), title, input.summary(), input.whatYouGet(),
                input.whoQualifies(), input.howToClaim(), input.nationalEntitlement(), input.legalBasis(),
                input.lastReviewedOn(), input.availableUntil());
    }

    private static Item item(String key, String title, String area, Money amount, String national) {
        return new Item(key, title, "A summary.", area,
                new WhatYouGet("What you get", amount, amount == null ? null : "ONCE", false, null, amount == null ? null : amount.text()),
                new WhoQualifies(18, 0, 25, List.of(), List.of(new Rule("SETTING_UP_HOME", true)), List.of("are aged 18 to 24")),
                new HowToClaim(List.of("Ask your personal adviser."), List.of(), new Contact("Leaving care team", "01632 960000", null, null)),
                national, national == null ? null : "Children Act 1989", LocalDate.of(2026, 11, 1), null);
    }
}
