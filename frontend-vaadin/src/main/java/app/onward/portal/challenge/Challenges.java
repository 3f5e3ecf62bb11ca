package app.onward.portal.challenge;

import app.onward.portal.challenge.ChallengeModel.Answerer;
import app.onward.portal.challenge.ChallengeModel.Challenge;
import app.onward.portal.challenge.ChallengeModel.Page;
import app.onward.portal.challenge.ChallengeModel.Payload;
import app.onward.portal.challenge.ChallengeModel.QuoteWarning;
import app.onward.portal.challenge.ChallengeModel.ChallengeSummary;
import app.onward.portal.challenge.ChallengeModel.Task;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.graphql.SignedInBackend;
import org.springframework.stereotype.Component;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Youth Voice challenges through the backend's GraphQL API as the signed-in member of staff (challenge.graphqls).
 * The backend decides who may take each step; every method throws {@link BackendException} when there is no
 * answer.
 */
@Component
public class Challenges {

    /** The board shows this many, newest first; a busy authority's older ones are closed long ago. */
    static final int BOARD_SIZE = 100;

    private static final String ONE = "query Challenge($id: ID!) { challenge(id: $id) " + Challenge.FIELDS + " }";
    private static final String BOARD = "query Board($first: Int!) { challenges(first: $first) { edges { cursor node "
            + ChallengeSummary.FIELDS + " } pageInfo { hasNextPage endCursor } } }";
    private static final String INBOX = "{ myChallengeInbox " + ChallengeSummary.FIELDS + " }";
    private static final String WAITING = "{ challengesWaitingForMe { challenge { id title } step inWords } }";
    private static final String ANSWERERS = "{ challengeAnswerers { id name board } }";
    private static final String CHECK_QUOTES = """
            query Check($quotes: [String!]!) { checkChallengeQuotes(quotes: $quotes) { quote kind message } }""";
    private static final String MUTATION = "mutation Step($input: %s!) { %s(input: $input) " + Payload.FIELDS + " }";

    private final SignedInBackend backend;

    Challenges(SignedInBackend backend) {
        this.backend = backend;
    }

    /** Empty when there is none, or it is not one this user may see. */
    Optional<Challenge> find(String id) {
        return backend.fetch(ONE, Map.of("id", id), "challenge", Challenge.class);
    }

    Page board() {
        return backend.fetch(BOARD, Map.of("first", BOARD_SIZE), "challenges", Page.class)
                .orElse(new Page(List.of(), null));
    }

    List<ChallengeSummary> inbox() {
        return backend.fetchList(INBOX, Map.of(), "myChallengeInbox", ChallengeSummary.class);
    }

    /** For the notice on the staff home ({@link WaitingChallenges}). */
    List<Task> waitingForMe() {
        return backend.fetchList(WAITING, Map.of(), "challengesWaitingForMe", Task.class);
    }

    /** For the count in the staff navigation. */
    public int countWaitingForMe() {
        return waitingForMe().size();
    }

    List<Answerer> answerers() {
        return backend.fetchList(ANSWERERS, Map.of(), "challengeAnswerers", Answerer.class);
    }

    List<QuoteWarning> checkQuotes(List<String> quotes) {
        return backend.fetchList(CHECK_QUOTES, Map.of("quotes", quotes), "checkChallengeQuotes", QuoteWarning.class);
    }

    /**
     * One mutation of the contract, each taking one input and answering a {@code ChallengePayload}.
     *
     * @param mutation  e.g. {@code acknowledgeChallenge}
     * @param inputType e.g. {@code ChallengeStepInput}
     */
    Payload mutate(String mutation, String inputType, Map<String, Object> input) {
        return backend.fetch(MUTATION.formatted(inputType, mutation), Map.of("input", input), mutation, Payload.class)
                .orElseThrow(() -> new BackendException(BackendProblem.INTERNAL, "No payload from " + mutation, null));
    }
}
