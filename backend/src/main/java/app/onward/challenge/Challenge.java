package app.onward.challenge;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** A challenge as read, without its nested lists (history, actions, messages: loaded many challenges at a time). */
public record Challenge(UUID id, int version, ChallengeTheme theme, String title, List<String> quotes, String ask,
                        Answerer answerer, String raisedBy, LocalDate raisedOn, LocalDate responseDueOn,
                        ChallengeStatus status, String response) {

    /** Not responded by its due day. */
    public boolean overdueOn(LocalDate today) {
        return !status.responded() && today.isAfter(responseDueOn);
    }
}
