package app.onward.clock;

import java.time.LocalDate;

/** How often a young person and their adviser agreed to be in touch; at least every two months. */
public enum ContactFrequency {
    WEEKLY("weekly"), FORTNIGHTLY("fortnightly"), MONTHLY("monthly"), EVERY_SIX_WEEKS("every six weeks"),
    EVERY_TWO_MONTHS("every two months");

    private final String words;

    ContactFrequency(String words) {
        this.words = words;
    }

    public LocalDate after(LocalDate day) {
        return switch (this) {
            case WEEKLY -> day.plusDays(7);
            case FORTNIGHTLY -> day.plusDays(14);
            case MONTHLY -> day.plusMonths(1);
            case EVERY_SIX_WEEKS -> day.plusDays(42);
            case EVERY_TWO_MONTHS -> day.plusMonths(2);
        };
    }

    public String words() {
        return words;
    }
}
