package app.onward.casework;

import app.onward.youngperson.StaffMember;
import app.onward.youngperson.YoungPersonId;

import java.time.OffsetDateTime;
import java.util.UUID;

/** "Something here is wrong": the young person's words and, once given, their personal adviser's answer. */
public record CorrectionRequest(UUID id, YoungPersonId youngPerson, String whatIsWrong, OffsetDateTime raisedAt,
                                String answer, StaffMember answeredBy, OffsetDateTime answeredAt) {
}
