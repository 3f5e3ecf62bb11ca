package app.onward.accommodation;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * A dated history read as a timeline, newest first. Entries are never changed: each holds from its day until the
 * day before the next later day; of several entries from the same day the one recorded last holds, and the
 * others are marked replaced (a correction is a new entry).
 */
public final class Timeline {

    /** An entry of a dated history, and itself placed on the timeline. */
    public interface Entry<T extends Entry<T>> {
        LocalDate from();

        OffsetDateTime recordedAt();

        T placed(LocalDate until, boolean replaced);
    }

    private Timeline() {
    }

    public static <T extends Entry<T>> List<T> of(List<T> entries) {
        List<T> sorted = entries.stream().sorted(Comparator.comparing((T entry) -> entry.from())
                .thenComparing(Entry::recordedAt).reversed()).toList();
        List<T> placed = new ArrayList<>(sorted.size());
        LocalDate laterStart = null;
        for (T entry : sorted) {
            if (entry.from().equals(laterStart)) {
                placed.add(entry.placed(null, true));
            } else {
                placed.add(entry.placed(laterStart == null ? null : laterStart.minusDays(1), false));
                laterStart = entry.from();
            }
        }
        return placed;
    }
}
