package app.onward.demo;

import app.onward.clock.Today;
import app.onward.settings.AuthoritySettingsService;
import app.onward.settings.WorkingCalendar;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import static app.onward.jooq.Tables.CHALLENGE;
import static app.onward.jooq.Tables.CHALLENGE_ACTION;
import static app.onward.jooq.Tables.CHALLENGE_LEADER;
import static app.onward.jooq.Tables.CHALLENGE_MESSAGE;
import static app.onward.jooq.Tables.CHALLENGE_STEP_TAKEN;
import static app.onward.jooq.Tables.YOU_SAID_WE_DID;

/**
 * Each demo authority's leaders (the realm's leader user, linked by account subject, and others without accounts,
 * some on the corporate parenting board) and Youth Voice challenges in several states: Northmoor's has one overdue,
 * one waiting for its leader's response, one with agreed actions, one responded and waiting for the Youth Voice
 * worker, and one closed with its "you said, we did" published. Days are counted back from today. Loaded once.
 */
@Component
class DemoChallengesLoader {

    private final DSLContext dsl;
    private final Today today;
    private final AuthoritySettingsService settings;

    DemoChallengesLoader(DSLContext dsl, Today today, AuthoritySettingsService settings) {
        this.dsl = dsl;
        this.today = today;
        this.settings = settings;
    }

    private record Voice(String subject, String name) {}

    @Transactional(propagation = Propagation.MANDATORY)
    void load(String authority) {
        if (dsl.fetchExists(CHALLENGE_LEADER)) {
            return;
        }
        if (authority.equals("northmoor")) {
            northmoor();
        } else if (authority.equals("wealdshire")) {
            wealdshire();
        }
    }

