package app.onward.demo;

import app.onward.clock.Today;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.CIRCUMSTANCE_CHANGE;
import static app.onward.jooq.Tables.CONTACT;
import static app.onward.jooq.Tables.IN_TOUCH_STATUS;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.TEAM;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/** Writes a demo authority's teams, staff and young people, in the tenant's transaction. */
@Component
class DemoCaseworkLoader {

    private static final String LOADED_BY = "demo-data";

    private final DSLContext dsl;
    private final Today today;
    private final DemoAccommodationLoader whereTheyLive;
    private final DemoStayingLoader staying;
    private final DemoReferralsLoader referrals;

    DemoCaseworkLoader(DSLContext dsl, Today today, DemoAccommodationLoader whereTheyLive, DemoStayingLoader staying,
                       DemoReferralsLoader referrals) {
        this.dsl = dsl;
        this.today = today;
        this.whereTheyLive = whereTheyLive;
        this.staying = staying;
        this.referrals = referrals;
    }

    /** The ids of the young people written; empty when the authority already had teams (loaded before). */
    @Transactional(propagation = Propagation.MANDATORY)
    List<UUID> load(DemoCasework casework) {
        if (dsl.fetchExists(TEAM)) {
            return List.of();
        }
        LocalDate today = this.today.date();
        List<UUID> youngPeople = new ArrayList<>();
        for (DemoCasework.DemoTeam team : casework.teams()) {
            UUID teamId = dsl.insertInto(TEAM).set(TEAM.NAME, team.name()).returning(TEAM.ID).fetchSingle(TEAM.ID);
            List<UUID> staffIds = team.staff().stream().map(staff -> dsl.insertInto(STAFF_MEMBER)
                    .set(STAFF_MEMBER.ACCOUNT_SUBJECT, staff.accountSubject())
                    .set(STAFF_MEMBER.DISPLAY_NAME, staff.name())
                    .set(STAFF_MEMBER.JOB_TITLE, staff.jobTitle())
                    .set(STAFF_MEMBER.EMAIL, staff.email())
                    .set(STAFF_MEMBER.PHONE, staff.phone())
                    .set(STAFF_MEMBER.TEAM_ID, teamId)
                    .returning(STAFF_MEMBER.ID)
                    .fetchSingle(STAFF_MEMBER.ID)).toList();
            for (DemoCasework.DemoYoungPerson person : team.youngPeople()) {
                UUID adviserId = staffIds.get(person.adviserIndex());
                UUID id = loadYoungPerson(person, teamId, adviserId, today);
                loadHistory(youngPeople.size(), id, adviserId, today);
                whereTheyLive.load(youngPeople.size(), person.givenName(), id, adviserId, person.dateOfBirth(today), today);
                if (casework.authority().equals("northmoor")) {
                    staying.load(person.givenName(), id, adviserId, person.dateOfBirth(today), today);
                }
                referrals.load(person.givenName(), id, adviserId, today);
                youngPeople.add(id);
            }
        }
        return youngPeople;
    }

