package app.onward.accommodation;

import app.onward.youngperson.StaffMember;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Where a young person lived from a day: one entry of the accommodation history.
 *
 * @param until    the day before the next entry starts; null for the current one (see {@link Timeline})
 * @param replaced a later entry from the same day corrected this one
 */
public record AccommodationPeriod(UUID id, LocalDate from, LocalDate until, boolean replaced, AccommodationType type,
                                  Suitability suitability, StaffMember recordedBy, OffsetDateTime recordedAt)
        implements Timeline.Entry<AccommodationPeriod> {

    /** The SSDA903 ACCOM code: "U1". */
    public String code() {
        return type.code(suitability);
    }

    @Override
    public AccommodationPeriod placed(LocalDate until, boolean replaced) {
        return new AccommodationPeriod(id, from, until, replaced, type, suitability, recordedBy, recordedAt);
    }
}
