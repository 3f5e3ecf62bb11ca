package app.onward.portal.challenge;

/**
 * The words of the challenge contract (challenge.graphqls) as staff read them. The enum constants are the
 * contract's own, so the backend's answers decode straight into them (ChallengeTermsTest keeps them in step).
 */
public final class ChallengeTerms {

    private ChallengeTerms() {
    }

    public enum Theme {
        HOUSING("Housing"),
        MENTAL_HEALTH("Mental health"),
        MONEY("Money"),
        EDUCATION_AND_WORK("Education and work"),
        LANGUAGE_IN_RECORDS("Language in records"),
        PARTICIPATION("Taking part and being heard"),
        OTHER("Something else");

        private final String words;

        Theme(String words) {
            this.words = words;
        }

        public String words() {
            return words;
        }
    }

    /** In the lifecycle's order, which is also the board's order. */
    public enum Status {
        SUBMITTED("Submitted", "Waiting for the leader to acknowledge it"),
        ACKNOWLEDGED("Acknowledged", "Waiting for the leader's response"),
        RESPONDED("Responded", "Waiting for Youth Voice to agree the response"),
        ACTIONS_AGREED("Actions agreed", "The actions are under way"),
        ACTIONS_DONE("Actions done", "Waiting for Youth Voice to close it"),
        CLOSED("Closed", "Finished");

        private final String words;
        private final String waitingFor;

        Status(String words, String waitingFor) {
            this.words = words;
            this.waitingFor = waitingFor;
        }

        public String words() {
            return words;
        }

        /** What happens next, for the board's columns. */
        public String waitingFor() {
            return waitingFor;
        }
    }

    /**
     * What the signed-in user may do now: each one a button (or a short form) on the challenge's page, nothing else.
     * Each says which mutation takes it and what to tell the person once it is done.
     */
    public enum Step {
        ACKNOWLEDGE("Acknowledge the challenge", "acknowledgeChallenge",
                "You acknowledged the challenge. The Youth Voice workers can see that it has reached you."),
        RESPOND("Respond, with actions", "respondToChallenge",
                "Your response was sent. A Youth Voice worker will check it with young people and agree it or send it back."),
        AGREE_ACTIONS("Agree the response and actions", "agreeChallengeActions",
                "You agreed the response and actions on young people's behalf."),
        SEND_BACK("Send the response back", "sendChallengeBack",
                "The response was sent back with your message. The leader will respond again."),
        MARK_ACTIONS_DONE("Mark the actions done", "markChallengeActionsDone",
                "The actions are marked done. A Youth Voice worker can now close the challenge."),
        CLOSE("Close the challenge", "closeChallenge", "The challenge is closed."),
        DRAFT_YOU_SAID_WE_DID("Save the “you said, we did” wording", "draftYouSaidWeDid",
                "The wording was saved. A Youth Voice worker needs to agree it before it can be published."),
        AGREE_YOU_SAID_WE_DID("Agree this wording for the public pages", "agreeYouSaidWeDid",
                "You agreed the wording. The leader can now publish it."),
        PUBLISH_YOU_SAID_WE_DID("Publish “you said, we did”", "publishYouSaidWeDid",
                "Published: anyone can now read it on the council's public pages."),
        WITHDRAW_YOU_SAID_WE_DID("Take it off the public pages", "withdrawYouSaidWeDid",
                "It is no longer on the public pages.");

        private final String words;
        private final String mutation;
        private final String done;

        Step(String words, String mutation, String done) {
            this.words = words;
            this.mutation = mutation;
            this.done = done;
        }

        /** The mutation's input type: most steps need only the challenge and the version it was read at. */
        String inputType() {
            return switch (this) {
                case RESPOND -> "RespondToChallengeInput";
                case SEND_BACK -> "SendChallengeBackInput";
                case DRAFT_YOU_SAID_WE_DID -> "DraftYouSaidWeDidInput";
                default -> "ChallengeStepInput";
            };
        }

        public String words() {
            return words;
        }

        /** The contract's mutation that takes this step. */
        String mutation() {
            return mutation;
        }

        /** What to tell the person once the backend has taken it. */
        String done() {
            return done;
        }
    }
}
