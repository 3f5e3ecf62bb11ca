package app.onward.challenge;

import java.time.LocalDate;
import java.util.List;

/** The inputs of this feature's mutations, as challenge.graphqls names them. */
public final class ChallengeInputs {

    private ChallengeInputs() {
    }

    public record SubmitChallengeInput(ChallengeTheme theme, String title, List<String> quotes, String ask,
                                       String answererId, LocalDate responseDueOn) {
    }

    public record ChallengeStepInput(String challengeId, Integer version) {
    }

    public record ChallengeActionInput(String owner, String description, LocalDate dueOn) {
    }

    public record RespondToChallengeInput(String challengeId, Integer version, String response,
                                          List<ChallengeActionInput> actions) {
    }

    public record SendChallengeBackInput(String challengeId, Integer version, String message) {
    }

    public record CompleteChallengeActionInput(String challengeId, Integer version, String actionId, LocalDate doneOn) {
    }

    public record AddChallengeMessageInput(String challengeId, String body) {
    }

    public record DraftYouSaidWeDidInput(String challengeId, Integer version, String youSaid, String weDid) {
    }
}
