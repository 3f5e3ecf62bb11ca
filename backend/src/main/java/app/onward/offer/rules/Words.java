package app.onward.offer.rules;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates and numbers read in text for young people: "1 March 2027", "21st", "28 days". */
public final class Words {

    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Words() {
    }

    public static String date(LocalDate day) {
        return LONG_DATE.format(day);
    }

    public static String ordinal(int n) {
        int lastTwo = n % 100;
        if (lastTwo >= 11 && lastTwo <= 13) {
            return n + "th";
        }
        return n + switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    static String days(int n) {
        return n == 1 ? "1 day" : n + " days";
    }
}
