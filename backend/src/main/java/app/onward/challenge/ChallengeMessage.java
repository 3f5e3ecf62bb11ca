package app.onward.challenge;

import java.time.OffsetDateTime;

/** One message of a challenge's conversation; {@code side}: YOUTH_VOICE or ANSWERER. */
public record ChallengeMessage(String body, String by, String side, OffsetDateTime at) {
}
