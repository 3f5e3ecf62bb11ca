package app.onward.offer;

import app.onward.offer.HowToClaim.Contact;
import app.onward.offer.WhatYouGet.Frequency;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.WhoQualifies;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.onward.offer.rules.CareLeaverCategory.ELIGIBLE;
import static app.onward.offer.rules.CareLeaverCategory.FORMER_RELEVANT;
import static app.onward.offer.rules.CareLeaverCategory.RELEVANT;

/**
 * The national entitlements every authority's offer starts with (DOMAIN.md "Money"), each at its legal minimum
 * and editable locally above it. The figures and the law were checked on {@link #CHECKED}; the claim steps are
 * a starting point each authority rewrites with its own team's details.
 */
public final class StarterOffer {

    public static final LocalDate CHECKED = LocalDate.of(2026, 11, 22);

    private static final Set<CareLeaverCategory> CARE_LEAVERS = Set.of(ELIGIBLE, RELEVANT, FORMER_RELEVANT);
    private static final Contact ADVISER = new Contact("Your personal adviser", null, null, null);

    private StarterOffer() {
    }

    public static List<EntitlementContent> entitlements() {
        return List.of(
                entitlement("setting-up-home-allowance", "Setting-up-home allowance",
                        "At least £3,000 to buy what you need for your first home, like a bed, a cooker and a washing machine.",
                        OfferArea.MONEY_AND_FINANCIAL_SKILLS,
                        WhatYouGet.money("Money for furniture and things for your home, paid or bought for you", Money.pounds(3_000), Frequency.ONCE, false),
                        new WhoQualifies(AgeRange.between(16, 25), Set.of(RELEVANT, FORMER_RELEVANT), Map.of(Circumstance.SETTING_UP_HOME, true)),
                        new HowToClaim(List.of("Tell your personal adviser you are moving into your own home.",
                                "Make a list together of what you need.",
                                "Your adviser orders the items or pays the money to you."),
                                List.of("Your tenancy agreement or a letter offering you the home"), ADVISER),
                        NationalEntitlement.SETTING_UP_HOME_ALLOWANCE,
                        "Children Act 1989 s.23C and s.24A; Department for Education guidance: at least £3,000 since April 2023"),
                entitlement("higher-education-bursary", "Higher education bursary",
                        "£2,000 if you go to university or start another higher education course.",
                        OfferArea.EDUCATION_AND_TRAINING,
                        WhatYouGet.money("A bursary towards the cost of your course and living", Money.pounds(2_000), Frequency.ONCE, false),
                        new WhoQualifies(AgeRange.between(18, 25), Set.of(FORMER_RELEVANT), Map.of(Circumstance.IN_HIGHER_EDUCATION, true)),
                        new HowToClaim(List.of("Tell your personal adviser which course you are starting.",
                                "Show your adviser your offer or enrolment letter.",
                                "The bursary is paid to you, usually in parts across your first year."),
                                List.of("Your offer or enrolment letter from the university or college"), ADVISER),
                        NationalEntitlement.HIGHER_EDUCATION_BURSARY,
                        "Children Act 1989 s.23C(5A); Children Act 1989 (Higher Education Bursary) (England) Regulations 2009"),
                entitlement("sixteen-to-nineteen-bursary", "16 to 19 bursary",
                        "Up to £1,200 a year while you are in education or training between 16 and 19.",
                        OfferArea.EDUCATION_AND_TRAINING,
                        WhatYouGet.money("Money for travel, books, equipment and food while you study", Money.pounds(1_200), Frequency.EACH_YEAR, true),
                        new WhoQualifies(AgeRange.between(16, 19), Set.of(), Map.of(Circumstance.IN_FURTHER_EDUCATION, true)),
                        new HowToClaim(List.of("Ask the student support office at your school, college or training provider for the bursary for young people in or leaving care.",
                                "Tell them you are care-experienced; your personal adviser can give them a letter."),
                                List.of("A letter from your personal adviser saying you are in or leaving care"),
                                new Contact("Your school, college or training provider's student support office", null, null, null)),
                        NationalEntitlement.SIXTEEN_TO_NINETEEN_BURSARY,
                        "16 to 19 Bursary Fund (Department for Education): the bursary for vulnerable students"),
                entitlement("apprenticeship-bursary", "Apprenticeship bursary",
                        "£3,000 when you start an apprenticeship.",
                        OfferArea.EMPLOYMENT,
                        WhatYouGet.money("A bursary paid to you through your employer when you start", Money.pounds(3_000), Frequency.ONCE, false),
                        new WhoQualifies(AgeRange.between(16, 25), Set.of(), Map.of(Circumstance.ON_APPRENTICESHIP, true)),
                        new HowToClaim(List.of("Tell your employer and your training provider that you are care-experienced.",
                                "Your training provider claims the bursary and your employer pays it to you."),
                                List.of("A letter from your personal adviser saying you are care-experienced"),
                                new Contact("Your apprenticeship training provider", null, null, null)),
                        NationalEntitlement.APPRENTICESHIP_BURSARY,
                        "Apprenticeship funding rules (Department for Education): the care leaver bursary"),
                entitlement("personal-adviser", "A personal adviser until you are 25",
                        "Someone on your side who helps you plan and gets you the support you are entitled to.",
                        OfferArea.RELATIONSHIPS,
                        WhatYouGet.support("A personal adviser who keeps in touch, helps with your pathway plan and speaks up for you"),
                        new WhoQualifies(AgeRange.between(16, 25), CARE_LEAVERS, Map.of()),
                        new HowToClaim(List.of("You already have one if you left care at 16 or later.",
                                "If you have lost touch or are over 21 and want one again, call the leaving care team."),
                                List.of(), new Contact("The leaving care team", null, null, null)),
                        NationalEntitlement.PERSONAL_ADVISER,
                        "Children and Social Work Act 2017 s.3: personal advisers to 25"),
                entitlement("staying-put", "Staying put until you are 21",
                        "You can keep living with your foster carers after you turn 18, if you all agree.",
                        OfferArea.ACCOMMODATION,
                        WhatYouGet.support("Your home with your foster carers, with money paid to them so that you can stay"),
                        new WhoQualifies(AgeRange.between(18, 21), Set.of(FORMER_RELEVANT), Map.of(Circumstance.STAYING_PUT, true)),
                        new HowToClaim(List.of("Talk to your foster carers and your personal adviser before you turn 18.",
                                "Your adviser writes the arrangement into your pathway plan."),
                                List.of(), ADVISER),
                        NationalEntitlement.STAYING_PUT,
                        "Children Act 1989 s.23CZA"),
                entitlement("shared-accommodation-rate-exemption", "More help with rent until you are 25",
                        "Housing Benefit and Universal Credit pay you the rate for a one-bedroom home, not a room in a shared house, until you are 25.",
                        OfferArea.HOUSING_AND_HOMELESSNESS_PREVENTION,
                        WhatYouGet.support("Help with your rent at the one-bedroom rate instead of the shared rate"),
                        new WhoQualifies(AgeRange.between(18, 25), CARE_LEAVERS, Map.of()),
                        new HowToClaim(List.of("When you claim Universal Credit or Housing Benefit, say that you are care-experienced.",
                                "Ask your personal adviser for a letter that confirms it."),
                                List.of("A letter from your personal adviser saying you were in care"), ADVISER),
                        NationalEntitlement.SHARED_ACCOMMODATION_RATE_EXEMPTION,
                        "Universal Credit Regulations 2013 and Housing Benefit Regulations 2006: care leavers under 25 are exempt from the shared accommodation rate"),
                entitlement("universal-credit-before-eighteen", "Get Universal Credit ready before you turn 18",
                        "You can start your Universal Credit claim 28 days before your 18th birthday, so money arrives without a gap.",
                        OfferArea.MONEY_AND_FINANCIAL_SKILLS,
                        WhatYouGet.support("Help to set up your claim, so payments can start when you turn 18"),
                        new WhoQualifies(new AgeRange(18, 28, null), CARE_LEAVERS, Map.of()),
                        new HowToClaim(List.of("Ask your personal adviser to help you set up your claim online.",
                                "Have your bank account details and proof of who you are ready."),
                                List.of("Proof of who you are, like a passport or birth certificate", "Your bank account details"), ADVISER),
                        NationalEntitlement.UNIVERSAL_CREDIT_BEFORE_EIGHTEEN,
                        "Universal Credit Regulations 2013; Department for Work and Pensions guidance for care leavers"));
    }

    private static EntitlementContent entitlement(String key, String title, String summary, OfferArea area, WhatYouGet whatYouGet,
                                                  WhoQualifies whoQualifies, HowToClaim howToClaim, NationalEntitlement national,
                                                  String legalBasis) {
        return new EntitlementContent(key, title, summary, area, whatYouGet, whoQualifies, howToClaim, national, legalBasis,
                CHECKED, null);
    }
}
