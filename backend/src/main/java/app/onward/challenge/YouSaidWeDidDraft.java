package app.onward.challenge;

import java.time.OffsetDateTime;

/** The public summary and response of a challenge as drafted, agreed and (perhaps) published. */
public record YouSaidWeDidDraft(String youSaid, String weDid, String agreedBy, OffsetDateTime agreedAt,
                                OffsetDateTime publishedAt) {

    public boolean agreed() {
        return agreedAt != null;
    }

    public boolean published() {
        return publishedAt != null;
    }
}