    private void northmoor() {
        Voice aisha = new Voice("0b000000-0000-4000-8000-000002000006", "Aisha Rahman");
        UUID margaret = leader("0b000000-0000-4000-8000-000002000007", "Margaret O'Connell", "Director of Children's Services", true);
        leader(null, "Cllr Joan Whitaker", "Lead Member for Children's Services", true);
        UUID housing = leader(null, "David Okafor", "Head of Housing Services", false);
        leader(null, "Dr Helen Marsh", "Designated Doctor for Children in Care", true);
        Voice margaretSigns = new Voice("0b000000-0000-4000-8000-000002000007", "Margaret O'Connell");
        Voice board = new Voice("demo-board", "Cllr Joan Whitaker");

        UUID damp = challenge("HOUSING", "Damp and mould in supported flats",
                List.of("My walls go black every winter and my asthma gets worse.",
                        "We reported the mould three times and nobody came."),
                "Inspect every supported flat for damp before winter, and tell us when each will be fixed.",
                housing, aisha, 40, "SUBMITTED", null);
        step(damp, 1, "SUBMIT", "SUBMITTED", aisha, 40);

        UUID waiting = challenge("MENTAL_HEALTH", "Waiting too long for mental health support after 18",
                List.of("I was told I was too old for CAMHS and too young for the adult team.",
                        "I waited seven months for a first appointment."),
                "Agree a way in to adult mental health support for care leavers that does not start the wait again at 18.",
                margaret, aisha, 6, "ACKNOWLEDGED", null);
        step(waiting, 1, "SUBMIT", "SUBMITTED", aisha, 6);
        step(waiting, 2, "ACKNOWLEDGE", "ACKNOWLEDGED", margaretSigns, 4);
        message(waiting, "Thank you for raising this. I have asked the mental health trust for their waiting times by age.",
                "ANSWERER", margaretSigns, 4);

        UUID words = challenge("LANGUAGE_IN_RECORDS", "The words used in our records",
                List.of("My file says I 'absconded' when I went to my nan's.",
                        "Don't call my family 'contact'. It's family time."),
                "Change the words social workers use in records, using the words young people chose.",
                null, aisha, 70, "ACTIONS_AGREED",
                "The board agrees. We will adopt 'Language that cares' across children's services and check records for it.");
        step(words, 1, "SUBMIT", "SUBMITTED", aisha, 70);
        step(words, 2, "ACKNOWLEDGE", "ACKNOWLEDGED", board, 66);
        step(words, 3, "RESPOND", "RESPONDED", board, 50);
        step(words, 4, "AGREE_ACTIONS", "ACTIONS_AGREED", aisha, 45);
        step(words, 5, "COMPLETE_ACTION", "ACTIONS_AGREED", board, 20);
        action(words, 0, "Principal social worker", "Publish a guide to the words young people prefer", 30, 21);
        action(words, 1, "Training manager", "Train every team in the new words", 5, null);
        action(words, 2, "Head of quality assurance", "Audit 50 records for the old words and report to the board", -40, null);

        UUID heard = challenge("PARTICIPATION", "Being heard at our reviews",
                List.of("My review was about me but I was only asked one question."),
                "Let young people chair part of their own review if they want to.",
                null, aisha, 35, "RESPONDED",
                "Every young person will be offered the chance to chair the first part of their review, with help to prepare.");
        step(heard, 1, "SUBMIT", "SUBMITTED", aisha, 35);
        step(heard, 2, "ACKNOWLEDGE", "ACKNOWLEDGED", board, 30);
        step(heard, 3, "RESPOND", "RESPONDED", board, 3);
        action(heard, 0, "Independent reviewing officers' manager", "Offer every young person the chance to chair", -60, null);

        UUID grant = challenge("MONEY", "The setting-up-home grant does not go far enough",
                List.of("The grant ran out before I had a bed and a cooker.", "Everything costs more than when the grant was set."),
                "Raise the setting-up-home grant to the national amount and let us spend it over two years.",
                margaret, aisha, 200, "CLOSED",
                "We have raised the grant to £3,000 and it can now be spent over two years.");
        step(grant, 1, "SUBMIT", "SUBMITTED", aisha, 200);
        step(grant, 2, "ACKNOWLEDGE", "ACKNOWLEDGED", margaretSigns, 196);
        step(grant, 3, "RESPOND", "RESPONDED", margaretSigns, 180);
        step(grant, 4, "AGREE_ACTIONS", "ACTIONS_AGREED", aisha, 175);
        step(grant, 5, "COMPLETE_ACTION", "ACTIONS_AGREED", margaretSigns, 120);
        step(grant, 6, "MARK_ACTIONS_DONE", "ACTIONS_DONE", margaretSigns, 118);
        step(grant, 7, "CLOSE", "CLOSED", aisha, 110);
        step(grant, 8, "DRAFT_YOU_SAID_WE_DID", "CLOSED", margaretSigns, 100);
        step(grant, 9, "AGREE_YOU_SAID_WE_DID", "CLOSED", aisha, 98);
        step(grant, 10, "PUBLISH_YOU_SAID_WE_DID", "CLOSED", margaretSigns, 97);
        action(grant, 0, "Head of leaving care", "Raise the grant to £3,000 and let it be spent over two years", -150, 121);
        published(grant, "Young people told us the setting-up-home grant ran out before they had the basics.",
                "We raised the grant to £3,000, and you can now spend it over two years.",
                "MONEY", "The setting-up-home grant does not go far enough", "Director of Children's Services", aisha, 98, 97);
    }

