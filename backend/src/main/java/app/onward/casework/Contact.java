package app.onward.casework;

import app.onward.youngperson.StaffMember;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A contact with a young person: a visit, a call, a text, a video call or a meeting at the office. */
public record Contact(UUID id, String kind, LocalDate happenedOn, Boolean seenAlone, String notes, StaffMember recordedBy,
                      OffsetDateTime recordedAt) {
}
