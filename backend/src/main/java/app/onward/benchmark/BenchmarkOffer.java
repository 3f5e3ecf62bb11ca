package app.onward.benchmark;

import app.onward.offer.EntitlementContent;
import app.onward.offer.HowToClaim;
import app.onward.offer.HowToClaim.Contact;
import app.onward.offer.Money;
import app.onward.offer.OfferArea;
import app.onward.offer.StarterOffer;
import app.onward.offer.WhatYouGet;
import app.onward.offer.WhatYouGet.Frequency;
import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.WhoQualifies;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import static app.onward.offer.OfferArea.ACCOMMODATION;
import static app.onward.offer.OfferArea.EDUCATION_AND_TRAINING;
import static app.onward.offer.OfferArea.EMPLOYMENT;
import static app.onward.offer.OfferArea.HEALTH_AND_WELLBEING;
import static app.onward.offer.OfferArea.HOUSING_AND_HOMELESSNESS_PREVENTION;
import static app.onward.offer.OfferArea.MONEY_AND_FINANCIAL_SKILLS;
import static app.onward.offer.OfferArea.PARTICIPATION_IN_SOCIETY;
import static app.onward.offer.OfferArea.RELATIONSHIPS;
import static app.onward.offer.rules.CareLeaverCategory.ELIGIBLE;
import static app.onward.offer.rules.CareLeaverCategory.FORMER_RELEVANT;
import static app.onward.offer.rules.CareLeaverCategory.QUALIFYING;
import static app.onward.offer.rules.CareLeaverCategory.RELEVANT;
import static app.onward.offer.rules.Circumstance.IN_FURTHER_EDUCATION;
import static app.onward.offer.rules.Circumstance.IN_HIGHER_EDUCATION;
import static app.onward.offer.rules.Circumstance.IN_WORK;
import static app.onward.offer.rules.Circumstance.LIVING_OUTSIDE_AUTHORITY;
import static app.onward.offer.rules.Circumstance.ON_APPRENTICESHIP;
import static app.onward.offer.rules.Circumstance.PARENT;
import static app.onward.offer.rules.Circumstance.SETTING_UP_HOME;
import static app.onward.offer.rules.Circumstance.STAYING_PUT;
import static app.onward.offer.rules.Circumstance.UNACCOMPANIED_ASYLUM_SEEKING;

/**
 * The offer the benchmark reads (./onward bench offer; docs/performance.md): a large authority's, 60
 * entitlements in all eight sections. The starter offer's eight national entitlements, then 52 of the
 * authority's own, of the kinds English authorities publish, with rules that differ in ages (some from days
 * before a birthday, one with no end), categories and circumstances, so the page and the checker work over
 * something like a real offer rather than the demo's eleven. Phone numbers are from Ofcom's range for drama;
 * addresses use the reserved example.org domain.
 */
final class BenchmarkOffer {

    static final int ENTITLEMENTS = 60;
    private static final LocalDate REVIEWED = LocalDate.of(2026, 10, 1);
    private static final Set<CareLeaverCategory> ANY = Set.of();
    private static final Set<CareLeaverCategory> FORMER = Set.of(FORMER_RELEVANT);
    private static final Set<CareLeaverCategory> LEFT_CARE = Set.of(RELEVANT, FORMER_RELEVANT);
    private static final Set<CareLeaverCategory> CARE_LEAVERS = Set.of(ELIGIBLE, RELEVANT, FORMER_RELEVANT);
    private static final Set<CareLeaverCategory> WIDER = Set.of(FORMER_RELEVANT, QUALIFYING);

    private BenchmarkOffer() {
    }

