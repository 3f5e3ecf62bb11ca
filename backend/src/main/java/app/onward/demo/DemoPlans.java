package app.onward.demo;

import app.onward.pathwayplan.PlanContent;
import app.onward.pathwayplan.PlanContent.Action;
import app.onward.pathwayplan.PlanContent.Goal;
import app.onward.pathwayplan.PlanContent.Section;
import app.onward.pathwayplan.PlanMatter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Demo pathway plans, written in plain words as a good plan would be, except the drafts meant to show the
 * language check (they use "placement", "contact", "LAC", "absconded"...). Dates are relative to the day the
 * data is loaded, so the demo always has a plan due for review and actions overdue.
 */
record DemoPlans(String authority, String youngPerson, String adviserSubject, String managerSubject, List<DemoVersion> versions) {

    /**
     * @param daysAgo       when the version was saved
     * @param signedOff     days after saving that the manager signed it off; null for a draft
     * @param shared        whether the adviser showed the draft to the young person
     * @param comments      what the young person said about it
     */
    record DemoVersion(int daysAgo, String changeSummary, PlanContent content, Integer signedOff, boolean shared,
                       boolean agreed, List<String> comments) {}

    static List<DemoPlans> all(LocalDate today) {
        PlanContent tylerFirst = tyler(today, false);
        return List.of(
                new DemoPlans("northmoor", "Tyler Mensah", PRIYA, GARETH, List.of(
                        new DemoVersion(150, "First plan after Tyler's 19th birthday review", tylerFirst, 3, false, true, List.of()),
                        new DemoVersion(12, "Updated now Tyler has started at college and wants to move nearer to it",
                                tyler(today, true), null, true, false,
                                List.of("Can we add that I want to start driving lessons?",
                                        "The bit about money is right, thanks.")))),
                new DemoPlans("northmoor", "Jordan Clarke", TOM, GARETH, List.of(
                        new DemoVersion(60, "Plan reviewed with Jordan at his flat", simple(today,
                                "I like my flat but the heating is rubbish.", "The flat suits Jordan; the landlord has been asked to fix the heating.",
                                "Get the heating fixed", "Chase the landlord about the boiler", "Tom (your adviser)", 20), 2, false, true, List.of()))),
                new DemoPlans("northmoor", "Amira Haddad", PRIYA, GARETH, List.of(
                        new DemoVersion(5, "Needs assessment, first draft", simple(today,
                                "I want to stay with my foster carers.",
                                "Amira is settled in her foster placement. Contact with her siblings is every other Saturday; she was LAC from age 11.",
                                "Stay in her foster placement until 18", "Ask the foster carers about staying put", "Priya", 30),
                                null, false, false, List.of()))),
                new DemoPlans("northmoor", "Callum Reid", PRIYA, GARETH, List.of(
                        new DemoVersion(160, "Needs assessment and first plan", simple(today,
                                "I want to learn to cook and get my own place one day.",
                                "Callum lives in a supported hostel and is doing a catering course.",
                                "Learn to cook five meals", "Book the cooking course at the hostel", "Callum", -60),
                                4, false, true, List.of()),
                        new DemoVersion(3, "Draft after the incident at the hostel", simple(today,
                                "I don't want to go back there.",
                                "Callum absconded from his placement twice in October and was kicking off with staff. Respite was offered.",
                                "Find a home where Callum feels safe", "Refer to the supported lodgings scheme", "Priya", -5),
                                null, false, false, List.of()))),
                new DemoPlans("wealdshire", "Chloe Whitfield", SEUN, FIONA, List.of(
                        new DemoVersion(40, "Plan agreed with Chloe before her 18th birthday", simple(today,
                                "I want to stay with Sandra and Mike while I finish my A levels.",
                                "Staying put with her former foster carers until at least 19 is agreed.",
                                "Finish A levels and apply to university", "Help with the student finance application", "Seun (your adviser)", 45),
                                4, false, true, List.of()))),
                signedOff("northmoor", "Liam O'Brien", PRIYA, GARETH, 175, today, "I'm fine, I just want my own flat.",
                        "Liam rents a room privately and works part time at the garage.", "Move into his own flat before 25",
                        "Apply to the council's housing register", "Priya (your adviser)", 10),
                signedOff("northmoor", "Zara Ahmed", PRIYA, GARETH, 210, today, "I want to finish my nursing course.",
                        "Zara is in her second year of nursing and shares a flat with a friend.", "Qualify as a nurse",
                        "Apply for the care leavers' bursary for the final year", "Zara", 30),
                signedOff("northmoor", "Sophie Turner", PRIYA, GARETH, 95, today, "Things are better since I moved.",
                        "Sophie moved to a council flat in the summer and is settling in.", "Keep her flat and pay the bills",
                        "Set up the council tax exemption", "Priya (your adviser)", -7),
                signedOff("northmoor", "Kai Wong", PRIYA, GARETH, 140, today, "I'm looking for work in design.",
                        "Kai finished college in June and is looking for work in graphic design.", "Find a job or apprenticeship",
                        "Go to the careers fair with Priya", "Kai", 21),
                signedOff("northmoor", "Ellie Hughes", PRIYA, GARETH, 60, today, "I want to stay put with my carers.",
                        "Ellie lives with her former foster carers under staying put.", "Stay put while at college",
                        "Review the staying put agreement", "Priya (your adviser)", 45),
                signedOff("northmoor", "Dawit Bekele", PRIYA, GARETH, 80, today, "I want to learn English well and go to college.",
                        "Dawit is in supported lodgings and goes to English classes three days a week.", "Start college in September",
                        "Help Dawit with the college application", "Priya (your adviser)", 15),
                signedOff("northmoor", "Maya Patel", TOM, GARETH, 35, today, "I want to stay at my school for sixth form.",
                        "Maya is settled with her foster family and doing well at school.", "Start sixth form in September",
                        "Talk to the sixth form about the bursary", "Tom (your adviser)", 40),
                signedOff("northmoor", "Reece Walker", TOM, GARETH, 190, today, "I'm in my own flat now and it's fine.",
                        "Reece manages his tenancy well; rent has been paid on time since March.", "Keep the tenancy going",
                        "Set up a direct debit for the gas bill", "Reece", -30),
                signedOff("wealdshire", "Grace Okafor", SEUN, FIONA, 120, today, "University is hard but I love it.",
                        "Grace is in her second year at university and lives in halls.", "Find somewhere to live in the summer",
                        "Ask the university about summer accommodation", "Seun (your adviser)", 25),
                signedOff("wealdshire", "Ryan Price", SEUN, FIONA, 25, today, "I want to do an apprenticeship with cars.",
                        "Ryan is keen on a motor vehicle apprenticeship and has an interview next month.", "Start an apprenticeship",
                        "Help Ryan get ready for the interview", "Seun (your adviser)", 14),
                signedOff("wealdshire", "Lily Chapman", SEUN, FIONA, 200, today, "I'm working full time now.",
                        "Lily works full time and rents a room from a friend.", "Save a deposit for her own place",
                        "Open a savings account", "Lily", -10));
    }

