package app.onward.challenge;

import app.onward.challenge.ChallengeSteps.Side;
import app.onward.challenge.ChallengeSteps.Situation;
import app.onward.challenge.ChallengeSteps.Wording;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import static app.onward.challenge.ChallengeStatus.ACKNOWLEDGED;
import static app.onward.challenge.ChallengeStatus.ACTIONS_AGREED;
import static app.onward.challenge.ChallengeStatus.ACTIONS_DONE;
import static app.onward.challenge.ChallengeStatus.CLOSED;
import static app.onward.challenge.ChallengeStatus.RESPONDED;
import static app.onward.challenge.ChallengeStatus.SUBMITTED;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every status × step × side (and where the wording is, and whether every action is done): the lifecycle of
 * issue 6, written out here as the allowed cases and where each leads; everything else is refused, saying who may.
 */
class ChallengeStepsTest {

    /** What is allowed: the step, the side, from which statuses, with which wording, and where it leads (null: stays). */
    private record Allowed(ChallengeStep step, Side side, Set<ChallengeStatus> from, Set<Wording> wording,
                           boolean needsEveryActionDone, ChallengeStatus next) {
    }

    private static final Set<Wording> ANY = EnumSet.allOf(Wording.class);
    private static final Set<ChallengeStatus> AGREED_ONWARDS = EnumSet.of(ACTIONS_AGREED, ACTIONS_DONE, CLOSED);

    private static final List<Allowed> LIFECYCLE = List.of(
            new Allowed(ChallengeStep.ACKNOWLEDGE, Side.ANSWERER, EnumSet.of(SUBMITTED), ANY, false, ACKNOWLEDGED),
            new Allowed(ChallengeStep.RESPOND, Side.ANSWERER, EnumSet.of(ACKNOWLEDGED), ANY, false, RESPONDED),
            new Allowed(ChallengeStep.AGREE_ACTIONS, Side.YOUTH_VOICE, EnumSet.of(RESPONDED), ANY, false, ACTIONS_AGREED),
            new Allowed(ChallengeStep.SEND_BACK, Side.YOUTH_VOICE, EnumSet.of(RESPONDED), ANY, false, ACKNOWLEDGED),
            new Allowed(ChallengeStep.MARK_ACTIONS_DONE, Side.ANSWERER, EnumSet.of(ACTIONS_AGREED), ANY, true, ACTIONS_DONE),
            new Allowed(ChallengeStep.CLOSE, Side.YOUTH_VOICE, EnumSet.of(ACTIONS_DONE), ANY, false, CLOSED),
            new Allowed(ChallengeStep.DRAFT_YOU_SAID_WE_DID, Side.ANSWERER, AGREED_ONWARDS,
                    EnumSet.of(Wording.NONE, Wording.DRAFTED, Wording.AGREED), false, null),
            new Allowed(ChallengeStep.AGREE_YOU_SAID_WE_DID, Side.YOUTH_VOICE, AGREED_ONWARDS, EnumSet.of(Wording.DRAFTED), false, null),
            new Allowed(ChallengeStep.PUBLISH_YOU_SAID_WE_DID, Side.ANSWERER, AGREED_ONWARDS, EnumSet.of(Wording.AGREED), false, null),
            new Allowed(ChallengeStep.WITHDRAW_YOU_SAID_WE_DID, Side.ANSWERER, AGREED_ONWARDS, EnumSet.of(Wording.PUBLISHED), false, null));

    static Stream<Arguments> everyCase() {
        List<Arguments> cases = new ArrayList<>();
        for (ChallengeStatus status : ChallengeStatus.values()) {
            for (Wording wording : Wording.values()) {
                for (boolean everyActionDone : new boolean[]{true, false}) {
                    for (ChallengeStep step : ChallengeStep.values()) {
                        for (Set<Side> sides : List.of(EnumSet.noneOf(Side.class), EnumSet.of(Side.YOUTH_VOICE), EnumSet.of(Side.ANSWERER))) {
                            cases.add(Arguments.of(new Situation(status, wording, everyActionDone), step, sides));
                        }
                    }
                }
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{1} by {2} when {0}")
    @MethodSource("everyCase")
    void shouldAllowExactlyTheLifecyclesStepsToTheSideThatTakesThem(Situation situation, ChallengeStep step, Set<Side> sides) {
        Allowed allowed = LIFECYCLE.stream().filter(rule -> rule.step() == step).findFirst().orElseThrow();
        boolean expected = sides.contains(allowed.side()) && allowed.from().contains(situation.status())
                && allowed.wording().contains(situation.wording()) && (!allowed.needsEveryActionDone() || situation.everyActionDone());

        assertThat(ChallengeSteps.refusal(step, situation, sides).isEmpty()).isEqualTo(expected);
        assertThat(ChallengeSteps.stepsFor(situation, sides).contains(step)).isEqualTo(expected);
        if (!sides.contains(allowed.side())) {
            assertThat(ChallengeSteps.refusal(step, situation, sides)).hasValueSatisfying(refusal ->
                    assertThat(refusal).startsWith("Only " + allowed.side().words() + " can "));
        }
        if (expected) {
            assertThat(ChallengeSteps.after(step, situation.status()))
                    .isEqualTo(allowed.next() == null ? situation.status() : allowed.next());
        }
    }

    static Stream<Arguments> messagesAndActions() {
        List<Arguments> cases = new ArrayList<>();
        for (ChallengeStatus status : ChallengeStatus.values()) {
            cases.add(Arguments.of(status, EnumSet.noneOf(Side.class), false, false));
            cases.add(Arguments.of(status, EnumSet.of(Side.YOUTH_VOICE), status != CLOSED, false));
            cases.add(Arguments.of(status, EnumSet.of(Side.ANSWERER), status != CLOSED, status == ACTIONS_AGREED));
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0} by {1}: message {2}, action done {3}")
    @MethodSource("messagesAndActions")
    void shouldLetEitherSideWriteUntilClosedAndOnlyTheAnswererMarkAnAgreedActionDone(ChallengeStatus status, Set<Side> sides,
                                                                                     boolean mayWrite, boolean mayCompleteAction) {
        assertThat(ChallengeSteps.messageRefusal(status, sides).isEmpty()).isEqualTo(mayWrite);
        assertThat(ChallengeSteps.completeActionRefusal(status, sides).isEmpty()).isEqualTo(mayCompleteAction);
    }
}
