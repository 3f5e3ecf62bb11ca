package app.onward.challenge;

import app.onward.graphql.UserError;

import java.util.List;

/** A mutation's answer: the challenge as it now is (null when nothing was written), warnings, and what was wrong. */
public record ChallengePayload(Challenge challenge, List<QuoteWarning> warnings, List<UserError> userErrors) {

    static ChallengePayload refused(List<UserError> errors) {
        return new ChallengePayload(null, List.of(), errors);
    }

    static ChallengePayload refused(UserError error) {
        return refused(List.of(error));
    }
}
