package app.onward.challenge;

import java.time.LocalDate;
import java.util.UUID;

/** A published "you said, we did", as the public reads it: nothing personal. */
public record YouSaidWeDid(UUID challengeId, ChallengeTheme theme, String title, String youSaid, String weDid,
                           String answeredBy, LocalDate publishedOn) {
}
