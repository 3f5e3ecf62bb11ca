package app.onward.challenge;

import app.onward.audit.AuditLog;
import app.onward.challenge.ChallengeInputs.AddChallengeMessageInput;
import app.onward.challenge.ChallengeInputs.ChallengeActionInput;
import app.onward.challenge.ChallengeInputs.ChallengeStepInput;
import app.onward.challenge.ChallengeInputs.CompleteChallengeActionInput;
import app.onward.challenge.ChallengeInputs.DraftYouSaidWeDidInput;
import app.onward.challenge.ChallengeInputs.RespondToChallengeInput;
import app.onward.challenge.ChallengeInputs.SendChallengeBackInput;
import app.onward.challenge.ChallengeInputs.SubmitChallengeInput;
import app.onward.challenge.ChallengeSteps.Side;
import app.onward.challenge.internal.ChallengeRepository;
import app.onward.challenge.internal.ChallengeRepository.NewAction;
import app.onward.challenge.internal.ChallengeRepository.NewChallenge;
import app.onward.clock.Today;
import app.onward.graphql.GlobalId;
import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;
import app.onward.identity.CurrentUser;
import app.onward.identity.OnwardRole;
import app.onward.settings.AuthoritySettingsService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * The steps of a challenge, each by the side {@link ChallengeSteps} allows, against the version it was read at
 * (an older one is refused, saying what happened since), and audited in the same transaction. Quotes are young
 * people's words and messages are people's words: the audit says they were written, never what they say.
 */
@Service
public class ChallengeLifecycle {

    static final String ENTITY = "Challenge";
    /** The default time to respond (issue 6): 20 working days, with the authority's own calendar. */
    static final int WORKING_DAYS_TO_RESPOND = 20;

    private final ChallengeRepository challenges;
    private final ChallengeService reads;
    private final AuthoritySettingsService settings;
    private final AuditLog audit;
    private final Today today;

    ChallengeLifecycle(ChallengeRepository challenges, ChallengeService reads, AuthoritySettingsService settings,
                       AuditLog audit, Today today) {
        this.challenges = challenges;
        this.reads = reads;
        this.settings = settings;
        this.audit = audit;
        this.today = today;
    }

    @Transactional
    public ChallengePayload submit(SubmitChallengeInput input) {
        CurrentUser.requireInAuthority(ChallengeService.MAY_READ, OnwardRole.YOUTH_VOICE_WORKER, OnwardRole.LEADER);
        Participation me = reads.participation();
        if (!me.user().has(OnwardRole.YOUTH_VOICE_WORKER)) {
            return ChallengePayload.refused(UserError.notAllowed(null, "Only a Youth Voice worker can submit a challenge."));
        }
        LocalDate raisedOn = today.date();
        InputChecks checks = new InputChecks().required("title", "a title", input.title(), 120)
                .required("ask", "what you ask of the leader", input.ask(), 2_000);
        List<String> quotes = input.quotes() == null ? List.of() : input.quotes();
        if (quotes.isEmpty()) {
            checks.add(UserError.required("quotes", "at least one thing young people said"));
        }
        for (int i = 0; i < quotes.size(); i++) {
            checks.required("quotes." + i, "what young people said in quote " + (i + 1), quotes.get(i), 1_000);
        }
        Optional<Answerer> answerer = answerer(input.answererId());
        if (answerer.isEmpty()) {
            checks.add(UserError.invalid("answererId", "Choose a leader, or the corporate parenting board, to answer"));
        }
        if (input.responseDueOn() != null && !input.responseDueOn().isAfter(raisedOn)) {
            checks.add(UserError.invalid("responseDueOn", "Enter a day after today for the response to be due"));
        }
        if (!checks.ok()) {
            return ChallengePayload.refused(checks.errors());
        }
        List<String> kept = quotes.stream().map(String::strip).toList();
        LocalDate due = input.responseDueOn() != null ? input.responseDueOn()
                : settings.calendar().plusWorkingDays(raisedOn, WORKING_DAYS_TO_RESPOND);
        UUID id = challenges.insert(new NewChallenge(input.theme(), input.title().strip(), kept, input.ask().strip(),
                answerer.get().leaderId(), me.subject(), me.name(), raisedOn, due));
        challenges.stepTaken(id, 1, ChallengeRepository.SUBMIT, ChallengeStatus.SUBMITTED, me.subject(), me.name());
        audit.record("SUBMIT_CHALLENGE", ENTITY, id, null, Map.of("theme", input.theme().name(), "title", input.title().strip(),
                "quotes", "changed", "ask", "changed", "answererId", input.answererId(), "responseDueOn", due.toString(),
                "status", ChallengeStatus.SUBMITTED.name(), "version", 1));
        return new ChallengePayload(challenges.find(id).orElseThrow(), QuoteWarnings.check(kept, challenges.knownNames()), List.of());
    }

