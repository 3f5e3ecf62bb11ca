package app.onward.challenge;

import java.util.UUID;

/**
 * Who must answer a challenge: a named leader, or the corporate parenting board (any leader who sits on it).
 *
 * @param leaderId null for the board
 */
public record Answerer(UUID leaderId, String displayName, String jobTitle) {

    public static final Answerer BOARD = new Answerer(null, null, null);

    public boolean board() {
        return leaderId == null;
    }

    /** "Margaret O'Connell, Director of Children's Services", or "The corporate parenting board". */
    public String name() {
        return board() ? "The corporate parenting board" : displayName + ", " + jobTitle;
    }

    /** For the public: a role, never a person's name. */
    public String publicName() {
        return board() ? "The corporate parenting board" : jobTitle;
    }
}
