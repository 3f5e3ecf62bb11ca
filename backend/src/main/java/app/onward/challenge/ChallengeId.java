package app.onward.challenge;

import app.onward.graphql.GlobalId;

import java.util.NoSuchElementException;
import java.util.UUID;

/** The global ids of challenges, their actions and the leaders who answer them. */
public final class ChallengeId {

    static final String CHALLENGE = "Challenge";
    static final String ACTION = "ChallengeAction";
    static final String LEADER = "Leader";
    static final String PUBLISHED = "YouSaidWeDid";
    /** The answerer id of the corporate parenting board. */
    public static final String BOARD = "board";

    private ChallengeId() {
    }

    public static String of(UUID challenge) {
        return GlobalId.of(CHALLENGE, challenge);
    }

    /** Not found when the id is not a challenge's: the same answer as for another authority's challenge. */
    static UUID challenge(String id) {
        return GlobalId.parse(CHALLENGE, id).orElseThrow(() -> new NoSuchElementException("No such challenge"));
    }
}
