package app.onward.settings;

import java.time.LocalDate;

/** What an authority sets; the non-working days are a field of their own (they take a date range). */
public record AuthoritySettings(int reviewAfterChangeWorkingDays, LocalDate bankHolidaysCheckedOn) {

    /** The period when an authority has set none: 20 working days. */
    public static final int DEFAULT_REVIEW_AFTER_CHANGE_WORKING_DAYS = 20;
}
