package app.onward.notice;

import app.onward.youngperson.YoungPerson;

import java.time.OffsetDateTime;
import java.util.UUID;

/** Something waiting for a member of staff; {@code youngPerson} is null when they may no longer open the record. */
public record Notice(UUID id, NoticeKind kind, YoungPerson youngPerson, OffsetDateTime createdAt, boolean read) {
}