    private void wealdshire() {
        Voice hassan = new Voice("0b000000-0000-4000-8000-000003000004", "Hassan Ali");
        UUID rebecca = leader("0b000000-0000-4000-8000-000003000005", "Rebecca Thornton", "Director of Children's Services", true);
        leader(null, "Cllr Peter Hale", "Lead Member for Children and Families", true);
        leader(null, "Amanda Cole", "Head of Transport", false);
        Voice rebeccaSigns = new Voice("0b000000-0000-4000-8000-000003000005", "Rebecca Thornton");

        UUID buses = challenge("EDUCATION_AND_WORK", "Getting to college from the villages",
                List.of("The first bus gets me to college an hour late."),
                "Pay for travel to college for care leavers who live where the buses do not run in time.",
                rebecca, hassan, 8, "SUBMITTED", null);
        step(buses, 1, "SUBMIT", "SUBMITTED", hassan, 8);

        UUID letters = challenge("MONEY", "Council tax letters that frighten us",
                List.of("I got a red letter even though I'm not meant to pay."),
                "Make sure care leavers are never sent council tax demands they do not owe.",
                null, hassan, 150, "CLOSED", "Districts now flag care leavers' accounts so no demand is sent.");
        step(letters, 1, "SUBMIT", "SUBMITTED", hassan, 150);
        step(letters, 2, "ACKNOWLEDGE", "ACKNOWLEDGED", rebeccaSigns, 145);
        step(letters, 3, "RESPOND", "RESPONDED", rebeccaSigns, 130);
        step(letters, 4, "AGREE_ACTIONS", "ACTIONS_AGREED", hassan, 128);
        step(letters, 5, "COMPLETE_ACTION", "ACTIONS_AGREED", rebeccaSigns, 100);
        step(letters, 6, "MARK_ACTIONS_DONE", "ACTIONS_DONE", rebeccaSigns, 99);
        step(letters, 7, "CLOSE", "CLOSED", hassan, 95);
        step(letters, 8, "DRAFT_YOU_SAID_WE_DID", "CLOSED", rebeccaSigns, 90);
        step(letters, 9, "AGREE_YOU_SAID_WE_DID", "CLOSED", hassan, 89);
        step(letters, 10, "PUBLISH_YOU_SAID_WE_DID", "CLOSED", rebeccaSigns, 88);
        action(letters, 0, "Council tax liaison officer", "Flag care leavers' accounts in every district", -120, 101);
        published(letters, "Young people told us they were sent council tax demands they did not owe.",
                "Every district now flags care leavers' accounts, so no demand is sent.",
                "MONEY", "Council tax letters that frighten us", "The corporate parenting board", hassan, 89, 88);
    }

    private UUID leader(String subject, String name, String jobTitle, boolean onBoard) {
        return dsl.insertInto(CHALLENGE_LEADER)
                .set(CHALLENGE_LEADER.ACCOUNT_SUBJECT, subject)
                .set(CHALLENGE_LEADER.DISPLAY_NAME, name)
                .set(CHALLENGE_LEADER.JOB_TITLE, jobTitle)
                .set(CHALLENGE_LEADER.ON_BOARD, onBoard)
                .returning(CHALLENGE_LEADER.ID).fetchSingle(CHALLENGE_LEADER.ID);
    }

    /** Raised {@code daysAgo}, due 20 working days later with the authority's calendar; its version is set by its steps. */
    private UUID challenge(String theme, String title, List<String> quotes, String ask, UUID answerer, Voice raisedBy,
                           int daysAgo, String status, String response) {
        LocalDate raised = today.date().minusDays(daysAgo);
        WorkingCalendar calendar = settings.calendar();
        return dsl.insertInto(CHALLENGE)
                .set(CHALLENGE.THEME, theme)
                .set(CHALLENGE.TITLE, title)
                .set(CHALLENGE.QUOTES, quotes.toArray(String[]::new))
                .set(CHALLENGE.ASK, ask)
                .set(CHALLENGE.ANSWERER_LEADER_ID, answerer)
                .set(CHALLENGE.RAISED_BY_SUBJECT, raisedBy.subject())
                .set(CHALLENGE.RAISED_BY_NAME, raisedBy.name())
                .set(CHALLENGE.RAISED_ON, raised)
                .set(CHALLENGE.RESPONSE_DUE_ON, calendar.plusWorkingDays(raised, 20))
                .set(CHALLENGE.STATUS, status)
                .set(CHALLENGE.RESPONSE, response)
                .set(CHALLENGE.CREATED_AT, at(daysAgo))
                .returning(CHALLENGE.ID).fetchSingle(CHALLENGE.ID);
    }