    /** Everything the authority gives, in the order it is written; the sections follow from each one's area. */
    static List<EntitlementContent> entitlements(String authorityName, String slug) {
        Local local = new Local(authorityName, slug);
        return Stream.concat(StarterOffer.entitlements().stream(), Stream.of(
                // Health and wellbeing
                local.of(HEALTH_AND_WELLBEING, "leisure-pass", "Leisure pass",
                        "Free swimming, gym and classes at every leisure centre in the area until you are 25.",
                        WhatYouGet.support("A pass for free swimming, gym and classes"),
                        AgeRange.between(16, 25), ANY, Map.of(LIVING_OUTSIDE_AUTHORITY, false)),
                local.of(HEALTH_AND_WELLBEING, "prescription-costs", "Prescription costs paid",
                        "We pay for your prescriptions if you do not already get them free.",
                        WhatYouGet.money("Your prescription charges paid back to you", Money.pounds(120), Frequency.EACH_YEAR, true),
                        AgeRange.between(19, 25), ANY, Map.of()),
                local.of(HEALTH_AND_WELLBEING, "dental-and-eye-care", "Dental and eye care",
                        "We pay for check-ups, fillings and glasses that the NHS does not pay for.",
                        WhatYouGet.money("Dental treatment and glasses", Money.pounds(250), Frequency.EACH_YEAR, true),
                        AgeRange.between(18, 25), FORMER, Map.of()),
                local.of(HEALTH_AND_WELLBEING, "counselling", "Free counselling",
                        "Up to 12 sessions with a counsellor, without going on a waiting list.",
                        new WhatYouGet("Sessions with a qualified counsellor", null, null, true, "12 sessions"),
                        AgeRange.between(16, 25), CARE_LEAVERS, Map.of()),
                local.of(HEALTH_AND_WELLBEING, "health-history", "Your health history",
                        "A summary of your health history and vaccinations, to keep and to show your doctor.",
                        WhatYouGet.support("A written summary of your health history from your time in care"),
                        AgeRange.between(17, 19), CARE_LEAVERS, Map.of()),
                local.of(HEALTH_AND_WELLBEING, "register-with-a-doctor", "Help to register with a doctor and dentist",
                        "Your adviser helps you register with a doctor and a dentist near your new home.",
                        WhatYouGet.support("Help to find and register with a doctor and a dentist"),
                        AgeRange.between(16, 25), ANY, Map.of(SETTING_UP_HOME, true)),
                local.of(HEALTH_AND_WELLBEING, "sexual-health", "Sexual health advice",
                        "Free, private advice and tests from a nurse who works with young people.",
                        WhatYouGet.support("Appointments with a young people's nurse"),
                        AgeRange.between(16, 25), ANY, Map.of()),
                // Relationships
                local.of(RELATIONSHIPS, "family-travel", "Travel to see your family",
                        "We pay your travel to see brothers, sisters and other family who matter to you.",
                        WhatYouGet.money("Train and bus fares to visit family", Money.pounds(300), Frequency.EACH_YEAR, true),
                        AgeRange.between(16, 21), ANY, Map.of()),
                local.of(RELATIONSHIPS, "mentor", "A mentor",
                        "A trained volunteer mentor who has been in care too, for as long as you want one.",
                        WhatYouGet.support("A volunteer mentor you meet every few weeks"),
                        AgeRange.between(16, 25), ANY, Map.of()),
                local.of(RELATIONSHIPS, "birthday-money", "Birthday money",
                        "£50 on each birthday until you are 21.",
                        WhatYouGet.money("A birthday gift paid to you", Money.pounds(50), Frequency.EACH_YEAR, false),
                        AgeRange.between(16, 21), CARE_LEAVERS, Map.of()),
                local.of(RELATIONSHIPS, "festive-gift", "A gift for the holidays",
                        "£40 in December, or at another festival you celebrate.",
                        WhatYouGet.money("A gift paid to you once a year", Money.pounds(40), Frequency.EACH_YEAR, false),
                        AgeRange.between(16, 25), CARE_LEAVERS, Map.of()),
                local.of(RELATIONSHIPS, "support-as-a-parent", "Support as a parent",
                        "A family support worker, and a group of other young parents who have been in care.",
                        WhatYouGet.support("A family support worker and a parents' group"),
                        AgeRange.between(16, 25), ANY, Map.of(PARENT, true)),
                local.of(RELATIONSHIPS, "independent-visitor", "An independent visitor",
                        "A volunteer who visits you, takes you out and is there for you, separate from social care.",
                        WhatYouGet.support("Visits from a volunteer of your own"),
                        AgeRange.between(16, 18), Set.of(ELIGIBLE), Map.of()),
                // Education and training
                local.of(EDUCATION_AND_TRAINING, "laptop-for-college", "A laptop for college",
                        "A laptop and the software your course needs, yours to keep.",
                        WhatYouGet.money("A laptop and software", Money.pounds(600), Frequency.ONCE, true),
                        AgeRange.between(16, 21), ANY, Map.of(IN_FURTHER_EDUCATION, true)),
                local.of(EDUCATION_AND_TRAINING, "laptop-for-university", "A laptop for university",
                        "A laptop and the software your course needs when you start university.",
                        WhatYouGet.money("A laptop and software", Money.pounds(800), Frequency.ONCE, true),
                        AgeRange.between(18, 25), ANY, Map.of(IN_HIGHER_EDUCATION, true)),
                local.of(EDUCATION_AND_TRAINING, "holiday-accommodation", "Somewhere to live in university holidays",
                        "If you have nowhere to go when halls close, we pay for somewhere to stay.",
                        WhatYouGet.support("A place to stay, or your rent paid, in the holidays"),
                        AgeRange.between(18, 25), FORMER, Map.of(IN_HIGHER_EDUCATION, true)),
                local.of(EDUCATION_AND_TRAINING, "graduation-costs", "Graduation costs",
                        "We pay for your gown, photographs and travel for a guest on your graduation day.",
                        WhatYouGet.money("Graduation costs", Money.pounds(150), Frequency.ONCE, true),
                        AgeRange.between(20, 25), FORMER, Map.of(IN_HIGHER_EDUCATION, true)),
                local.of(EDUCATION_AND_TRAINING, "exam-results-reward", "A reward for your exam results",
                        "Up to £100 when you finish your course, whatever your results.",
                        WhatYouGet.money("A reward paid to you", Money.pounds(100), Frequency.ONCE, true),
                        AgeRange.between(16, 19), CARE_LEAVERS, Map.of(IN_FURTHER_EDUCATION, true)),
                local.of(EDUCATION_AND_TRAINING, "english-classes", "English classes",
                        "Free English classes at college, and help to get there.",
                        WhatYouGet.support("A place on an English course and your travel paid"),
                        AgeRange.between(16, 25), ANY, Map.of(UNACCOMPANIED_ASYLUM_SEEKING, true)),
                local.of(EDUCATION_AND_TRAINING, "college-travel", "Travel to college",
                        "A bus pass for the whole year while you study at a college in the area.",
                        WhatYouGet.money("A yearly bus pass", Money.pounds(500), Frequency.EACH_YEAR, true),
                        AgeRange.between(16, 21), ANY, Map.of(IN_FURTHER_EDUCATION, true, LIVING_OUTSIDE_AUTHORITY, false)),
                // Work
                local.of(EMPLOYMENT, "driving-lessons", "Driving lessons",
                        "Up to 10 driving lessons when you are in work.",
                        new WhatYouGet("Driving lessons with an approved instructor", null, null, true, "10 lessons"),
                        AgeRange.between(17, 25), ANY, Map.of(IN_WORK, true)),
                local.of(EMPLOYMENT, "work-clothes", "Clothes for interviews and work",
                        "Money for clothes and shoes for an interview or your first weeks at work.",
                        WhatYouGet.money("Clothes and shoes for work", Money.pounds(150), Frequency.ONCE, true),
                        AgeRange.between(16, 25), ANY, Map.of()),
                local.of(EMPLOYMENT, "work-experience", "Work experience with the council",
                        "Two weeks' paid work experience in a council team of your choice.",
                        new WhatYouGet("Paid work experience", null, null, false, "2 weeks"),
                        AgeRange.between(16, 21), CARE_LEAVERS, Map.of()),
                local.of(EMPLOYMENT, "kept-apprenticeships", "Apprenticeships kept for you",
                        "Some of the council's apprenticeships are kept for care-experienced applicants, with an interview guaranteed.",
                        WhatYouGet.support("An interview for a council apprenticeship"),
                        AgeRange.between(16, 25), ANY, Map.of(IN_WORK, false)),
                local.of(EMPLOYMENT, "first-month-travel", "Travel in your first month at work",
                        "We pay your travel to work until your first wage arrives.",
                        WhatYouGet.money("Bus or train fares to work", Money.pounds(200), Frequency.ONCE, true),
                        AgeRange.between(16, 25), ANY, Map.of(IN_WORK, true)),
                local.of(EMPLOYMENT, "cv-and-interviews", "Help with your CV and interviews",
                        "A careers adviser helps you write your CV and practise for interviews.",
                        WhatYouGet.support("Sessions with a careers adviser"),
                        AgeRange.between(16, 25), ANY, Map.of()),
                local.of(EMPLOYMENT, "tools-and-equipment", "Tools and equipment for your trade",
                        "Money for the tools, boots or kit your apprenticeship needs.",
                        WhatYouGet.money("Tools and equipment", Money.pounds(250), Frequency.ONCE, true),
                        AgeRange.between(16, 25), ANY, Map.of(ON_APPRENTICESHIP, true)),
                // Somewhere to live
                local.of(ACCOMMODATION, "free-wifi", "Free Wi-Fi for your first home",
                        "We pay for home broadband for 12 months when you move into your own place.",
                        new WhatYouGet("Home broadband, set up and paid for by us", null, null, false, "12 months"),
                        AgeRange.between(18, 25), ANY, Map.of(SETTING_UP_HOME, true)),
                local.of(ACCOMMODATION, "deposit-and-rent-in-advance", "Your deposit and first month's rent",
                        "We pay the deposit and the first month's rent on a private tenancy.",
                        WhatYouGet.money("A tenancy deposit and rent in advance", Money.pounds(1_000), Frequency.ONCE, true),
                        AgeRange.between(18, 25), FORMER, Map.of(SETTING_UP_HOME, true)),
                local.of(ACCOMMODATION, "guarantor", "We act as your guarantor",
                        "A landlord who asks for a guarantor can have the council instead.",
                        WhatYouGet.support("The council as guarantor for your tenancy"),
                        AgeRange.between(18, 25), FORMER, Map.of()),
                local.of(ACCOMMODATION, "supported-lodgings", "Supported lodgings",
                        "A room in a family home, with a host who helps you learn to live on your own.",
                        WhatYouGet.support("A room with a trained host"),
                        AgeRange.between(16, 21), LEFT_CARE, Map.of(STAYING_PUT, false)),
                local.of(ACCOMMODATION, "staying-close", "Staying close",
                        "If you leave a children's home, a home nearby and the staff you know still there for you.",
                        WhatYouGet.support("A home near your children's home and support from its staff"),
                        AgeRange.between(18, 21), FORMER, Map.of(STAYING_PUT, false)),
                local.of(ACCOMMODATION, "moving-costs", "Removal costs",
                        "We pay for a van and help to move your things into your new home.",
                        WhatYouGet.money("A removal van and helpers", Money.pounds(200), Frequency.ONCE, true),
                        AgeRange.between(18, 25), ANY, Map.of(SETTING_UP_HOME, true)),
                // Taking part in your community
                local.of(PARTICIPATION_IN_SOCIETY, "mobile-data", "Mobile data top-ups",
                        "A monthly mobile data bundle until you are 21, so you can stay in touch and look for work.",
                        WhatYouGet.money("A mobile data top-up on your phone", Money.pounds(10), Frequency.EACH_MONTH, false),
                        AgeRange.between(16, 21), ANY, Map.of()),
                local.of(PARTICIPATION_IN_SOCIETY, "bus-pass", "Free bus travel",
                        "Free travel on every bus in the area until you are 25.",
                        WhatYouGet.support("A bus pass for every bus in the area"),
                        AgeRange.between(16, 25), ANY, Map.of(LIVING_OUTSIDE_AUTHORITY, false)),
                local.of(PARTICIPATION_IN_SOCIETY, "have-your-say", "Have your say, and be paid for it",
                        "Join the care-experienced council that tells us what to change, and get £10 for each meeting.",
                        WhatYouGet.money("A payment for each meeting you come to", Money.pounds(10), Frequency.EACH_MONTH, true),
                        AgeRange.between(16, 25), ANY, Map.of()),
                local.of(PARTICIPATION_IN_SOCIETY, "passport", "Your first passport",
                        "We pay for your first passport, so you have proof of who you are.",
                        WhatYouGet.money("The passport fee and photographs", Money.pounds(100), Frequency.ONCE, true),
                        AgeRange.between(16, 25), ANY, Map.of(UNACCOMPANIED_ASYLUM_SEEKING, false)),
                local.of(PARTICIPATION_IN_SOCIETY, "immigration-advice", "Free immigration advice",
                        "A solicitor who helps with your immigration status and applications, free.",
                        WhatYouGet.support("Advice and representation from an immigration solicitor"),
                        AgeRange.between(16, 25), ANY, Map.of(UNACCOMPANIED_ASYLUM_SEEKING, true)),
                local.of(PARTICIPATION_IN_SOCIETY, "hobby-or-club", "A hobby or club",
                        "We pay for a club, a class or the kit for a hobby you want to start.",
                        WhatYouGet.money("Club fees, classes or kit", Money.pounds(200), Frequency.EACH_YEAR, true),
                        AgeRange.between(16, 21), ANY, Map.of()),
                // Money
                local.of(MONEY_AND_FINANCIAL_SKILLS, "council-tax-exemption", "No council tax until you are 25",
                        "If you live in the area, you pay no council tax until your 25th birthday.",
                        WhatYouGet.support("Your whole council tax bill paid by us"),
                        AgeRange.between(18, 25), FORMER, Map.of(LIVING_OUTSIDE_AUTHORITY, false)),
                local.of(MONEY_AND_FINANCIAL_SKILLS, "council-tax-elsewhere", "Council tax help if you live elsewhere",
                        "If you live in another council's area, we pay your council tax back to you.",
                        WhatYouGet.money("Your council tax paid back", Money.pounds(1_500), Frequency.EACH_YEAR, true),
                        AgeRange.between(18, 25), FORMER, Map.of(LIVING_OUTSIDE_AUTHORITY, true)),
                local.of(MONEY_AND_FINANCIAL_SKILLS, "bank-account", "Help to open a bank account",
                        "Your adviser helps you open a bank account before you leave care.",
                        WhatYouGet.support("Help to open a bank account, and the proof of who you are that it needs"),
                        new AgeRange(16, 0, 19), CARE_LEAVERS, Map.of()),
                local.of(MONEY_AND_FINANCIAL_SKILLS, "junior-isa", "Your Junior ISA",
                        "The savings put away for you while you were in care are yours from your 18th birthday.",
                        WhatYouGet.support("Help to find and claim the savings in your Junior ISA"),
                        new AgeRange(18, 30, 25), WIDER, Map.of()),
                local.of(MONEY_AND_FINANCIAL_SKILLS, "money-skills", "Money skills course",
                        "A short course on budgeting, bills and credit, with a £50 voucher when you finish.",
                        WhatYouGet.money("A shopping voucher when you finish", Money.pounds(50), Frequency.ONCE, false),
                        AgeRange.between(16, 25), ANY, Map.of()),
                local.of(MONEY_AND_FINANCIAL_SKILLS, "emergency-money", "Emergency money",
                        "Money the same day if you have none left for food, gas or electricity.",
                        WhatYouGet.money("An emergency payment", Money.pounds(100), Frequency.ONCE, true),
                        AgeRange.between(16, 25), CARE_LEAVERS, Map.of()),
                local.of(MONEY_AND_FINANCIAL_SKILLS, "childcare-costs", "Childcare while you work or study",
                        "We pay for childcare so that you can go to work, college or university.",
                        WhatYouGet.money("Nursery or childminder fees", Money.pounds(3_000), Frequency.EACH_YEAR, true),
                        AgeRange.between(16, 25), ANY, Map.of(PARENT, true)),
                // Keeping your home
                local.of(HOUSING_AND_HOMELESSNESS_PREVENTION, "keeping-your-tenancy", "Help to keep your tenancy",
                        "A tenancy support worker if you are finding it hard to manage your home.",
                        WhatYouGet.support("Visits from a tenancy support worker"),
                        AgeRange.between(18, 25), ANY, Map.of()),
                local.of(HOUSING_AND_HOMELESSNESS_PREVENTION, "rent-arrears", "Help with rent you owe",
                        "If you fall behind with your rent, we can pay some of it so you do not lose your home.",
                        WhatYouGet.money("Rent arrears paid to your landlord", Money.pounds(500), Frequency.ONCE, true),
                        AgeRange.between(18, 25), FORMER, Map.of()),
                local.of(HOUSING_AND_HOMELESSNESS_PREVENTION, "housing-priority", "Priority for a council home",
                        "You go into the highest band on the housing register.",
                        WhatYouGet.support("The highest priority on the housing register"),
                        AgeRange.between(18, 25), FORMER, Map.of(LIVING_OUTSIDE_AUTHORITY, false)),
                local.of(HOUSING_AND_HOMELESSNESS_PREVENTION, "nowhere-to-stay", "If you have nowhere to stay tonight",
                        "Call us, day or night, and we find you somewhere safe to stay.",
                        WhatYouGet.support("Somewhere safe to stay tonight"),
                        AgeRange.from(16), ANY, Map.of()),
                local.of(HOUSING_AND_HOMELESSNESS_PREVENTION, "first-winter-energy", "Help with energy bills in your first winter",
                        "Up to £150 towards gas and electricity in the first winter in your own home.",
                        WhatYouGet.money("Money towards your energy bills", Money.pounds(150), Frequency.ONCE, true),
                        AgeRange.between(18, 25), ANY, Map.of(SETTING_UP_HOME, true)),
                local.of(HOUSING_AND_HOMELESSNESS_PREVENTION, "home-starter-pack", "A home starter pack",
                        "Bedding, towels, pans and cleaning things, ready on the day you move in.",
                        WhatYouGet.support("A starter pack for your new home"),
                        AgeRange.between(18, 25), ANY, Map.of(SETTING_UP_HOME, true)))).toList();
    }

