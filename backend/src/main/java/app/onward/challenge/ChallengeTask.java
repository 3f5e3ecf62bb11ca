package app.onward.challenge;

/** Something the signed-in user is asked to do now, for the portal's notice. */
public record ChallengeTask(Challenge challenge, ChallengeStep step, String inWords) {
}
