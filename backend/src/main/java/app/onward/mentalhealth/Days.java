package app.onward.mentalhealth;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Days as people write them: "3 March 2026". */
final class Days {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Days() {
    }

    static String inWords(LocalDate day) {
        return DAY.format(day);
    }
}
