package app.onward.challenge;

import java.time.LocalDate;
import java.util.UUID;

/** An action proposed with a response: who will do what by when, and when it was done. */
public record ChallengeAction(UUID id, String owner, String description, LocalDate dueOn, LocalDate doneOn) {

    public boolean done() {
        return doneOn != null;
    }

    /** Not done by its due day. */
    public boolean overdueOn(LocalDate today) {
        return !done() && today.isAfter(dueOn);
    }
}
