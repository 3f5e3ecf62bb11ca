package app.onward.challenge;

/** A step someone may take on a challenge; who, and from which status: {@link ChallengeSteps}. */
public enum ChallengeStep {
    ACKNOWLEDGE, RESPOND, AGREE_ACTIONS, SEND_BACK, MARK_ACTIONS_DONE, CLOSE,
    DRAFT_YOU_SAID_WE_DID, AGREE_YOU_SAID_WE_DID, PUBLISH_YOU_SAID_WE_DID, WITHDRAW_YOU_SAID_WE_DID
}
