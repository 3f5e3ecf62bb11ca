package app.onward.accommodation;

import app.onward.youngperson.StaffMember;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * What a young person did from a day: one entry of the activity (education, employment or training) history.
 *
 * @param until    the day before the next entry starts; null for the current one (see {@link Timeline})
 * @param replaced a later entry from the same day corrected this one
 */
public record ActivityPeriod(UUID id, LocalDate from, LocalDate until, boolean replaced, ActivityCode code,
                             StaffMember recordedBy, OffsetDateTime recordedAt) implements Timeline.Entry<ActivityPeriod> {

    @Override
    public ActivityPeriod placed(LocalDate until, boolean replaced) {
        return new ActivityPeriod(id, from, until, replaced, code, recordedBy, recordedAt);
    }
}
