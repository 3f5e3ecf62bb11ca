package app.onward.challenge;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

import static app.onward.challenge.ChallengeStatus.ACKNOWLEDGED;
import static app.onward.challenge.ChallengeStatus.ACTIONS_AGREED;
import static app.onward.challenge.ChallengeStatus.ACTIONS_DONE;
import static app.onward.challenge.ChallengeStatus.CLOSED;
import static app.onward.challenge.ChallengeStatus.RESPONDED;
import static app.onward.challenge.ChallengeStatus.SUBMITTED;

/**
 * Who may take which step of a challenge, from which status, and where it leads: the one table the lifecycle is
 * read from (the schema's header comment tells the same story). A Youth Voice worker speaks for young people; the
 * answerer is the named leader, or for the corporate parenting board any leader who sits on it.
 */
public final class ChallengeSteps {

    /** The side someone is on for one challenge. */
    public enum Side {
        YOUTH_VOICE("a Youth Voice worker"), ANSWERER("the leader asked to answer");

        private final String words;

        Side(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** Where the public summary is. */
    public enum Wording { NONE, DRAFTED, AGREED, PUBLISHED }

    /** What the rules need to know about a challenge. */
    public record Situation(ChallengeStatus status, Wording wording, boolean everyActionDone) {
    }

    /** {@code next} is null when the step leaves the status as it is. */
    record Rule(ChallengeStep step, Set<ChallengeStatus> from, Side who, ChallengeStatus next,
                Predicate<Situation> also, String unless) {
    }

    private static final Set<ChallengeStatus> AGREED_ONWARDS = EnumSet.of(ACTIONS_AGREED, ACTIONS_DONE, CLOSED);
    private static final Predicate<Situation> ALWAYS = situation -> true;

    static final List<Rule> RULES = List.of(
            new Rule(ChallengeStep.ACKNOWLEDGE, EnumSet.of(SUBMITTED), Side.ANSWERER, ACKNOWLEDGED, ALWAYS, null),
            new Rule(ChallengeStep.RESPOND, EnumSet.of(ACKNOWLEDGED), Side.ANSWERER, RESPONDED, ALWAYS, null),
            new Rule(ChallengeStep.AGREE_ACTIONS, EnumSet.of(RESPONDED), Side.YOUTH_VOICE, ACTIONS_AGREED, ALWAYS, null),
            new Rule(ChallengeStep.SEND_BACK, EnumSet.of(RESPONDED), Side.YOUTH_VOICE, ACKNOWLEDGED, ALWAYS, null),
            new Rule(ChallengeStep.MARK_ACTIONS_DONE, EnumSet.of(ACTIONS_AGREED), Side.ANSWERER, ACTIONS_DONE,
                    Situation::everyActionDone, "every action is done"),
            new Rule(ChallengeStep.CLOSE, EnumSet.of(ACTIONS_DONE), Side.YOUTH_VOICE, CLOSED, ALWAYS, null),
            new Rule(ChallengeStep.DRAFT_YOU_SAID_WE_DID, AGREED_ONWARDS, Side.ANSWERER, null,
                    situation -> situation.wording() != Wording.PUBLISHED, "it is taken off the public pages"),
            new Rule(ChallengeStep.AGREE_YOU_SAID_WE_DID, AGREED_ONWARDS, Side.YOUTH_VOICE, null,
                    situation -> situation.wording() == Wording.DRAFTED, "a wording is drafted and not yet agreed"),
            new Rule(ChallengeStep.PUBLISH_YOU_SAID_WE_DID, AGREED_ONWARDS, Side.ANSWERER, null,
                    situation -> situation.wording() == Wording.AGREED, "a Youth Voice worker has agreed the wording"),
            new Rule(ChallengeStep.WITHDRAW_YOU_SAID_WE_DID, AGREED_ONWARDS, Side.ANSWERER, null,
                    situation -> situation.wording() == Wording.PUBLISHED, "it is on the public pages"));

    private ChallengeSteps() {
    }

    static Rule rule(ChallengeStep step) {
        return RULES.stream().filter(rule -> rule.step() == step).findFirst().orElseThrow();
    }

    /** The steps someone on these sides may take now. */
    public static List<ChallengeStep> stepsFor(Situation situation, Set<Side> sides) {
        return RULES.stream().filter(rule -> refusal(rule, situation, sides).isEmpty()).map(Rule::step).toList();
    }

    /** Why {@code step} may not be taken now by someone on these sides: who may, and when; empty when it may. */
    public static Optional<String> refusal(ChallengeStep step, Situation situation, Set<Side> sides) {
        return refusal(rule(step), situation, sides);
    }

    /** The status the challenge is in after {@code step}. */
    public static ChallengeStatus after(ChallengeStep step, ChallengeStatus now) {
        ChallengeStatus next = rule(step).next();
        return next == null ? now : next;
    }

    /** Whether the step moves the status on (and so belongs in the status history). */
    public static boolean movesStatus(ChallengeStep step) {
        return rule(step).next() != null;
    }

    /** Messages: either side, until the challenge is closed. */
    public static Optional<String> messageRefusal(ChallengeStatus status, Set<Side> sides) {
        if (sides.isEmpty()) {
            return Optional.of("Only a Youth Voice worker or the leader asked to answer can write in this conversation.");
        }
        return status == CLOSED ? Optional.of("This challenge is closed, so its conversation is closed too.") : Optional.empty();
    }

    /** Marking an action done: the answerer, once the actions are agreed and until they are all marked done. */
    public static Optional<String> completeActionRefusal(ChallengeStatus status, Set<Side> sides) {
        if (!sides.contains(Side.ANSWERER)) {
            return Optional.of("Only the leader asked to answer can mark an action done.");
        }
        return status == ACTIONS_AGREED ? Optional.empty()
                : Optional.of("Actions can be marked done once a Youth Voice worker has agreed them, until they are all done.");
    }

    private static Optional<String> refusal(Rule rule, Situation situation, Set<Side> sides) {
        String what = words(rule.step());
        if (!sides.contains(rule.who())) {
            return Optional.of("Only " + rule.who().words() + " can " + what + ".");
        }
        if (!rule.from().contains(situation.status())) {
            return Optional.of("You can " + what + " only when the challenge is " + statuses(rule.from())
                    + "; it is " + words(situation.status()) + ".");
        }
        if (!rule.also().test(situation)) {
            return Optional.of("You can " + what + " only once " + rule.unless() + ".");
        }
        return Optional.empty();
    }

    static String words(ChallengeStep step) {
        return switch (step) {
            case ACKNOWLEDGE -> "acknowledge a challenge";
            case RESPOND -> "respond to a challenge";
            case AGREE_ACTIONS -> "agree the response and actions";
            case SEND_BACK -> "send a response back";
            case MARK_ACTIONS_DONE -> "mark the actions done";
            case CLOSE -> "close a challenge";
            case DRAFT_YOU_SAID_WE_DID -> "write the 'you said, we did' wording";
            case AGREE_YOU_SAID_WE_DID -> "agree the 'you said, we did' wording";
            case PUBLISH_YOU_SAID_WE_DID -> "publish the 'you said, we did'";
            case WITHDRAW_YOU_SAID_WE_DID -> "take the 'you said, we did' off the public pages";
        };
    }

    static String words(ChallengeStatus status) {
        return switch (status) {
            case SUBMITTED -> "submitted";
            case ACKNOWLEDGED -> "acknowledged";
            case RESPONDED -> "responded to";
            case ACTIONS_AGREED -> "with its actions agreed";
            case ACTIONS_DONE -> "with its actions done";
            case CLOSED -> "closed";
        };
    }

    private static String statuses(Set<ChallengeStatus> statuses) {
        List<String> words = statuses.stream().map(ChallengeSteps::words).toList();
        return words.size() == 1 ? words.getFirst()
                : String.join(", ", words.subList(0, words.size() - 1)) + " or " + words.getLast();
    }
}
