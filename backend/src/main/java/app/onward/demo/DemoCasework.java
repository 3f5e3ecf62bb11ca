package app.onward.demo;

import java.time.LocalDate;
import java.time.Period;
import java.util.List;

/**
 * The teams, staff and young people of a demo authority. Staff and the young people with accounts are linked
 * to the realm files' users by their fixed ids. Ages are relative to the day the data is loaded, so the demo
 * always has someone whose needs assessment is due, someone turning 18, someone at 24.
 */
record DemoCasework(String authority, List<DemoTeam> teams) {

    record DemoTeam(String name, List<DemoStaff> staff, List<DemoYoungPerson> youngPeople) {}

    record DemoStaff(String accountSubject, String name, String jobTitle, String email, String phone, boolean manager) {}

    /**
     * @param age           on the day the data is loaded
     * @param adviserIndex  which of the team's staff is their personal adviser
     */
    record DemoYoungPerson(String givenName, String familyName, String preferredName, String pronouns, Period age,
                           String category, String ethnicity, boolean unaccompaniedAsylumSeeking, String accountSubject,
                           int adviserIndex) {

        LocalDate dateOfBirth(LocalDate today) {
            return today.minus(age);
        }
    }

    private static DemoYoungPerson person(String given, String family, String pronouns, int years, int months,
                                          String category, String ethnicity, int adviserIndex) {
        return new DemoYoungPerson(given, family, null, pronouns, Period.of(years, months, 0), category, ethnicity,
                false, null, adviserIndex);
    }

    static final List<DemoCasework> ALL = List.of(
            new DemoCasework("northmoor", List.of(
                    new DemoTeam("Leaving care team north", List.of(
                            new DemoStaff("0b000000-0000-4000-8000-000002000003", "Priya Sharma", "Personal adviser",
                                    "priya.sharma@northmoor.example", "0161 496 0731", false),
                            new DemoStaff("0b000000-0000-4000-8000-000002000005", "Gareth Llewellyn", "Team manager",
                                    "gareth.llewellyn@northmoor.example", "0161 496 0700", true)),
                            List.of(
                                    new DemoYoungPerson("Tyler", "Mensah", "Ty", "he/him", Period.of(19, 4, 0),
                                            "FORMER_RELEVANT", "BAFR", false, "0b000000-0000-4000-8000-000002000001", 0),
                                    person("Amira", "Haddad", "she/her", 16, 2, "ELIGIBLE", "OOTH", 0),
                                    person("Callum", "Reid", "he/him", 17, 11, "RELEVANT", "WBRI", 0),
                                    person("Ellie", "Hughes", "she/her", 18, 1, "FORMER_RELEVANT", "WBRI", 0),
                                    new DemoYoungPerson("Dawit", "Bekele", null, "he/him", Period.of(17, 3, 0),
                                            "RELEVANT", "BAFR", true, null, 0),
                                    person("Sophie", "Turner", "she/her", 21, 6, "FORMER_RELEVANT", "WBRI", 0),
                                    person("Kai", "Wong", "they/them", 20, 2, "FORMER_RELEVANT", "CHNE", 0),
                                    person("Liam", "O'Brien", "he/him", 24, 7, "FORMER_RELEVANT", "WIRI", 0),
                                    person("Zara", "Ahmed", "she/her", 19, 9, "QUALIFYING", "APKN", 0))),
                    new DemoTeam("Leaving care team south", List.of(
                            new DemoStaff("0b000000-0000-4000-8000-000002000004", "Tom Brennan", "Personal adviser",
                                    "tom.brennan@northmoor.example", "0161 496 0742", false)),
                            List.of(
                                    new DemoYoungPerson("Jordan", "Clarke", null, "he/him", Period.of(18, 8, 0),
                                            "FORMER_RELEVANT", "MWBC", false, "0b000000-0000-4000-8000-000002000002", 0),
                                    person("Maya", "Patel", "she/her", 16, 9, "ELIGIBLE", "AIND", 0),
                                    person("Reece", "Walker", "he/him", 22, 0, "FORMER_RELEVANT", "WBRI", 0))))),
            new DemoCasework("wealdshire", List.of(
                    new DemoTeam("Care leavers team", List.of(
                            new DemoStaff("0b000000-0000-4000-8000-000003000002", "Seun Adeyemi", "Personal adviser",
                                    "seun.adeyemi@wealdshire.example", "01632 960 418", false),
                            new DemoStaff("0b000000-0000-4000-8000-000003000003", "Fiona MacLeod", "Team manager",
                                    "fiona.macleod@wealdshire.example", "01632 960 400", true)),
                            List.of(
                                    new DemoYoungPerson("Chloe", "Whitfield", null, "she/her", Period.of(18, 2, 0),
                                            "FORMER_RELEVANT", "WBRI", false, "0b000000-0000-4000-8000-000003000001", 0),
                                    person("Noah", "Evans", "he/him", 16, 1, "ELIGIBLE", "WBRI", 0),
                                    person("Grace", "Okafor", "she/her", 20, 5, "FORMER_RELEVANT", "BAFR", 0),
                                    person("Ryan", "Price", "he/him", 17, 6, "RELEVANT", "WOTH", 0),
                                    person("Lily", "Chapman", "she/her", 23, 3, "FORMER_RELEVANT", "MWBA", 0))))));
}