    private UUID loadYoungPerson(DemoCasework.DemoYoungPerson person, UUID teamId, UUID adviserId, LocalDate today) {
        LocalDate born = person.dateOfBirth(today);
        LocalDate leftCare = born.plusYears(16).plusMonths(1);
        UUID id = dsl.insertInto(YOUNG_PERSON)
                .set(YOUNG_PERSON.GIVEN_NAME, person.givenName())
                .set(YOUNG_PERSON.FAMILY_NAME, person.familyName())
                .set(YOUNG_PERSON.PREFERRED_NAME, person.preferredName())
                .set(YOUNG_PERSON.PRONOUNS, person.pronouns())
                .set(YOUNG_PERSON.DATE_OF_BIRTH, born)
                .set(YOUNG_PERSON.ETHNICITY, person.ethnicity())
                .set(YOUNG_PERSON.UNACCOMPANIED_ASYLUM_SEEKING, person.unaccompaniedAsylumSeeking())
                .set(YOUNG_PERSON.EMAIL, person.givenName().toLowerCase() + "@young-people.example")
                .set(YOUNG_PERSON.PHONE, "07700 900" + String.format("%03d", Math.abs(person.familyName().hashCode()) % 1000))
                .set(YOUNG_PERSON.CONSENTS_TO_TEXTS, true)
                .set(YOUNG_PERSON.TEAM_ID, teamId)
                .set(YOUNG_PERSON.ACCOUNT_SUBJECT, person.accountSubject())
                .returning(YOUNG_PERSON.ID)
                .fetchSingle(YOUNG_PERSON.ID);
        LocalDate categoryFrom = switch (person.category()) {
            case "ELIGIBLE" -> leftCare.isAfter(today) ? born.plusYears(16) : leftCare;
            case "FORMER_RELEVANT" -> born.plusYears(18);
            default -> leftCare.isAfter(today) ? today : leftCare;
        };
        dsl.insertInto(CARE_LEAVER_CATEGORY)
                .set(CARE_LEAVER_CATEGORY.YOUNG_PERSON_ID, id)
                .set(CARE_LEAVER_CATEGORY.CATEGORY, person.category())
                .set(CARE_LEAVER_CATEGORY.APPLIES_FROM, categoryFrom.isAfter(today) ? today : categoryFrom)
                .set(CARE_LEAVER_CATEGORY.RECORDED_BY, LOADED_BY)
                .execute();
        dsl.insertInto(IN_TOUCH_STATUS)
                .set(IN_TOUCH_STATUS.YOUNG_PERSON_ID, id)
                .set(IN_TOUCH_STATUS.STATUS, "YES")
                .set(IN_TOUCH_STATUS.APPLIES_FROM, born.plusYears(16))
                .set(IN_TOUCH_STATUS.RECORDED_BY, LOADED_BY)
                .execute();
        dsl.insertInto(ADVISER_ALLOCATION)
                .set(ADVISER_ALLOCATION.YOUNG_PERSON_ID, id)
                .set(ADVISER_ALLOCATION.STAFF_MEMBER_ID, adviserId)
                .set(ADVISER_ALLOCATION.STARTED_ON, born.plusYears(16))
                .set(ADVISER_ALLOCATION.RECORDED_BY, LOADED_BY)
                .execute();
        return id;
    }

    /** Days since each demo young person's last contact, in turn: with the default two-monthly contact, some are overdue. */
    private static final int[] DAYS_SINCE_CONTACT = {3, 70, 20, 45, 95, 10, 30, 64, 5};

    /**
     * Some history, so the caseload and the young person's view look lived in: a few contacts, and for two of
     * them a change of circumstances (one a move into the authority's accommodation, so a visit is due).
     */
    private void loadHistory(int position, UUID youngPerson, UUID adviserId, LocalDate today) {
        int daysAgo = DAYS_SINCE_CONTACT[position % DAYS_SINCE_CONTACT.length];
        contact(youngPerson, adviserId, "VISIT", today.minusDays(daysAgo + 28L), true, "Talked through college options over a coffee.");
        contact(youngPerson, adviserId, position % 2 == 0 ? "PHONE" : "TEXT", today.minusDays(daysAgo), null,
                "Checked in about the week ahead.");
        if (position % 7 == 2) {
            change(youngPerson, "MOVED_HOME", today.minusDays(3), true, "Moved into a council flat.");
        } else if (position % 7 == 3) {
            change(youngPerson, "EDUCATION_OR_WORK_CHANGED", today.minusDays(12), false, "Started an apprenticeship.");
        }
    }

    private void contact(UUID youngPerson, UUID adviserId, String kind, LocalDate on, Boolean seenAlone, String notes) {
        dsl.insertInto(CONTACT)
                .set(CONTACT.YOUNG_PERSON_ID, youngPerson)
                .set(CONTACT.KIND, kind)
                .set(CONTACT.HAPPENED_ON, on)
                .set(CONTACT.SEEN_ALONE, seenAlone)
                .set(CONTACT.NOTES, notes)
                .set(CONTACT.RECORDED_BY, adviserId)
                .execute();
    }

    private void change(UUID youngPerson, String kind, LocalDate on, boolean intoAuthorityAccommodation, String description) {
        dsl.insertInto(CIRCUMSTANCE_CHANGE)
                .set(CIRCUMSTANCE_CHANGE.YOUNG_PERSON_ID, youngPerson)
                .set(CIRCUMSTANCE_CHANGE.KIND, kind)
                .set(CIRCUMSTANCE_CHANGE.OCCURRED_ON, on)
                .set(CIRCUMSTANCE_CHANGE.INTO_AUTHORITY_ACCOMMODATION, intoAuthorityAccommodation)
                .set(CIRCUMSTANCE_CHANGE.DESCRIPTION, description)
                .set(CIRCUMSTANCE_CHANGE.REPORTED_BY, "STAFF")
                .set(CIRCUMSTANCE_CHANGE.RECORDED_BY, LOADED_BY)
                .execute();
    }
}