    @Transactional
    public ChallengePayload acknowledge(ChallengeStepInput input) {
        return take(ChallengeStep.ACKNOWLEDGE, input.challengeId(), input.version(), null, checks -> {
        }, (challenge, version) -> Map.of());
    }

    @Transactional
    public ChallengePayload respond(RespondToChallengeInput input) {
        List<ChallengeActionInput> actions = input.actions() == null ? List.of() : input.actions();
        String response = input.response() == null ? null : input.response().strip();
        return take(ChallengeStep.RESPOND, input.challengeId(), input.version(), response, checks -> {
            checks.required("response", "your response", input.response(), 4_000);
            if (actions.isEmpty()) {
                checks.add(UserError.required("actions", "at least one action: who will do what, and by when"));
            }
            for (int i = 0; i < actions.size(); i++) {
                ChallengeActionInput action = actions.get(i);
                checks.required("actions." + i + ".owner", "who will do action " + (i + 1), action.owner(), 200)
                        .required("actions." + i + ".description", "what action " + (i + 1) + " is", action.description(), 1_000);
                if (action.dueOn() == null || action.dueOn().isBefore(today.date())) {
                    checks.add(UserError.invalid("actions." + i + ".dueOn", "Enter today or a later day for action " + (i + 1)));
                }
            }
        }, (challenge, version) -> {
            challenges.propose(challenge.id(), actions.stream()
                    .map(action -> new NewAction(action.owner().strip(), action.description().strip(), action.dueOn())).toList());
            return Map.of("response", "written", "actions", actions.size());
        });
    }

    @Transactional
    public ChallengePayload agreeActions(ChallengeStepInput input) {
        return take(ChallengeStep.AGREE_ACTIONS, input.challengeId(), input.version(), null, checks -> {
        }, (challenge, version) -> Map.of());
    }

    @Transactional
    public ChallengePayload sendBack(SendChallengeBackInput input) {
        return take(ChallengeStep.SEND_BACK, input.challengeId(), input.version(), null,
                checks -> checks.required("message", "why the response is not agreed", input.message(), 2_000),
                (challenge, version) -> {
                    Participation me = reads.participation();
                    challenges.insertMessage(challenge.id(), input.message().strip(), Side.YOUTH_VOICE.name(), me.subject(), me.name());
                    return Map.of("message", "written");
                });
    }

    @Transactional
    public ChallengePayload markActionsDone(ChallengeStepInput input) {
        return take(ChallengeStep.MARK_ACTIONS_DONE, input.challengeId(), input.version(), null, checks -> {
        }, (challenge, version) -> Map.of());
    }

    @Transactional
    public ChallengePayload close(ChallengeStepInput input) {
        return take(ChallengeStep.CLOSE, input.challengeId(), input.version(), null, checks -> {
        }, (challenge, version) -> Map.of());
    }

    @Transactional
    public ChallengePayload draftYouSaidWeDid(DraftYouSaidWeDidInput input) {
        return take(ChallengeStep.DRAFT_YOU_SAID_WE_DID, input.challengeId(), input.version(), null, checks -> checks
                .required("youSaid", "what young people said, for the public", input.youSaid(), 2_000)
                .required("weDid", "what was done, for the public", input.weDid(), 2_000), (challenge, version) -> {
            challenges.draft(challenge.id(), input.youSaid().strip(), input.weDid().strip());
            return Map.of("youSaid", input.youSaid().strip(), "weDid", input.weDid().strip());
        });
    }

    @Transactional
    public ChallengePayload agreeYouSaidWeDid(ChallengeStepInput input) {
        return take(ChallengeStep.AGREE_YOU_SAID_WE_DID, input.challengeId(), input.version(), null, checks -> {
        }, (challenge, version) -> {
            Participation me = reads.participation();
            challenges.agree(challenge.id(), me.subject(), me.name());
            return Map.of("agreed", true);
        });
    }