    /** A plan signed off a few days after it was saved, {@code daysAgo}; its review falls due six months on. */
    private static DemoPlans signedOff(String authority, String youngPerson, String adviser, String manager, int daysAgo,
                                       LocalDate today, String words, String assessment, String goal, String action,
                                       String who, int actionDueInDays) {
        return new DemoPlans(authority, youngPerson, adviser, manager, List.of(new DemoVersion(daysAgo,
                "Plan reviewed with " + youngPerson.split(" ")[0],
                simple(today, words, assessment, goal, action, who, actionDueInDays), 2, false, true, List.of())));
    }

    private static final String PRIYA = "0b000000-0000-4000-8000-000002000003";
    private static final String TOM = "0b000000-0000-4000-8000-000002000004";
    private static final String GARETH = "0b000000-0000-4000-8000-000002000005";
    private static final String SEUN = "0b000000-0000-4000-8000-000003000002";
    private static final String FIONA = "0b000000-0000-4000-8000-000003000003";

    // Ids kept from Tyler's first version to his second, so the differences follow the goals and actions.
    private static final UUID TYLER_HOME_GOAL = UUID.fromString("0d000000-0000-4000-8000-000000000001");
    private static final UUID TYLER_BIDDING = UUID.fromString("0d000000-0000-4000-8000-000000000002");
    private static final UUID TYLER_MONEY_GOAL = UUID.fromString("0d000000-0000-4000-8000-000000000003");
    private static final UUID TYLER_BUDGET = UUID.fromString("0d000000-0000-4000-8000-000000000004");
    private static final UUID TYLER_COLLEGE_GOAL = UUID.fromString("0d000000-0000-4000-8000-000000000005");

