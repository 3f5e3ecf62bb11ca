package app.onward.challenge;

import java.util.UUID;

/** One of the authority's leaders who can be asked to answer; {@code onBoard}: sits on the corporate parenting board. */
public record Leader(UUID id, String accountSubject, String displayName, String jobTitle, boolean onBoard) {

    public Answerer asAnswerer() {
        return new Answerer(id, displayName, jobTitle);
    }

    /** Whether this leader answers for {@code answerer}: named, or on the board when the board is asked. */
    public boolean answers(Answerer answerer) {
        return answerer.board() ? onBoard : id.equals(answerer.leaderId());
    }
}