    @Transactional
    public ChallengePayload publishYouSaidWeDid(ChallengeStepInput input) {
        return take(ChallengeStep.PUBLISH_YOU_SAID_WE_DID, input.challengeId(), input.version(), null, checks -> {
        }, (challenge, version) -> {
            challenges.publish(challenge.id(), challenge.theme(), challenge.title(), challenge.answerer().publicName());
            return Map.of("published", true);
        });
    }

    @Transactional
    public ChallengePayload withdrawYouSaidWeDid(ChallengeStepInput input) {
        return take(ChallengeStep.WITHDRAW_YOU_SAID_WE_DID, input.challengeId(), input.version(), null, checks -> {
        }, (challenge, version) -> {
            challenges.withdraw(challenge.id());
            return Map.of("published", false);
        });
    }

    /** Not one of the lifecycle's steps: it moves no status, but it changes the challenge, so it carries the version. */
    @Transactional
    public ChallengePayload completeAction(CompleteChallengeActionInput input) {
        Participation me = reader();
        Challenge challenge = find(input.challengeId());
        if (input.version() == null || input.version() != challenge.version()) {
            return ChallengePayload.refused(conflict(challenge, input.version()));
        }
        Optional<String> refused = ChallengeSteps.completeActionRefusal(challenge.status(), me.sidesOn(challenge));
        if (refused.isPresent()) {
            return ChallengePayload.refused(UserError.notAllowed(null, refused.get()));
        }
        Optional<ChallengeAction> action = GlobalId.parse(ChallengeId.ACTION, input.actionId()).flatMap(id ->
                challenges.actions(List.of(challenge.id())).getOrDefault(challenge.id(), List.of()).stream()
                        .filter(candidate -> candidate.id().equals(id)).findFirst());
        InputChecks checks = new InputChecks();
        if (action.isEmpty()) {
            checks.add(UserError.notFound("actionId", "This challenge has no such action: look at it again"));
        } else if (action.get().done()) {
            checks.add(UserError.invalid("actionId", "This action is already marked done"));
        }
        if (input.doneOn() == null || input.doneOn().isAfter(today.date()) || input.doneOn().isBefore(challenge.raisedOn())) {
            checks.add(UserError.invalid("doneOn", "Enter the day it was done: today or a day before, not before the challenge was raised"));
        }
        if (!checks.ok()) {
            return ChallengePayload.refused(checks.errors());
        }
        if (!challenges.moveOn(challenge.id(), challenge.version(), challenge.status(), null)) {
            return ChallengePayload.refused(conflict(challenge, challenge.version()));
        }
        challenges.actionDone(action.get().id(), input.doneOn());
        challenges.stepTaken(challenge.id(), challenge.version() + 1, ChallengeRepository.COMPLETE_ACTION, challenge.status(),
                me.subject(), me.name());
        audit.record("COMPLETE_CHALLENGE_ACTION", ENTITY, challenge.id(), Map.of("version", challenge.version()),
                Map.of("version", challenge.version() + 1, "actionId", action.get().id().toString(),
                        "doneOn", input.doneOn().toString()));
        return new ChallengePayload(challenges.find(challenge.id()).orElseThrow(), List.of(), List.of());
    }

    /** Messages carry no version: they are appended, and nobody's words are overwritten. */
    @Transactional
    public ChallengePayload addMessage(AddChallengeMessageInput input) {
        Participation me = reader();
        Challenge challenge = find(input.challengeId());
        Set<Side> sides = me.sidesOn(challenge);
        Optional<String> refused = ChallengeSteps.messageRefusal(challenge.status(), sides);
        if (refused.isPresent()) {
            return ChallengePayload.refused(UserError.notAllowed(null, refused.get()));
        }
        InputChecks checks = new InputChecks().required("body", "your message", input.body(), 2_000);
        if (!checks.ok()) {
            return ChallengePayload.refused(checks.errors());
        }
        Side side = sides.contains(Side.ANSWERER) ? Side.ANSWERER : Side.YOUTH_VOICE;
        UUID message = challenges.insertMessage(challenge.id(), input.body().strip(), side.name(), me.subject(), me.name());
        audit.record("ADD_CHALLENGE_MESSAGE", ENTITY, challenge.id(), null,
                Map.of("messageId", message.toString(), "side", side.name(), "body", "written"));
        return new ChallengePayload(challenge, List.of(), List.of());
    }

    /** What a step writes besides the status, and what the audit should say about it. */
    @FunctionalInterface
    interface Write {
        Map<String, Object> apply(Challenge challenge, int version);
    }

