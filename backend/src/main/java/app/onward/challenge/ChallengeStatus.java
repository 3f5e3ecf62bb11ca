package app.onward.challenge;

/** Where a challenge is in its lifecycle; {@link ChallengeSteps} says how it moves on. */
public enum ChallengeStatus {
    SUBMITTED, ACKNOWLEDGED, RESPONDED, ACTIONS_AGREED, ACTIONS_DONE, CLOSED;

    /** Responded, or later: no longer waiting for the answerer's response. */
    public boolean responded() {
        return compareTo(RESPONDED) >= 0;
    }
}
