package app.onward.casework;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/** A change of circumstances, told by staff or by the young person: it makes a review due. */
public record CircumstanceChange(UUID id, String kind, LocalDate occurredOn, boolean intoAuthorityAccommodation,
                                 String description, String reportedBy, OffsetDateTime recordedAt) {
}
