package app.onward.benchmark;

import app.onward.clock.Today;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.CIRCUMSTANCE_CHANGE;
import static app.onward.jooq.Tables.CONTACT;
import static app.onward.jooq.Tables.IN_TOUCH_STATUS;
import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SIGN_OFF;
import static app.onward.jooq.Tables.PATHWAY_PLAN_VERSION;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * Writes one authority's benchmark volume in the tenant's transaction: two more teams with a manager and
 * five advisers each, then young people spread over every team (the demo teams included, so the demo
 * manager's team has hundreds), each with their history: categories, in-touch statuses, one to three
 * adviser allocations, one to two years of contacts at their agreed frequency, changes of circumstances,
 * and a pathway plan of two to four versions with goals and actions, most of them signed off.
 *
 * <p>Every name and note is made up and the same for many people; seeded, so two runs write the same shape.
 */
@Component
class VolumeGenerator {

    private static final String RECORDED_BY = "benchmark";
    private static final int BENCHMARK_TEAMS = 2;
    private static final int ADVISERS_PER_TEAM = 5;
    private static final int GOALS_PER_PLAN = 4;
    private static final int ACTIONS_PER_GOAL = 3;
    /** Parents and children are written together every so many young people, so no foreign key waits long. */
    private static final int YOUNG_PEOPLE_PER_FLUSH = 100;
    private static final String[] GIVEN_NAMES = {"Alex", "Sam", "Jordan", "Casey", "Riley", "Morgan", "Jamie", "Taylor",
            "Charlie", "Robin", "Ellis", "Frankie", "Harley", "Kai", "Remi", "Sasha"};
    private static final String[] FAMILY_NAMES = {"Ashdown", "Brook", "Carver", "Dale", "Elms", "Fenwick", "Garside",
            "Holt", "Ingram", "Jessop", "Kerr", "Lowther", "Mercer", "Noble", "Orton", "Pike"};
    private static final String[] ETHNICITIES = {"WBRI", "WBRI", "WBRI", "WOTH", "MWBC", "AIND", "APKN", "BAFR", "BCRB",
            "CHNE", "OOTH", "NOBT"};
    private static final String[] FREQUENCIES = {"WEEKLY", "FORTNIGHTLY", "MONTHLY", "EVERY_SIX_WEEKS", "EVERY_TWO_MONTHS"};
    private static final int[] FREQUENCY_DAYS = {7, 14, 30, 42, 60};
    private static final String[] CONTACT_KINDS = {"VISIT", "VISIT", "PHONE", "PHONE", "TEXT", "VIDEO", "OFFICE"};
    private static final String[] CHANGE_KINDS = {"MOVED_HOME", "EDUCATION_OR_WORK_CHANGED", "CUSTODY", "BECAME_A_PARENT",
            "HEALTH", "ASKED_FOR_A_REVIEW", "OTHER"};
    private static final String[] MATTERS = {"CONTACT_AND_SUPPORT", "EDUCATION_AND_TRAINING", "EMPLOYMENT", "CONTINGENCY",
            "ACCOMMODATION", "FAMILY_AND_RELATIONSHIPS", "PRACTICAL_SKILLS", "FINANCIAL_SUPPORT", "HEALTH", "IDENTITY"};

    private final DSLContext dsl;
    private final Today today;

    VolumeGenerator(DSLContext dsl, Today today) {
        this.dsl = dsl;
        this.today = today;
    }

    private record Staff(UUID id, UUID teamId, String accountSubject, boolean manager) {
    }

    private record Allocation(UUID adviserId, LocalDate startedOn, LocalDate endedOn) {
    }

    /** Writes {@code youngPeople} young people and their history; false when this authority already has them. */
    @Transactional(propagation = Propagation.MANDATORY)
    boolean generate(int youngPeople, long seed) {
        if (dsl.fetchExists(TEAM, TEAM.NAME.startsWith("Benchmark team"))) {
            return false;
        }
        Random random = new Random(seed);
        createBenchmarkTeams();
        List<Staff> staff = dsl.select(STAFF_MEMBER.ID, STAFF_MEMBER.TEAM_ID, STAFF_MEMBER.ACCOUNT_SUBJECT, STAFF_MEMBER.JOB_TITLE)
                .from(STAFF_MEMBER).orderBy(STAFF_MEMBER.ID)
                .fetch(row -> new Staff(row.value1(), row.value2(), row.value3(), row.value4().toLowerCase().contains("manager")));
        List<UUID> teams = staff.stream().map(Staff::teamId).distinct().sorted().toList();
        Writer writer = new Writer();
        LocalDate today = this.today.date();
        for (int i = 0; i < youngPeople; i++) {
            UUID teamId = teams.get(i % teams.size());
            List<Staff> team = staff.stream().filter(member -> member.teamId().equals(teamId)).toList();
            writeYoungPerson(writer, random, today, teamId, team, staff);
            if ((i + 1) % YOUNG_PEOPLE_PER_FLUSH == 0) {
                writer.flush();
            }
        }
        writer.flush();
        return true;
    }

    private void createBenchmarkTeams() {
        for (int t = 1; t <= BENCHMARK_TEAMS; t++) {
            UUID teamId = dsl.insertInto(TEAM).set(TEAM.NAME, "Benchmark team " + t).returning(TEAM.ID).fetchSingle(TEAM.ID);
            for (int s = 0; s <= ADVISERS_PER_TEAM; s++) {
                dsl.insertInto(STAFF_MEMBER)
                        .set(STAFF_MEMBER.ACCOUNT_SUBJECT, "benchmark-" + UUID.randomUUID())
                        .set(STAFF_MEMBER.DISPLAY_NAME, (s == 0 ? "Manager " : "Adviser ") + t + "." + s)
                        .set(STAFF_MEMBER.JOB_TITLE, s == 0 ? "Team manager" : "Personal adviser")
                        .set(STAFF_MEMBER.TEAM_ID, teamId)
                        .execute();
            }
        }
    }

    private void writeYoungPerson(Writer writer, Random random, LocalDate today, UUID teamId, List<Staff> team, List<Staff> everyone) {
        UUID id = UUID.randomUUID();
        LocalDate born = today.minusDays(16 * 365 + 30 + random.nextInt(9 * 365 - 60));
        LocalDate sixteenth = born.plusYears(16);
        LocalDate eighteenth = born.plusYears(18);
        int frequency = random.nextInt(FREQUENCIES.length);
        String givenName = GIVEN_NAMES[random.nextInt(GIVEN_NAMES.length)];
        writer.youngPeople.add(id, givenName, FAMILY_NAMES[random.nextInt(FAMILY_NAMES.length)],
                random.nextInt(5) == 0 ? givenName.substring(0, 2) + "z" : null, born,
                ETHNICITIES[random.nextInt(ETHNICITIES.length)], random.nextInt(10) == 0, FREQUENCIES[frequency], teamId);

        writer.categories.add(id, random.nextInt(10) == 0 ? "QUALIFYING" : "ELIGIBLE", sixteenth, RECORDED_BY);
        if (eighteenth.isBefore(today)) {
            writer.categories.add(id, "FORMER_RELEVANT", eighteenth, RECORDED_BY);
        } else if (random.nextBoolean()) {
            writer.categories.add(id, "RELEVANT", sixteenth.plusDays(1 + random.nextInt((int) ChronoUnit.DAYS.between(sixteenth, today))), RECORDED_BY);
        }
        writer.inTouch.add(id, "YES", sixteenth, RECORDED_BY);
        if (random.nextInt(5) == 0) {
            LocalDate lost = today.minusDays(60 + random.nextInt(300));
            if (lost.isAfter(sixteenth)) {
                writer.inTouch.add(id, "NO", lost, RECORDED_BY);
                writer.inTouch.add(id, "YES", lost.plusDays(30), RECORDED_BY);
            }
        }

        List<Allocation> allocations = allocations(random, today, sixteenth, team, everyone);
        for (Allocation allocation : allocations) {
            writer.allocations.add(id, allocation.adviserId(), allocation.startedOn(), allocation.endedOn(), RECORDED_BY);
        }

        LocalDate historyFrom = later(sixteenth, today.minusDays(365 + random.nextInt(366)));
        for (LocalDate day = historyFrom; !day.isAfter(today);
             day = day.plusDays(Math.max(1, FREQUENCY_DAYS[frequency] - 3 + random.nextInt(7)))) {
            String kind = CONTACT_KINDS[random.nextInt(CONTACT_KINDS.length)];
            writer.contacts.add(id, kind, day, kind.equals("PHONE") || kind.equals("TEXT") ? null : random.nextBoolean(),
                    "Benchmark contact.", adviserOn(allocations, day), at(day));
        }

        int changes = random.nextInt(4);
        for (int c = 0; c < changes; c++) {
            String kind = CHANGE_KINDS[random.nextInt(CHANGE_KINDS.length)];
            LocalDate occurred = later(sixteenth, today.minusDays(random.nextInt(540)));
            String subject = everyone.stream().filter(s -> s.id().equals(adviserOn(allocations, occurred))).findFirst().orElseThrow().accountSubject();
            writer.changes.add(id, kind, occurred, kind.equals("MOVED_HOME") && random.nextInt(3) == 0,
                    "Benchmark change.", "STAFF", subject, at(occurred));
        }

        writePlan(writer, random, today, id, historyFrom, allocations, team);
    }

    /** One to three allocations from the 16th birthday: the earlier ones to anyone, the current one in the team. */
    private static List<Allocation> allocations(Random random, LocalDate today, LocalDate sixteenth, List<Staff> team, List<Staff> everyone) {
        int count = 1 + random.nextInt(3);
        List<LocalDate> starts = new ArrayList<>(List.of(sixteenth));
        long days = ChronoUnit.DAYS.between(sixteenth, today);
        for (int i = 1; i < count && days > 2L * count; i++) {
            starts.add(sixteenth.plusDays(days * i / count));
        }
        List<Allocation> allocations = new ArrayList<>();
        for (int i = 0; i < starts.size(); i++) {
            boolean current = i == starts.size() - 1;
            List<Staff> from = current ? team : everyone;
            allocations.add(new Allocation(from.get(random.nextInt(from.size())).id(), starts.get(i),
                    current ? null : starts.get(i + 1).minusDays(1)));
        }
        return allocations;
    }

    private void writePlan(Writer writer, Random random, LocalDate today, UUID youngPersonId, LocalDate historyFrom,
                           List<Allocation> allocations, List<Staff> team) {
        UUID planId = UUID.randomUUID();
        int versions = 2 + random.nextInt(3);
        writer.plans.add(planId, youngPersonId, versions, at(historyFrom));
        UUID manager = team.stream().filter(Staff::manager).findFirst().orElse(team.getFirst()).id();
        List<UUID> goalIds = new ArrayList<>();
        for (int g = 0; g < GOALS_PER_PLAN * (1 + ACTIONS_PER_GOAL); g++) {
            goalIds.add(UUID.randomUUID());
        }
        long span = Math.max(1, ChronoUnit.DAYS.between(historyFrom, today));
        for (int v = 1; v <= versions; v++) {
            LocalDate saved = historyFrom.plusDays(span * (v - 1) / versions);
            UUID author = adviserOn(allocations, saved);
            writer.versions.add(planId, v, JSONB.valueOf(planContent(goalIds, v, saved)),
                    v == 1 ? "First plan." : "Reviewed.", author, at(saved));
            boolean latestStaysDraft = v == versions && random.nextBoolean();
            if (!latestStaysDraft) {
                writer.signOffs.add(planId, v, manager, at(saved.plusDays(Math.min(3, ChronoUnit.DAYS.between(saved, today)))));
            }
        }
    }

    /**
     * A version's ten matters in the shape of app.onward.pathwayplan.PlanContent (the version's jsonb): four
     * matters with a goal each, three actions per goal, the same ids in every version; each later version marks
     * one more action of every goal done, so a plan keeps open actions until its fourth version.
     */
    static String planContent(List<UUID> ids, int version, LocalDate saved) {
        StringBuilder json = new StringBuilder("{\"sections\":[");
        for (int m = 0; m < MATTERS.length; m++) {
            json.append(m > 0 ? "," : "").append("{\"matter\":\"").append(MATTERS[m])
                    .append("\",\"youngPersonsWords\":\"What I want here.\",\"assessment\":\"Benchmark assessment, version ")
                    .append(version).append(".\",\"goals\":[");
            if (m < GOALS_PER_PLAN) {
                json.append("{\"id\":\"").append(ids.get(m)).append("\",\"description\":\"Benchmark goal.\",\"actions\":[");
                for (int a = 0; a < ACTIONS_PER_GOAL; a++) {
                    json.append(a > 0 ? "," : "").append("{\"id\":\"").append(ids.get(GOALS_PER_PLAN + m * ACTIONS_PER_GOAL + a))
                            .append("\",\"matter\":\"").append(MATTERS[m])
                            .append("\",\"description\":\"Benchmark action.\",\"who\":\"Adviser\",\"byWhen\":\"")
                            .append(saved.plusDays(30L * (a + 1))).append("\",\"done\":").append(a < version - 1).append('}');
                }
                json.append("]}");
            }
            json.append("]}");
        }
        return json.append("]}").toString();
    }

    private static UUID adviserOn(List<Allocation> allocations, LocalDate day) {
        for (Allocation allocation : allocations.reversed()) {
            if (!day.isBefore(allocation.startedOn())) {
                return allocation.adviserId();
            }
        }
        return allocations.getFirst().adviserId();
    }

    private static LocalDate later(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static OffsetDateTime at(LocalDate day) {
        return day.atTime(16, 30).atOffset(ZoneOffset.UTC);
    }

    /** The batched inserts, one per table, flushed parents first so every foreign key finds its row. */
    private final class Writer {
        final BatchedInsert<?> youngPeople = new BatchedInsert<>(dsl, YOUNG_PERSON, YOUNG_PERSON.ID, YOUNG_PERSON.GIVEN_NAME,
                YOUNG_PERSON.FAMILY_NAME, YOUNG_PERSON.PREFERRED_NAME, YOUNG_PERSON.DATE_OF_BIRTH, YOUNG_PERSON.ETHNICITY,
                YOUNG_PERSON.UNACCOMPANIED_ASYLUM_SEEKING, YOUNG_PERSON.CONTACT_FREQUENCY, YOUNG_PERSON.TEAM_ID);
        final BatchedInsert<?> categories = new BatchedInsert<>(dsl, CARE_LEAVER_CATEGORY, CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID,
                CARE_LEAVER_CATEGORY.CATEGORY, CARE_LEAVER_CATEGORY.APPLIES_FROM, CARE_LEAVER_CATEGORY.RECORDED_BY);
        final BatchedInsert<?> inTouch = new BatchedInsert<>(dsl, IN_TOUCH_STATUS, IN_TOUCH_STATUS.YOUNG_PERSON_ID,
                IN_TOUCH_STATUS.STATUS, IN_TOUCH_STATUS.APPLIES_FROM, IN_TOUCH_STATUS.RECORDED_BY);
        final BatchedInsert<?> allocations = new BatchedInsert<>(dsl, ADVISER_ALLOCATION, ADVISER_ALLOCATION.YOUNG_PERSON_ID,
                ADVISER_ALLOCATION.STAFF_MEMBER_ID, ADVISER_ALLOCATION.STARTED_ON, ADVISER_ALLOCATION.ENDED_ON,
                ADVISER_ALLOCATION.RECORDED_BY);
        final BatchedInsert<?> contacts = new BatchedInsert<>(dsl, CONTACT, CONTACT.YOUNG_PERSON_ID, CONTACT.KIND,
                CONTACT.HAPPENED_ON, CONTACT.SEEN_ALONE, CONTACT.NOTES, CONTACT.RECORDED_BY, CONTACT.RECORDED_AT);
        final BatchedInsert<?> changes = new BatchedInsert<>(dsl, CIRCUMSTANCE_CHANGE, CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID,
                CIRCUMSTANCE_CHANGE.KIND, CIRCUMSTANCE_CHANGE.OCCURRED_ON, CIRCUMSTANCE_CHANGE.INTO_AUTHORITY_ACCOMMODATION,
                CIRCUMSTANCE_CHANGE.DESCRIPTION, CIRCUMSTANCE_CHANGE.REPORTED_BY, CIRCUMSTANCE_CHANGE.RECORDED_BY,
                CIRCUMSTANCE_CHANGE.RECORDED_AT);
        final BatchedInsert<?> plans = new BatchedInsert<>(dsl, PATHWAY_PLAN, PATHWAY_PLAN.ID, PATHWAY_PLAN.YOUNG_PERSON_ID,
                PATHWAY_PLAN.LATEST_VERSION, PATHWAY_PLAN.CREATED_AT);
        final BatchedInsert<?> versions = new BatchedInsert<>(dsl, PATHWAY_PLAN_VERSION, PATHWAY_PLAN_VERSION.PLAN_ID,
                PATHWAY_PLAN_VERSION.VERSION_NUMBER, PATHWAY_PLAN_VERSION.CONTENT, PATHWAY_PLAN_VERSION.CHANGE_SUMMARY,
                PATHWAY_PLAN_VERSION.AUTHOR_STAFF_ID, PATHWAY_PLAN_VERSION.SAVED_AT);
        final BatchedInsert<?> signOffs = new BatchedInsert<>(dsl, PATHWAY_PLAN_SIGN_OFF, PATHWAY_PLAN_SIGN_OFF.PLAN_ID,
                PATHWAY_PLAN_SIGN_OFF.VERSION_NUMBER, PATHWAY_PLAN_SIGN_OFF.SIGNED_OFF_BY, PATHWAY_PLAN_SIGN_OFF.SIGNED_OFF_AT);

        void flush() {
            List.of(youngPeople, categories, inTouch, allocations, contacts, changes, plans, versions, signOffs)
                    .forEach(BatchedInsert::flush);
        }
    }
}
