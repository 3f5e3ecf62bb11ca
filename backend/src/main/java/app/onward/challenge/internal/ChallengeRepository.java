package app.onward.challenge.internal;

import app.onward.challenge.Answerer;
import app.onward.challenge.Challenge;
import app.onward.challenge.ChallengeAction;
import app.onward.challenge.ChallengeEvent;
import app.onward.challenge.ChallengeMessage;
import app.onward.challenge.ChallengeStatus;
import app.onward.challenge.ChallengeTheme;
import app.onward.challenge.Leader;
import app.onward.challenge.QuoteWarnings.KnownNames;
import app.onward.challenge.YouSaidWeDid;
import app.onward.challenge.YouSaidWeDidDraft;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import static app.onward.jooq.Tables.CHALLENGE;
import static app.onward.jooq.Tables.CHALLENGE_ACTION;
import static app.onward.jooq.Tables.CHALLENGE_LEADER;
import static app.onward.jooq.Tables.CHALLENGE_MESSAGE;
import static app.onward.jooq.Tables.CHALLENGE_STEP_TAKEN;
import static app.onward.jooq.Tables.YOUNG_PERSON;
import static app.onward.jooq.Tables.YOU_SAID_WE_DID;

/** Challenges, their steps, actions, conversation and public wording; nested lists many challenges at a time. */
@Repository
public class ChallengeRepository {

    /** What a submission writes in the step log (the status history starts with it). */
    public static final String SUBMIT = "SUBMIT";
    public static final String COMPLETE_ACTION = "COMPLETE_ACTION";

    private final DSLContext dsl;

    ChallengeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record NewChallenge(ChallengeTheme theme, String title, List<String> quotes, String ask, UUID answererLeaderId,
                               String raisedBySubject, String raisedByName, LocalDate raisedOn, LocalDate responseDueOn) {
    }

    public record NewAction(String owner, String description, LocalDate dueOn) {
    }

    /** Where a page of challenges starts after: the last one's creation time and id (newest first). */
    public record Cursor(OffsetDateTime createdAt, UUID id) {
    }

    public record Row(Challenge challenge, Cursor cursor) {
    }

    /** A step taken since some version, for telling someone what happened. */
    public record StepTaken(int version, String step, String byName, OffsetDateTime at) {
    }

    // Leaders and names.

    public List<Leader> leaders() {
        return dsl.selectFrom(CHALLENGE_LEADER).orderBy(CHALLENGE_LEADER.DISPLAY_NAME)
                .fetch(row -> new Leader(row.getId(), row.getAccountSubject(), row.getDisplayName(), row.getJobTitle(),
                        row.getOnBoard()));
    }

    public Optional<Leader> leaderSignedInAs(String subject) {
        return leaders().stream().filter(leader -> subject.equals(leader.accountSubject())).findFirst();
    }

    public KnownNames knownNames() {
        Set<String> first = new HashSet<>();
        Set<String> full = new HashSet<>();
        dsl.select(YOUNG_PERSON.GIVEN_NAME, YOUNG_PERSON.PREFERRED_NAME, YOUNG_PERSON.FAMILY_NAME).from(YOUNG_PERSON)
                .forEach(row -> {
                    first.add(row.value1());
                    full.add(row.value1() + " " + row.value3());
                    if (row.value2() != null && !row.value2().isBlank()) {
                        first.add(row.value2());
                        full.add(row.value2() + " " + row.value3());
                    }
                });
        return new KnownNames(first, full);
    }

    // Challenges.

    public UUID insert(NewChallenge challenge) {
        return dsl.insertInto(CHALLENGE)
                .set(CHALLENGE.THEME, challenge.theme().name())
                .set(CHALLENGE.TITLE, challenge.title())
                .set(CHALLENGE.QUOTES, challenge.quotes().toArray(String[]::new))
                .set(CHALLENGE.ASK, challenge.ask())
                .set(CHALLENGE.ANSWERER_LEADER_ID, challenge.answererLeaderId())
                .set(CHALLENGE.RAISED_BY_SUBJECT, challenge.raisedBySubject())
                .set(CHALLENGE.RAISED_BY_NAME, challenge.raisedByName())
                .set(CHALLENGE.RAISED_ON, challenge.raisedOn())
                .set(CHALLENGE.RESPONSE_DUE_ON, challenge.responseDueOn())
                .returning(CHALLENGE.ID)
                .fetchSingle(CHALLENGE.ID);
    }