    /** The authority's own entitlements, each with the authority's contact and the proof its rule asks for. */
    private record Local(String authorityName, String slug) {

        EntitlementContent of(OfferArea area, String key, String title, String summary, WhatYouGet whatYouGet, AgeRange ages,
                              Set<CareLeaverCategory> categories, Map<Circumstance, Boolean> circumstances) {
            HowToClaim howToClaim = new HowToClaim(List.of(
                    "Ask your personal adviser, or call the leaving care team, about \u201c" + title + "\u201d.",
                    "We check that you qualify and tell you within 10 working days when and how you get it."),
                    proof(circumstances), contact(area, key));
            return new EntitlementContent(key, title, summary, area, whatYouGet, new WhoQualifies(ages, categories, circumstances),
                    howToClaim, null, null, REVIEWED, null);
        }

        private Contact contact(OfferArea area, String key) {
            return new Contact(authorityName + " leaving care team", "0113 496 0" + (100 + area.ordinal()),
                    "leavingcare@" + slug + ".example.org", "https://" + slug + ".example.org/local-offer/" + key);
        }

        private static List<String> proof(Map<Circumstance, Boolean> circumstances) {
            List<String> proof = new ArrayList<>();
            circumstances.keySet().stream().sorted().forEach(circumstance -> {
                switch (circumstance) {
                    case IN_FURTHER_EDUCATION -> proof.add("A letter from your college or training provider");
                    case IN_HIGHER_EDUCATION -> proof.add("Your enrolment letter from the university");
                    case IN_WORK -> {
                        if (circumstances.get(IN_WORK)) {
                            proof.add("A payslip or a letter from your employer");
                        }
                    }
                    case ON_APPRENTICESHIP -> proof.add("Your apprenticeship agreement");
                    case PARENT -> proof.add("Your child's birth certificate");
                    case SETTING_UP_HOME -> proof.add("Your tenancy agreement or a letter offering you the home");
                    case LIVING_OUTSIDE_AUTHORITY -> proof.add("A letter or bill with your address on it");
                    case UNACCOMPANIED_ASYLUM_SEEKING -> proof.add("Any letter you have from the Home Office");
                    case STAYING_PUT -> { }
                }
            });
            return proof;
        }
    }
}
