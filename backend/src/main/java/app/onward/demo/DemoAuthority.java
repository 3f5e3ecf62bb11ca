package app.onward.demo;

import app.onward.offer.EntitlementContent;
import app.onward.offer.HowToClaim;
import app.onward.offer.HowToClaim.Contact;
import app.onward.offer.Money;
import app.onward.offer.NationalEntitlement;
import app.onward.offer.OfferArea;
import app.onward.offer.StarterOffer;
import app.onward.offer.WhatYouGet;
import app.onward.offer.WhatYouGet.Frequency;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.WhoQualifies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * A fictional authority for demonstrations and tests, with the offer it publishes: the starter offer's
 * national entitlements and its own, whose rules differ between the two (council tax to 25 or to 21, and so
 * on). Phone numbers are from Ofcom's range for drama; addresses use the reserved example.org domain.
 *
 * @param firstOffer the offer as the authority first published it, before this one, so that the demo has a history
 *                   to read and compare (docs/decisions/0013); null when it has none
 */
record DemoAuthority(String slug, String name, String offerTitle, String introduction, List<EntitlementContent> offer,
                     FirstOffer firstOffer) {

    /** An earlier version of the offer: its introduction and entitlements (the title is the same). */
    record FirstOffer(String introduction, List<EntitlementContent> offer) {}

    String realm() {
        return "onward-" + slug;
    }

    private static final LocalDate REVIEWED = LocalDate.of(2026, 10, 1);
    private static final Set<CareLeaverCategory> FORMER_RELEVANT = Set.of(CareLeaverCategory.FORMER_RELEVANT);

    private static final List<EntitlementContent> NORTHMOOR_OFFER = with(StarterOffer.entitlements(),
        local("council-tax-exemption", "No council tax until you are 25",
                "If you live in Northmoor, you pay no council tax until your 25th birthday.",
                OfferArea.MONEY_AND_FINANCIAL_SKILLS, WhatYouGet.support("Your whole council tax bill paid by us"),
                new WhoQualifies(AgeRange.between(18, 25), FORMER_RELEVANT, Map.of(Circumstance.LIVING_OUTSIDE_AUTHORITY, false)),
                claim(List.of("Fill in the council tax exemption form on our website, or ask your personal adviser to do it with you.",
                                "We take council tax off your bill within 10 working days and write to you."),
                        List.of("Your tenancy agreement"),
                        new Contact("Northmoor council tax team", "0113 496 0100", "counciltax@northmoor.example.org",
                                "https://northmoor.example.org/council-tax")),
                "Local Government Finance Act 1992 s.13A (discretionary reduction)"),
        local("free-wifi", "Free Wi-Fi for your first home",
                "We pay for home broadband for 12 months when you move into your own place.",
                OfferArea.ACCOMMODATION, new WhatYouGet("Home broadband, set up and paid for by us", null, null, false, "12 months"),
                new WhoQualifies(AgeRange.between(18, 25), Set.of(), Map.of(Circumstance.SETTING_UP_HOME, true)),
                claim(List.of("Tell your personal adviser the date you move in.", "We book the installation for your first week."),
                        List.of(), new Contact("Northmoor leaving care team", "0113 496 0200", "leavingcare@northmoor.example.org", null)),
                null),
        local("leisure-pass", "Northmoor leisure pass",
                "Free swimming and gym at every Northmoor leisure centre until you are 25.",
                OfferArea.HEALTH_AND_WELLBEING, WhatYouGet.support("A pass for free swimming, gym and classes"),
                new WhoQualifies(AgeRange.between(16, 25), Set.of(), Map.of(Circumstance.LIVING_OUTSIDE_AUTHORITY, false)),
                claim(List.of("Ask your personal adviser for a leisure pass letter.", "Take the letter to any Northmoor leisure centre."),
                        List.of("The letter from your personal adviser", "A photo of yourself for the pass"),
                        new Contact("Northmoor leisure centres", "0113 496 0300", null, "https://northmoor.example.org/leisure")),
                null));

    static final List<DemoAuthority> ALL = List.of(
            new DemoAuthority("northmoor", "Northmoor City Council", "Northmoor's offer to care-experienced young people",
                    "Everything Northmoor City Council gives you as your corporate parent, and how to claim it.",
                    NORTHMOOR_OFFER, beforeTheInspection(NORTHMOOR_OFFER)),
            new DemoAuthority("wealdshire", "Wealdshire County Council", "Wealdshire's local offer for care leavers",
                    "What Wealdshire County Council offers you, wherever you live in the county.",
                    with(improvedSettingUpHome(StarterOffer.entitlements()),
                            local("council-tax-help", "Council tax help until you are 21",
                                    "Your district council takes your council tax off the bill until you are 21. Where a district cannot, we pay it back.",
                                    OfferArea.MONEY_AND_FINANCIAL_SKILLS, WhatYouGet.support("Your council tax taken off your bill, or paid back to you"),
                                    new WhoQualifies(AgeRange.between(18, 21), FORMER_RELEVANT, Map.of(Circumstance.LIVING_OUTSIDE_AUTHORITY, false)),
                                    claim(List.of("Ask your district council for the care leaver council tax discount.",
                                                    "If your district says no, send us your bill and we pay it back."),
                                            List.of("Your council tax bill", "A letter from your personal adviser"),
                                            new Contact("Wealdshire leaving care team", "01632 960100", "leavingcare@wealdshire.example.org", null)),
                                    "Local Government Finance Act 1992 s.13A (discretionary reduction by each district)"),
                            local("mobile-data", "Mobile data top-ups",
                                    "A monthly mobile data bundle until you are 21, so you can stay in touch and look for work.",
                                    OfferArea.PARTICIPATION_IN_SOCIETY,
                                    WhatYouGet.money("A mobile data top-up on your phone", Money.pounds(10), Frequency.EACH_MONTH, false),
                                    new WhoQualifies(AgeRange.between(16, 21), Set.of(), Map.of()),
                                    claim(List.of("Tell your personal adviser your mobile number and network.", "The top-up arrives on the 1st of each month."),
                                            List.of(), new Contact("Wealdshire leaving care team", "01632 960100", "leavingcare@wealdshire.example.org", null)),
                                    null),
                            local("driving-lessons", "Driving lessons",
                                    "Up to 10 driving lessons when you are in work.",
                                    OfferArea.EMPLOYMENT, new WhatYouGet("Driving lessons with an approved instructor", null, null, true, "10 lessons"),
                                    new WhoQualifies(AgeRange.between(17, 25), Set.of(), Map.of(Circumstance.IN_WORK, true)),
                                    claim(List.of("Get your provisional driving licence.", "Ask your personal adviser to book your first lesson."),
                                            List.of("Your provisional driving licence"),
                                            new Contact("Wealdshire leaving care team", "01632 960100", "leavingcare@wealdshire.example.org", null)),
                                    null)), null));

    /**
     * Northmoor's offer as first published: before an inspection found it unclear on council tax and Wi-Fi. No
     * council tax exemption yet, Wi-Fi for 6 months with one vague step, and the leisure pass only until 21.
     */
    private static FirstOffer beforeTheInspection(List<EntitlementContent> now) {
        return new FirstOffer("What Northmoor City Council gives you as your corporate parent.", now.stream()
                .filter(entitlement -> !"council-tax-exemption".equals(entitlement.key()))
                .map(entitlement -> switch (entitlement.key()) {
                    case "free-wifi" -> changed(entitlement, "We pay for home broadband when you move into your own place.",
                            new WhatYouGet(entitlement.whatYouGet().description(), null, null, false, "6 months"),
                            entitlement.whoQualifies(),
                            claim(List.of("Ask your personal adviser."), List.of(), entitlement.howToClaim().contact()));
                    case "leisure-pass" -> changed(entitlement,
                            "Free swimming and gym at every Northmoor leisure centre until you are 21.", entitlement.whatYouGet(),
                            new WhoQualifies(AgeRange.between(16, 21), entitlement.whoQualifies().categories(),
                                    entitlement.whoQualifies().circumstances()),
                            entitlement.howToClaim());
                    default -> entitlement;
                })
                .toList());
    }

    private static EntitlementContent changed(EntitlementContent entitlement, String summary, WhatYouGet whatYouGet,
                                              WhoQualifies whoQualifies, HowToClaim howToClaim) {
        return new EntitlementContent(entitlement.key(), entitlement.title(), summary, entitlement.area(), whatYouGet,
                whoQualifies, howToClaim, entitlement.national(), entitlement.legalBasis(), entitlement.lastReviewedOn(),
                entitlement.availableUntil());
    }

    private static EntitlementContent local(String key, String title, String summary, OfferArea area, WhatYouGet whatYouGet,
                                            WhoQualifies whoQualifies, HowToClaim howToClaim, String legalBasis) {
        return new EntitlementContent(key, title, summary, area, whatYouGet, whoQualifies, howToClaim, null, legalBasis, REVIEWED, null);
    }

    private static HowToClaim claim(List<String> steps, List<String> proof, Contact contact) {
        return new HowToClaim(steps, proof, contact);
    }

    /** Wealdshire gives more than the law's £3,000 for setting up home, as an authority may. */
    private static List<EntitlementContent> improvedSettingUpHome(List<EntitlementContent> starter) {
        return starter.stream().map(entitlement -> entitlement.national() != NationalEntitlement.SETTING_UP_HOME_ALLOWANCE ? entitlement
                : new EntitlementContent(entitlement.key(), entitlement.title(),
                "£3,500 to buy what you need for your first home, like a bed, a cooker and a washing machine.", entitlement.area(),
                WhatYouGet.money(entitlement.whatYouGet().description(), Money.pounds(3_500), Frequency.ONCE, false),
                entitlement.whoQualifies(), entitlement.howToClaim(), entitlement.national(), entitlement.legalBasis(),
                entitlement.lastReviewedOn(), null)).toList();
    }

    private static List<EntitlementContent> with(List<EntitlementContent> national, EntitlementContent... local) {
        return Stream.concat(national.stream(), Stream.of(local)).toList();
    }
}