    private ChallengePayload take(ChallengeStep step, String challengeId, Integer version, String response,
                                  Consumer<InputChecks> check, Write write) {
        Participation me = reader();
        Challenge challenge = find(challengeId);
        if (version == null || version != challenge.version()) {
            return ChallengePayload.refused(conflict(challenge, version));
        }
        ChallengeSteps.Situation situation = ChallengeService.situation(challenge,
                challenges.actions(List.of(challenge.id())).getOrDefault(challenge.id(), List.of()),
                challenges.wordings(List.of(challenge.id())).get(challenge.id()));
        Optional<String> refused = ChallengeSteps.refusal(step, situation, me.sidesOn(challenge));
        if (refused.isPresent()) {
            return ChallengePayload.refused(UserError.notAllowed(null, refused.get()));
        }
        InputChecks checks = new InputChecks();
        check.accept(checks);
        if (!checks.ok()) {
            return ChallengePayload.refused(checks.errors());
        }
        ChallengeStatus next = ChallengeSteps.after(step, challenge.status());
        if (!challenges.moveOn(challenge.id(), version, next, response)) {
            return ChallengePayload.refused(conflict(challenge, version));
        }
        Map<String, Object> after = new LinkedHashMap<>(Map.of("status", next.name(), "version", version + 1));
        after.putAll(write.apply(challenge, version + 1));
        challenges.stepTaken(challenge.id(), version + 1, step.name(), next, me.subject(), me.name());
        audit.record(step.name() + "_CHALLENGE", ENTITY, challenge.id(),
                Map.of("status", challenge.status().name(), "version", version), after);
        return new ChallengePayload(challenges.find(challenge.id()).orElseThrow(), List.of(), List.of());
    }

    private Participation reader() {
        CurrentUser.requireInAuthority(ChallengeService.MAY_READ, OnwardRole.YOUTH_VOICE_WORKER, OnwardRole.LEADER);
        return reads.participation();
    }

    private Challenge find(String challengeId) {
        return challenges.find(ChallengeId.challenge(challengeId)).orElseThrow(() -> new NoSuchElementException("No such challenge"));
    }

    private Optional<Answerer> answerer(String answererId) {
        if (ChallengeId.BOARD.equals(answererId)) {
            return Optional.of(Answerer.BOARD);
        }
        return GlobalId.parse(ChallengeId.LEADER, answererId == null ? "" : answererId).flatMap(id -> challenges.leaders()
                .stream().filter(leader -> leader.id().equals(id)).findFirst().map(Leader::asAnswerer));
    }

    /** Refused: someone took a step since {@code version}; say who did what, and that nothing was saved. */
    private UserError conflict(Challenge challenge, Integer version) {
        List<String> happened = new ArrayList<>();
        for (ChallengeRepository.StepTaken taken : challenges.stepsSince(challenge.id(), version == null ? 0 : version)) {
            happened.add(taken.byName() + " " + pastTense(taken.step()) + " on "
                    + taken.at().atZoneSameInstant(Today.ENGLAND).toLocalDate().format(java.time.format.DateTimeFormatter
                    .ofPattern("d MMMM", java.util.Locale.UK)));
        }
        String since = happened.isEmpty() ? "It changed since you opened it." : "Since you opened it, " + String.join("; ", happened) + ".";
        return UserError.conflict(since + " Nothing was saved: look at the challenge again, then try once more.");
    }

    private static String pastTense(String step) {
        return switch (step) {
            case ChallengeRepository.SUBMIT -> "submitted it";
            case ChallengeRepository.COMPLETE_ACTION -> "marked an action done";
            case "ACKNOWLEDGE" -> "acknowledged it";
            case "RESPOND" -> "responded";
            case "AGREE_ACTIONS" -> "agreed the response and actions";
            case "SEND_BACK" -> "sent the response back";
            case "MARK_ACTIONS_DONE" -> "marked the actions done";
            case "CLOSE" -> "closed it";
            case "DRAFT_YOU_SAID_WE_DID" -> "wrote the 'you said, we did' wording";
            case "AGREE_YOU_SAID_WE_DID" -> "agreed the 'you said, we did' wording";
            case "PUBLISH_YOU_SAID_WE_DID" -> "published the 'you said, we did'";
            case "WITHDRAW_YOU_SAID_WE_DID" -> "took the 'you said, we did' off the public pages";
            default -> "changed it";
        };
    }
}