    public Optional<Challenge> find(UUID id) {
        return withAnswerer().where(CHALLENGE.ID.eq(id)).fetchOptional(ChallengeRepository::challenge);
    }

    /** Newest first; one more than {@code first} when there are more. */
    public List<Row> page(ChallengeStatus status, Cursor after, int first) {
        Condition condition = status == null ? DSL.noCondition() : CHALLENGE.STATUS.eq(status.name());
        if (after != null) {
            condition = condition.and(DSL.row(CHALLENGE.CREATED_AT, CHALLENGE.ID).lt(after.createdAt(), after.id()));
        }
        return withAnswerer().where(condition).orderBy(CHALLENGE.CREATED_AT.desc(), CHALLENGE.ID.desc()).limit(first + 1)
                .fetch(row -> new Row(challenge(row), new Cursor(row.get(CHALLENGE.CREATED_AT), row.get(CHALLENGE.ID))));
    }

    /** Challenges someone may still have a step to take on: not closed, or closed with wording not yet published. */
    public List<Challenge> stillMoving() {
        return withAnswerer().where(CHALLENGE.STATUS.ne(ChallengeStatus.CLOSED.name())
                        .or(DSL.exists(DSL.selectOne().from(YOU_SAID_WE_DID).where(YOU_SAID_WE_DID.CHALLENGE_ID.eq(CHALLENGE.ID))
                                .and(YOU_SAID_WE_DID.PUBLISHED_AT.isNull()))))
                .orderBy(CHALLENGE.RESPONSE_DUE_ON, CHALLENGE.CREATED_AT)
                .fetch(ChallengeRepository::challenge);
    }

    /** Put to this leader, or to the board when they sit on it; not closed; the earliest due first. */
    public List<Challenge> inbox(Leader leader) {
        Condition answerer = CHALLENGE.ANSWERER_LEADER_ID.eq(leader.id());
        if (leader.onBoard()) {
            answerer = answerer.or(CHALLENGE.ANSWERER_LEADER_ID.isNull());
        }
        return withAnswerer().where(answerer).and(CHALLENGE.STATUS.ne(ChallengeStatus.CLOSED.name()))
                .orderBy(CHALLENGE.RESPONSE_DUE_ON, CHALLENGE.CREATED_AT)
                .fetch(ChallengeRepository::challenge);
    }

    /**
     * Moves the challenge on from {@code version} (status, and the response when given); false when it is no longer
     * at that version (someone else took a step first), and then nothing is written.
     */
    public boolean moveOn(UUID id, int version, ChallengeStatus status, String response) {
        var update = dsl.update(CHALLENGE).set(CHALLENGE.VERSION, version + 1).set(CHALLENGE.STATUS, status.name());
        if (response != null) {
            update = update.set(CHALLENGE.RESPONSE, response);
        }
        return update.where(CHALLENGE.ID.eq(id)).and(CHALLENGE.VERSION.eq(version)).execute() == 1;
    }

    public void stepTaken(UUID challenge, int version, String step, ChallengeStatus status, String bySubject, String byName) {
        dsl.insertInto(CHALLENGE_STEP_TAKEN)
                .set(CHALLENGE_STEP_TAKEN.CHALLENGE_ID, challenge)
                .set(CHALLENGE_STEP_TAKEN.VERSION, version)
                .set(CHALLENGE_STEP_TAKEN.STEP, step)
                .set(CHALLENGE_STEP_TAKEN.STATUS, status.name())
                .set(CHALLENGE_STEP_TAKEN.BY_SUBJECT, bySubject)
                .set(CHALLENGE_STEP_TAKEN.BY_NAME, byName)
                .execute();
    }

    public List<StepTaken> stepsSince(UUID challenge, int version) {
        return dsl.selectFrom(CHALLENGE_STEP_TAKEN)
                .where(CHALLENGE_STEP_TAKEN.CHALLENGE_ID.eq(challenge)).and(CHALLENGE_STEP_TAKEN.VERSION.gt(version))
                .orderBy(CHALLENGE_STEP_TAKEN.VERSION)
                .fetch(row -> new StepTaken(row.getVersion(), row.getStep(), row.getByName(), row.getTakenAt()));
    }

    /** Each challenge's submission and the steps that moved its status, oldest first. */
    public Map<UUID, List<ChallengeEvent>> history(Collection<UUID> challenges, Set<String> statusSteps) {
        return dsl.selectFrom(CHALLENGE_STEP_TAKEN)
                .where(CHALLENGE_STEP_TAKEN.CHALLENGE_ID.in(challenges)).and(CHALLENGE_STEP_TAKEN.STEP.in(statusSteps))
                .orderBy(CHALLENGE_STEP_TAKEN.VERSION)
                .fetchGroups(CHALLENGE_STEP_TAKEN.CHALLENGE_ID, row -> new ChallengeEvent(
                        ChallengeStatus.valueOf(row.getStatus()), row.getTakenAt(), row.getByName()));
    }