    private void step(UUID challenge, int version, String step, String status, Voice by, int daysAgo) {
        dsl.insertInto(CHALLENGE_STEP_TAKEN)
                .set(CHALLENGE_STEP_TAKEN.CHALLENGE_ID, challenge)
                .set(CHALLENGE_STEP_TAKEN.VERSION, version)
                .set(CHALLENGE_STEP_TAKEN.STEP, step)
                .set(CHALLENGE_STEP_TAKEN.STATUS, status)
                .set(CHALLENGE_STEP_TAKEN.BY_SUBJECT, by.subject())
                .set(CHALLENGE_STEP_TAKEN.BY_NAME, by.name())
                .set(CHALLENGE_STEP_TAKEN.TAKEN_AT, at(daysAgo))
                .execute();
        dsl.update(CHALLENGE).set(CHALLENGE.VERSION, version).where(CHALLENGE.ID.eq(challenge)).execute();
    }

    /** Due {@code dueInDays} from today (negative: already past), done {@code doneDaysAgo} (null: not yet). */
    private void action(UUID challenge, int position, String owner, String description, int dueInDays, Integer doneDaysAgo) {
        dsl.insertInto(CHALLENGE_ACTION)
                .set(CHALLENGE_ACTION.CHALLENGE_ID, challenge)
                .set(CHALLENGE_ACTION.POSITION, position)
                .set(CHALLENGE_ACTION.OWNER, owner)
                .set(CHALLENGE_ACTION.DESCRIPTION, description)
                .set(CHALLENGE_ACTION.DUE_ON, today.date().plusDays(dueInDays))
                .set(CHALLENGE_ACTION.DONE_ON, doneDaysAgo == null ? null : today.date().minusDays(doneDaysAgo))
                .execute();
    }

    private void message(UUID challenge, String body, String side, Voice by, int daysAgo) {
        dsl.insertInto(CHALLENGE_MESSAGE)
                .set(CHALLENGE_MESSAGE.CHALLENGE_ID, challenge)
                .set(CHALLENGE_MESSAGE.BODY, body)
                .set(CHALLENGE_MESSAGE.SIDE, side)
                .set(CHALLENGE_MESSAGE.BY_SUBJECT, by.subject())
                .set(CHALLENGE_MESSAGE.BY_NAME, by.name())
                .set(CHALLENGE_MESSAGE.SENT_AT, at(daysAgo))
                .execute();
    }

    private void published(UUID challenge, String youSaid, String weDid, String theme, String title, String answeredBy,
                           Voice agreedBy, int agreedDaysAgo, int publishedDaysAgo) {
        dsl.insertInto(YOU_SAID_WE_DID)
                .set(YOU_SAID_WE_DID.CHALLENGE_ID, challenge)
                .set(YOU_SAID_WE_DID.YOU_SAID, youSaid)
                .set(YOU_SAID_WE_DID.WE_DID, weDid)
                .set(YOU_SAID_WE_DID.DRAFTED_AT, at(agreedDaysAgo + 2))
                .set(YOU_SAID_WE_DID.AGREED_BY_SUBJECT, agreedBy.subject())
                .set(YOU_SAID_WE_DID.AGREED_BY_NAME, agreedBy.name())
                .set(YOU_SAID_WE_DID.AGREED_AT, at(agreedDaysAgo))
                .set(YOU_SAID_WE_DID.PUBLISHED_AT, at(publishedDaysAgo))
                .set(YOU_SAID_WE_DID.PUBLISHED_THEME, theme)
                .set(YOU_SAID_WE_DID.PUBLISHED_TITLE, title)
                .set(YOU_SAID_WE_DID.PUBLISHED_ANSWERED_BY, answeredBy)
                .execute();
    }

    private OffsetDateTime at(int daysAgo) {
        return today.date().minusDays(daysAgo).atTime(LocalTime.of(10, 30)).atZone(Today.ENGLAND).toOffsetDateTime();
    }
}
