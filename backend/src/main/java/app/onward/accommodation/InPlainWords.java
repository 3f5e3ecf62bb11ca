package app.onward.accommodation;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/**
 * Where I live and what I'm doing, as a young person reads it (GraphQL {@code MyHistory}). Suitability is not
 * said to them: it is the authority's judgement of a placement, for staff and the return.
 *
 * @param now     "Since 3 March 2026 you have lived in your own place."; null when nothing is recorded
 * @param history newest first, corrected entries left out
 */
public record InPlainWords(String now, Period current, List<Period> history) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** @param until null for the current one */
    public record Period(LocalDate from, LocalDate until, String words) {
    }

    static InPlainWords whereILive(List<AccommodationPeriod> timeline) {
        List<Period> periods = timeline.stream().filter(period -> !period.replaced())
                .map(period -> new Period(period.from(), period.until(), period.type().youngPersonWords())).toList();
        return of(periods, "you have lived ");
    }

    static InPlainWords whatImDoing(List<ActivityPeriod> timeline) {
        List<Period> periods = timeline.stream().filter(period -> !period.replaced())
                .map(period -> new Period(period.from(), period.until(), period.code().youngPersonWords())).toList();
        return of(periods, "you have been ");
    }

    private static InPlainWords of(List<Period> periods, String verb) {
        if (periods.isEmpty()) {
            return new InPlainWords(null, null, List.of());
        }
        Period current = periods.getFirst();
        return new InPlainWords("Since " + DAY.format(current.from()) + " " + verb + current.words() + ".", current, periods);
    }
}