    // Actions.

    /** The proposal in force, in the order proposed. */
    public Map<UUID, List<ChallengeAction>> actions(Collection<UUID> challenges) {
        return dsl.selectFrom(CHALLENGE_ACTION)
                .where(CHALLENGE_ACTION.CHALLENGE_ID.in(challenges)).and(CHALLENGE_ACTION.SUPERSEDED.isFalse())
                .orderBy(CHALLENGE_ACTION.POSITION)
                .fetchGroups(CHALLENGE_ACTION.CHALLENGE_ID, row -> new ChallengeAction(row.getId(), row.getOwner(),
                        row.getDescription(), row.getDueOn(), row.getDoneOn()));
    }

    /** A new proposal supersedes any earlier one (kept, for the record). */
    public void propose(UUID challenge, List<NewAction> actions) {
        dsl.update(CHALLENGE_ACTION).set(CHALLENGE_ACTION.SUPERSEDED, true)
                .where(CHALLENGE_ACTION.CHALLENGE_ID.eq(challenge)).and(CHALLENGE_ACTION.SUPERSEDED.isFalse()).execute();
        for (int i = 0; i < actions.size(); i++) {
            NewAction action = actions.get(i);
            dsl.insertInto(CHALLENGE_ACTION)
                    .set(CHALLENGE_ACTION.CHALLENGE_ID, challenge)
                    .set(CHALLENGE_ACTION.POSITION, i)
                    .set(CHALLENGE_ACTION.OWNER, action.owner())
                    .set(CHALLENGE_ACTION.DESCRIPTION, action.description())
                    .set(CHALLENGE_ACTION.DUE_ON, action.dueOn())
                    .execute();
        }
    }

    public void actionDone(UUID action, LocalDate doneOn) {
        dsl.update(CHALLENGE_ACTION).set(CHALLENGE_ACTION.DONE_ON, doneOn).where(CHALLENGE_ACTION.ID.eq(action)).execute();
    }

    // Messages.

    public Map<UUID, List<ChallengeMessage>> messages(Collection<UUID> challenges) {
        return dsl.selectFrom(CHALLENGE_MESSAGE)
                .where(CHALLENGE_MESSAGE.CHALLENGE_ID.in(challenges))
                .orderBy(CHALLENGE_MESSAGE.SENT_AT, CHALLENGE_MESSAGE.ID)
                .fetchGroups(CHALLENGE_MESSAGE.CHALLENGE_ID, row -> new ChallengeMessage(row.getBody(), row.getByName(),
                        row.getSide(), row.getSentAt()));
    }

    public UUID insertMessage(UUID challenge, String body, String side, String bySubject, String byName) {
        return dsl.insertInto(CHALLENGE_MESSAGE)
                .set(CHALLENGE_MESSAGE.CHALLENGE_ID, challenge)
                .set(CHALLENGE_MESSAGE.BODY, body)
                .set(CHALLENGE_MESSAGE.SIDE, side)
                .set(CHALLENGE_MESSAGE.BY_SUBJECT, bySubject)
                .set(CHALLENGE_MESSAGE.BY_NAME, byName)
                .returning(CHALLENGE_MESSAGE.ID)
                .fetchSingle(CHALLENGE_MESSAGE.ID);
    }

    // "You said, we did".

    public Map<UUID, YouSaidWeDidDraft> wordings(Collection<UUID> challenges) {
        return dsl.selectFrom(YOU_SAID_WE_DID).where(YOU_SAID_WE_DID.CHALLENGE_ID.in(challenges))
                .fetchMap(YOU_SAID_WE_DID.CHALLENGE_ID, row -> new YouSaidWeDidDraft(row.getYouSaid(), row.getWeDid(),
                        row.getAgreedByName(), row.getAgreedAt(), row.getPublishedAt()));
    }