    private static PlanContent tyler(LocalDate today, boolean atCollege) {
        List<Section> sections = empty();
        set(sections, new Section(PlanMatter.ACCOMMODATION,
                atCollege ? "I want to live nearer college so I'm not on two buses." : "I'm OK in supported housing for now.",
                atCollege ? "Tyler is ready for his own tenancy; a flat near Northmoor College would suit him."
                        : "The supported housing suits Tyler while he gets ready for a tenancy.",
                List.of(new Goal(TYLER_HOME_GOAL, atCollege ? "Move to a flat near college" : "Be ready for a tenancy", List.of(
                        new Action(TYLER_BIDDING, PlanMatter.ACCOMMODATION, "Register for the housing bidding scheme", "Ty",
                                today.minusDays(atCollege ? 100 : 120), atCollege))))));
        set(sections, new Section(PlanMatter.FINANCIAL_SUPPORT, "I run out of money before payday.",
                "Tyler gets Universal Credit and the setting-up-home allowance is still unspent.",
                List.of(new Goal(TYLER_MONEY_GOAL, "Have money last the month", List.of(
                        new Action(TYLER_BUDGET, PlanMatter.FINANCIAL_SUPPORT, "Do the budgeting course with the money adviser",
                                "Ty", today.minusDays(atCollege ? 7 : 30), false))))));
        if (atCollege) {
            set(sections, new Section(PlanMatter.EDUCATION_AND_TRAINING, "I love the mechanics course.",
                    "Tyler started a level 2 motor vehicle course in September.",
                    List.of(new Goal(TYLER_COLLEGE_GOAL, "Finish the first year of the course", List.of(
                            new Action(UUID.fromString("0d000000-0000-4000-8000-000000000006"), PlanMatter.EDUCATION_AND_TRAINING,
                                    "Apply for the 16 to 19 bursary", "Priya (your adviser)", today.plusDays(14), false))))));
        }
        set(sections, new Section(PlanMatter.CONTINGENCY, "If I lose my place I'd call Priya.",
                "If the tenancy or college falls through, Priya arranges a review within a week.", List.of()));
        return new PlanContent(List.copyOf(sections));
    }

    /** A plan with one matter filled in (accommodation): what the young person said, the assessment, one goal and action. */
    private static PlanContent simple(LocalDate today, String words, String assessment, String goal, String action,
                                      String who, int dueInDays) {
        List<Section> sections = empty();
        set(sections, new Section(PlanMatter.ACCOMMODATION, words, assessment, List.of(new Goal(UUID.randomUUID(), goal,
                List.of(new Action(UUID.randomUUID(), PlanMatter.ACCOMMODATION, action, who, today.plusDays(dueInDays), false))))));
        return new PlanContent(List.copyOf(sections));
    }

    private static List<Section> empty() {
        return new ArrayList<>(PlanContent.EMPTY.sections());
    }

    private static void set(List<Section> sections, Section section) {
        sections.set(section.matter().ordinal(), section);
    }
}
