package app.onward.portal.pathwayplan;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and times as people in England read them: "3 March 2026", "3 March 2026 at 14:05". */
public final class InWords {

    private static final ZoneId ENGLAND = ZoneId.of("Europe/London");
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm", Locale.UK);

    private InWords() {
    }

    public static String day(LocalDate day) {
        return day == null ? "" : DAY.format(day);
    }

    public static String day(OffsetDateTime moment) {
        return moment == null ? "" : DAY.format(moment.atZoneSameInstant(ENGLAND));
    }

    public static String dayAndTime(OffsetDateTime moment) {
        if (moment == null) {
            return "";
        }
        var inEngland = moment.atZoneSameInstant(ENGLAND);
        return DAY.format(inEngland) + " at " + TIME.format(inEngland);
    }
}