    /** A new wording withdraws any agreement to the earlier one. */
    public void draft(UUID challenge, String youSaid, String weDid) {
        dsl.insertInto(YOU_SAID_WE_DID)
                .set(YOU_SAID_WE_DID.CHALLENGE_ID, challenge)
                .set(YOU_SAID_WE_DID.YOU_SAID, youSaid)
                .set(YOU_SAID_WE_DID.WE_DID, weDid)
                .onConflict(YOU_SAID_WE_DID.TENANT_ID, YOU_SAID_WE_DID.CHALLENGE_ID).doUpdate()
                .set(YOU_SAID_WE_DID.YOU_SAID, youSaid)
                .set(YOU_SAID_WE_DID.WE_DID, weDid)
                .set(YOU_SAID_WE_DID.DRAFTED_AT, DSL.currentOffsetDateTime())
                .setNull(YOU_SAID_WE_DID.AGREED_BY_SUBJECT)
                .setNull(YOU_SAID_WE_DID.AGREED_BY_NAME)
                .setNull(YOU_SAID_WE_DID.AGREED_AT)
                .execute();
    }

    public void agree(UUID challenge, String bySubject, String byName) {
        dsl.update(YOU_SAID_WE_DID)
                .set(YOU_SAID_WE_DID.AGREED_BY_SUBJECT, bySubject)
                .set(YOU_SAID_WE_DID.AGREED_BY_NAME, byName)
                .set(YOU_SAID_WE_DID.AGREED_AT, DSL.currentOffsetDateTime())
                .where(YOU_SAID_WE_DID.CHALLENGE_ID.eq(challenge)).execute();
    }

    /** What the public will read is copied in now: the challenge itself is never read on the public path. */
    public void publish(UUID challenge, ChallengeTheme theme, String title, String answeredBy) {
        dsl.update(YOU_SAID_WE_DID)
                .set(YOU_SAID_WE_DID.PUBLISHED_AT, DSL.currentOffsetDateTime())
                .set(YOU_SAID_WE_DID.PUBLISHED_THEME, theme.name())
                .set(YOU_SAID_WE_DID.PUBLISHED_TITLE, title)
                .set(YOU_SAID_WE_DID.PUBLISHED_ANSWERED_BY, answeredBy)
                .where(YOU_SAID_WE_DID.CHALLENGE_ID.eq(challenge)).execute();
    }

    public void withdraw(UUID challenge) {
        dsl.update(YOU_SAID_WE_DID).setNull(YOU_SAID_WE_DID.PUBLISHED_AT)
                .where(YOU_SAID_WE_DID.CHALLENGE_ID.eq(challenge)).execute();
    }

    /** For the public path: row-level security shows only published rows of the public tenant. */
    public List<YouSaidWeDid> published() {
        return dsl.selectFrom(YOU_SAID_WE_DID).where(YOU_SAID_WE_DID.PUBLISHED_AT.isNotNull())
                .orderBy(YOU_SAID_WE_DID.PUBLISHED_AT.desc())
                .fetch(row -> new YouSaidWeDid(row.getChallengeId(), ChallengeTheme.valueOf(row.getPublishedTheme()),
                        row.getPublishedTitle(), row.getYouSaid(), row.getWeDid(), row.getPublishedAnsweredBy(),
                        row.getPublishedAt().atZoneSameInstant(app.onward.clock.Today.ENGLAND).toLocalDate()));
    }

    private SelectOnConditionStep<Record> withAnswerer() {
        return dsl.select(CHALLENGE.fields()).select(CHALLENGE_LEADER.DISPLAY_NAME, CHALLENGE_LEADER.JOB_TITLE)
                .from(CHALLENGE).leftJoin(CHALLENGE_LEADER).on(CHALLENGE_LEADER.ID.eq(CHALLENGE.ANSWERER_LEADER_ID));
    }

    private static Challenge challenge(Record row) {
        UUID leader = row.get(CHALLENGE.ANSWERER_LEADER_ID);
        Answerer answerer = leader == null ? Answerer.BOARD
                : new Answerer(leader, row.get(CHALLENGE_LEADER.DISPLAY_NAME), row.get(CHALLENGE_LEADER.JOB_TITLE));
        return new Challenge(row.get(CHALLENGE.ID), row.get(CHALLENGE.VERSION), ChallengeTheme.valueOf(row.get(CHALLENGE.THEME)),
                row.get(CHALLENGE.TITLE), List.of(row.get(CHALLENGE.QUOTES)), row.get(CHALLENGE.ASK), answerer,
                row.get(CHALLENGE.RAISED_BY_NAME), row.get(CHALLENGE.RAISED_ON), row.get(CHALLENGE.RESPONSE_DUE_ON),
                ChallengeStatus.valueOf(row.get(CHALLENGE.STATUS)), row.get(CHALLENGE.RESPONSE));
    }
}
