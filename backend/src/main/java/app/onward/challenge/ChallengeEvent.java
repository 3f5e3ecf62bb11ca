package app.onward.challenge;

import java.time.OffsetDateTime;

/** A step that moved a challenge's status (or submitted it): what it became, when, and by whom. */
public record ChallengeEvent(ChallengeStatus status, OffsetDateTime at, String by) {
}
