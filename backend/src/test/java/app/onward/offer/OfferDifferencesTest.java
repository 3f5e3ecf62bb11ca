package app.onward.offer;

import app.onward.offer.HowToClaim.Contact;
import app.onward.offer.OfferDifference.Kind;
import app.onward.offer.WhatYouGet.Frequency;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.WhoQualifies;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;

import static app.onward.offer.OfferArea.ACCOMMODATION;
import static app.onward.offer.OfferArea.EMPLOYMENT;
import static app.onward.offer.OfferArea.MONEY_AND_FINANCIAL_SKILLS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class OfferDifferencesTest {

    private static final EntitlementContent SETTING_UP_HOME = new EntitlementContent("setting-up-home-allowance",
            "Setting-up-home allowance", "At least £3,000 for your first home.", MONEY_AND_FINANCIAL_SKILLS,
            WhatYouGet.money("Money for furniture", Money.pounds(3_000), Frequency.ONCE, false),
            new WhoQualifies(AgeRange.between(16, 25), Set.of(), Map.of(Circumstance.SETTING_UP_HOME, true)),
            new HowToClaim(List.of("Tell your adviser you are moving.", "Make a list together."), List.of("Your tenancy agreement"),
                    new Contact("Your personal adviser", null, null, null)),
            NationalEntitlement.SETTING_UP_HOME_ALLOWANCE, "Children Act 1989 s.23C", LocalDate.of(2026, 10, 1), null);
    private static final EntitlementContent COUNCIL_TAX = new EntitlementContent("council-tax-exemption",
            "No council tax until you are 25", "You pay no council tax until your 25th birthday.", MONEY_AND_FINANCIAL_SKILLS,
            WhatYouGet.support("Your whole council tax bill paid by us"),
            new WhoQualifies(AgeRange.between(18, 25), Set.of(CareLeaverCategory.FORMER_RELEVANT), Map.of()),
            new HowToClaim(List.of("Fill in the form."), List.of(), new Contact("Council tax team", "0113 496 0100", null, null)),
            null, null, LocalDate.of(2026, 10, 1), null);
    private static final EntitlementContent WIFI = new EntitlementContent("free-wifi", "Free Wi-Fi for your first home",
            "We pay for home broadband for 12 months.", ACCOMMODATION,
            new WhatYouGet("Home broadband", null, null, false, "12 months"),
            new WhoQualifies(AgeRange.between(18, 25), Set.of(), Map.of()),
            new HowToClaim(List.of("Tell your adviser the date you move in."), List.of(), new Contact("Leaving care team", null, null, null)),
            null, null, LocalDate.of(2026, 10, 1), null);

    private static final EntitlementContent DRIVING = new EntitlementContent("driving-lessons", "Driving lessons",
            "Up to 10 lessons when you are in work.", EMPLOYMENT, new WhatYouGet("Driving lessons", null, null, true, "10 lessons"),
            new WhoQualifies(AgeRange.between(17, 25), Set.of(), Map.of(Circumstance.IN_WORK, true)),
            new HowToClaim(List.of("Ask your adviser."), List.of(), new Contact("Leaving care team", null, null, null)),
            null, null, null, null);

    /** The offer every case starts from: Money (two entitlements), then Somewhere to live (one). */
    private static final PublishedOffer BASE = offer("Our offer", "Everything we give you.",
            section(MONEY_AND_FINANCIAL_SKILLS, "Money", "", SETTING_UP_HOME, COUNCIL_TAX),
            section(ACCOMMODATION, "Somewhere to live", "Help with your home.", WIFI));

    static Stream<Arguments> cases() {
        return Stream.of(
                Arguments.of("nothing changed", BASE, List.of()),
                Arguments.of("entitlements reordered within a section: order is not content",
                        offer(BASE.title(), BASE.introduction(), section(MONEY_AND_FINANCIAL_SKILLS, "Money", "", COUNCIL_TAX, SETTING_UP_HOME),
                                BASE.sections().get(1)),
                        List.of()),
                Arguments.of("sections reordered",
                        offer(BASE.title(), BASE.introduction(), BASE.sections().get(1), BASE.sections().get(0)), List.of()),
                Arguments.of("the offer's title and introduction",
                        offer("Our offer to you", "  Everything we give you, and how to claim it.  ", BASE.sections().toArray(PublishedOffer.Section[]::new)),
                        List.of(changed(null, null, "The offer", "Title", "Our offer", "Our offer to you"),
                                changed(null, null, "The offer", "Introduction", "Everything we give you.",
                                        "Everything we give you, and how to claim it."))),
                Arguments.of("a section retitled, its introduction cleared",
                        offer(BASE.title(), BASE.introduction(), BASE.sections().get(0),
                                section(ACCOMMODATION, "Your home", " ", WIFI)),
                        List.of(changed(ACCOMMODATION, null, "Your home", "Title", "Somewhere to live", "Your home"),
                                changed(ACCOMMODATION, null, "Your home", "Introduction", "Help with your home.", null))),
                Arguments.of("a section added with a new entitlement",
                        offer(BASE.title(), BASE.introduction(), BASE.sections().get(0), BASE.sections().get(1),
                                section(EMPLOYMENT, "Work", "Getting into work.", DRIVING)),
                        List.of(new OfferDifference(Kind.ADDED, EMPLOYMENT, null, "Work", null, null, "Getting into work."),
                                new OfferDifference(Kind.ADDED, EMPLOYMENT, "driving-lessons", "Driving lessons", null, null,
                                        "Up to 10 lessons when you are in work."))),
                Arguments.of("a section removed with its entitlement",
                        offer(BASE.title(), BASE.introduction(), BASE.sections().get(0)),
                        List.of(new OfferDifference(Kind.REMOVED, ACCOMMODATION, null, "Somewhere to live", null, "Help with your home.", null),
                                new OfferDifference(Kind.REMOVED, ACCOMMODATION, "free-wifi", "Free Wi-Fi for your first home", null,
                                        "We pay for home broadband for 12 months.", null))),
                Arguments.of("an entitlement removed is listed after the section's others",
                        offer(BASE.title(), BASE.introduction(), section(MONEY_AND_FINANCIAL_SKILLS, "Money", "", SETTING_UP_HOME),
                                section(ACCOMMODATION, "Somewhere to live", "Help with your home.", WIFI, DRIVING)),
                        List.of(new OfferDifference(Kind.REMOVED, MONEY_AND_FINANCIAL_SKILLS, "council-tax-exemption",
                                        "No council tax until you are 25", null, "You pay no council tax until your 25th birthday.", null),
                                new OfferDifference(Kind.ADDED, ACCOMMODATION, "driving-lessons", "Driving lessons", null, null,
                                        "Up to 10 lessons when you are in work."))),
                Arguments.of("an entitlement moved to another section, and changed there",
                        offer(BASE.title(), BASE.introduction(), section(MONEY_AND_FINANCIAL_SKILLS, "Money", "", SETTING_UP_HOME),
                                section(ACCOMMODATION, "Somewhere to live", "Help with your home.", WIFI,
                                        edit(COUNCIL_TAX, c -> content(c, "No council tax until you are 25", "You pay no council tax at all.")))),
                        List.of(new OfferDifference(Kind.MOVED, ACCOMMODATION, "council-tax-exemption", "No council tax until you are 25",
                                        "Section", "Money", "Somewhere to live"),
                                changed(ACCOMMODATION, "council-tax-exemption", "No council tax until you are 25", "Summary",
                                        "You pay no council tax until your 25th birthday.", "You pay no council tax at all."))),
                Arguments.of("an entitlement retitled keeps its key, so it is changed, not removed and added",
                        editing(SETTING_UP_HOME, c -> content(c, "Money for your first home", c.summary())),
                        List.of(changed(MONEY_AND_FINANCIAL_SKILLS, "setting-up-home-allowance", "Money for your first home", "Title",
                                "Setting-up-home allowance", "Money for your first home"))),
                Arguments.of("a new key is a different entitlement, even with the same title",
                        editing(WIFI, c -> withKey(c, "home-broadband")),
                        List.of(new OfferDifference(Kind.ADDED, ACCOMMODATION, "home-broadband", "Free Wi-Fi for your first home", null, null,
                                        "We pay for home broadband for 12 months."),
                                new OfferDifference(Kind.REMOVED, ACCOMMODATION, "free-wifi", "Free Wi-Fi for your first home", null,
                                        "We pay for home broadband for 12 months.", null))),
                Arguments.of("more money, as 'up to', each year",
                        editing(SETTING_UP_HOME, c -> with(c, WhatYouGet.money("Money for furniture", Money.pounds(3_500), Frequency.EACH_YEAR, true))),
                        List.of(changed(MONEY_AND_FINANCIAL_SKILLS, "setting-up-home-allowance", "Setting-up-home allowance", "What you get",
                                "£3,000\nMoney for furniture", "Up to £3,500 a year\nMoney for furniture"))),
                Arguments.of("a limit in words",
                        editing(WIFI, c -> with(c, new WhatYouGet("Home broadband", null, null, false, "6 months"))),
                        List.of(changed(ACCOMMODATION, "free-wifi", "Free Wi-Fi for your first home", "What you get",
                                "Home broadband\nFor 12 months", "Home broadband\nFor 6 months"))),
                Arguments.of("the rules: a shorter age range and a circumstance",
                        editing(COUNCIL_TAX, c -> with(c, new WhoQualifies(AgeRange.between(18, 21), Set.of(CareLeaverCategory.FORMER_RELEVANT),
                                Map.of(Circumstance.LIVING_OUTSIDE_AUTHORITY, false)))),
                        List.of(changed(MONEY_AND_FINANCIAL_SKILLS, "council-tax-exemption", "No council tax until you are 25", "Who can get it",
                                "are aged 18 to 24, up to their 25th birthday\nare 18 or over and were in care at 16 or 17",
                                "are aged 18 to 20, up to their 21st birthday\nare 18 or over and were in care at 16 or 17\nlive in the council's area"))),
                Arguments.of("how to claim: steps, what to bring and who to contact, each on its own",
                        editing(COUNCIL_TAX, c -> with(c, new HowToClaim(List.of("Fill in the form.", "We write to you."), List.of("Your tenancy agreement"),
                                new Contact("Council tax team", "0113 496 0100", "counciltax@example.org", null)))),
                        List.of(changed(MONEY_AND_FINANCIAL_SKILLS, "council-tax-exemption", "No council tax until you are 25", "How to claim",
                                        "1. Fill in the form.", "1. Fill in the form.\n2. We write to you."),
                                changed(MONEY_AND_FINANCIAL_SKILLS, "council-tax-exemption", "No council tax until you are 25", "What to bring",
                                        null, "Your tenancy agreement"),
                                changed(MONEY_AND_FINANCIAL_SKILLS, "council-tax-exemption", "No council tax until you are 25", "Who to contact",
                                        "Council tax team\nPhone: 0113 496 0100",
                                        "Council tax team\nPhone: 0113 496 0100\nEmail: counciltax@example.org"))),
                Arguments.of("where it comes from and its dates",
                        editing(SETTING_UP_HOME, c -> new EntitlementContent(c.key(), c.title(), c.summary(), c.area(), c.whatYouGet(),
                                c.whoQualifies(), c.howToClaim(), null, "Local decision", LocalDate.of(2026, 11, 22), LocalDate.of(2027, 3, 31))),
                        List.of(changed(MONEY_AND_FINANCIAL_SKILLS, "setting-up-home-allowance", "Setting-up-home allowance",
                                        "National entitlement", "Setting up home allowance", null),
                                changed(MONEY_AND_FINANCIAL_SKILLS, "setting-up-home-allowance", "Setting-up-home allowance",
                                        "Legal basis", "Children Act 1989 s.23C", "Local decision"),
                                changed(MONEY_AND_FINANCIAL_SKILLS, "setting-up-home-allowance", "Setting-up-home allowance",
                                        "Last reviewed", "1 October 2026", "22 November 2026"),
                                changed(MONEY_AND_FINANCIAL_SKILLS, "setting-up-home-allowance", "Setting-up-home allowance",
                                        "Available until", null, "31 March 2027"))));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void shouldSayEachChangeInReadingOrder(String name, PublishedOffer after, List<OfferDifference> expected) {
        assertThat(OfferDifferences.between(BASE, after)).containsExactlyElementsOf(expected);
    }

    @Test
    void shouldMatchAVersionBeforeSectionsByTitleAndMoveNothingOutOfIt() {
        PublishedOffer versionOne = offer("Our offer", "Everything we give you.", List.of(
                keyless("Free Wi-Fi for your first home", "We pay for home broadband for 12 months."),
                keyless("Bus pass", "A free bus pass.")));

        List<OfferDifference> differences = OfferDifferences.between(versionOne, BASE);

        assertThat(differences).filteredOn(difference -> difference.kind() == Kind.MOVED).isEmpty();
        assertThat(differences).filteredOn(difference -> difference.field() == null).extracting(OfferDifference::kind, OfferDifference::label)
                .containsExactly(
                        tuple(Kind.ADDED, "Money"),
                        tuple(Kind.ADDED, "Setting-up-home allowance"),
                        tuple(Kind.ADDED, "No council tax until you are 25"),
                        tuple(Kind.ADDED, "Somewhere to live"),
                        tuple(Kind.REMOVED, "Bus pass"));
        assertThat(differences).filteredOn(difference -> "Free Wi-Fi for your first home".equals(difference.label()))
                .extracting(OfferDifference::field)
                .as("matched by title: only the parts version 1 did not have")
                .containsExactly("What you get", "Who can get it", "How to claim", "Who to contact", "Last reviewed");
        assertThat(differences).filteredOn(difference -> difference.kind() == Kind.REMOVED).singleElement()
                .satisfies(removed -> {
                    assertThat(removed.area()).isNull();
                    assertThat(removed.entitlementKey()).isNull();
                    assertThat(removed.before()).isEqualTo("A free bus pass.");
                });
        assertThat(differences).filteredOn(difference -> "What you get".equals(difference.field())).singleElement()
                .satisfies(wifi -> assertThat(wifi.entitlementKey()).as("the key of the side that has one").isEqualTo("free-wifi"));
    }

    @Test
    void shouldReportEverythingAsAddedWhenNothingWasPublished() {
        List<OfferDifference> differences = OfferDifferences.between(null, BASE);

        assertThat(differences).extracting(OfferDifference::kind).containsOnly(Kind.ADDED);
        assertThat(differences).extracting(OfferDifference::label, OfferDifference::field).containsExactly(
                tuple("The offer", "Title"),
                tuple("The offer", "Introduction"),
                tuple("Money", null),
                tuple("Setting-up-home allowance", null),
                tuple("No council tax until you are 25", null),
                tuple("Somewhere to live", null),
                tuple("Free Wi-Fi for your first home", null));
        assertThat(differences).allSatisfy(difference -> assertThat(difference.before()).isNull());
    }

    private static OfferDifference changed(OfferArea area, String key, String label, String field, String before, String after) {
        return new OfferDifference(Kind.CHANGED, area, key, label, field, before, after);
    }

    private static PublishedOffer.Section section(OfferArea area, String title, String introduction, EntitlementContent... entitlements) {
        return new PublishedOffer.Section(area, title, introduction,
                Stream.of(entitlements).map(content -> new PublishedOffer.Entitlement(null, content)).toList());
    }

    private static PublishedOffer offer(String title, String introduction, PublishedOffer.Section... sections) {
        List<PublishedOffer.Entitlement> all = new ArrayList<>();
        Stream.of(sections).forEach(section -> all.addAll(section.entitlements()));
        return new PublishedOffer(null, 2, null, title, introduction, List.of(sections), all);
    }

    /** A version published before sections: no sections, and entitlements with only a title and a summary. */
    private static PublishedOffer offer(String title, String introduction, List<EntitlementContent> entitlements) {
        return new PublishedOffer(null, 1, null, title, introduction, List.of(),
                entitlements.stream().map(content -> new PublishedOffer.Entitlement(null, content)).toList());
    }

    private static EntitlementContent keyless(String title, String summary) {
        return new EntitlementContent(null, title, summary, null, null, null, null, null, null, null, null);
    }

    /** BASE with one entitlement changed where it is. */
    private static PublishedOffer editing(EntitlementContent entitlement, UnaryOperator<EntitlementContent> change) {
        return offer(BASE.title(), BASE.introduction(), BASE.sections().stream().map(section -> section(section.area(), section.title(),
                section.introduction(), section.entitlements().stream().map(PublishedOffer.Entitlement::content)
                        .map(content -> content == entitlement ? change.apply(content) : content)
                        .toArray(EntitlementContent[]::new))).toArray(PublishedOffer.Section[]::new));
    }

    private static EntitlementContent edit(EntitlementContent content, UnaryOperator<EntitlementContent> change) {
        return change.apply(content);
    }

    private static EntitlementContent content(EntitlementContent c, String title, String summary) {
        return new EntitlementContent(c.key(), title, summary, c.area(), c.whatYouGet(), c.whoQualifies(), c.howToClaim(),
                c.national(), c.legalBasis(), c.lastReviewedOn(), c.availableUntil());
    }

    private static EntitlementContent withKey(EntitlementContent c, String key) {
        return new EntitlementContent(key, c.title(), c.summary(), c.area(), c.whatYouGet(), c.whoQualifies(), c.howToClaim(),
                c.national(), c.legalBasis(), c.lastReviewedOn(), c.availableUntil());
    }

    private static EntitlementContent with(EntitlementContent c, WhatYouGet whatYouGet) {
        return new EntitlementContent(c.key(), c.title(), c.summary(), c.area(), whatYouGet, c.whoQualifies(), c.howToClaim(),
                c.national(), c.legalBasis(), c.lastReviewedOn(), c.availableUntil());
    }

    private static EntitlementContent with(EntitlementContent c, WhoQualifies whoQualifies) {
        return new EntitlementContent(c.key(), c.title(), c.summary(), c.area(), c.whatYouGet(), whoQualifies, c.howToClaim(),
                c.national(), c.legalBasis(), c.lastReviewedOn(), c.availableUntil());
    }

    private static EntitlementContent with(EntitlementContent c, HowToClaim howToClaim) {
        return new EntitlementContent(c.key(), c.title(), c.summary(), c.area(), c.whatYouGet(), c.whoQualifies(), howToClaim,
                c.national(), c.legalBasis(), c.lastReviewedOn(), c.availableUntil());
    }
}
