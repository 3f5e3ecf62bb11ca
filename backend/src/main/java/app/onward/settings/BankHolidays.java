package app.onward.settings;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;

/**
 * The England and Wales bank holidays, from a committed, dated list
 * ({@code calendar/england-and-wales-bank-holidays.txt}): the same for every authority, read once.
 */
@Component
public class BankHolidays {

    private static final String LIST = "calendar/england-and-wales-bank-holidays.txt";

    private final List<NonWorkingDay> days;
    private final LocalDate checkedOn;

    public BankHolidays() {
        List<String> lines = read().lines().map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#")).toList();
        this.checkedOn = lines.stream().filter(line -> line.startsWith("checked ")).findFirst()
                .map(line -> LocalDate.parse(line.substring("checked ".length())))
                .orElseThrow(() -> new IllegalStateException(LIST + " does not say when it was checked"));
        this.days = lines.stream().filter(line -> !line.startsWith("checked "))
                .map(line -> new NonWorkingDay(LocalDate.parse(line.substring(0, 10)), line.substring(11), false))
                .toList();
    }

    public List<NonWorkingDay> all() {
        return days;
    }

    /** When the list was last checked against GOV.UK. */
    public LocalDate checkedOn() {
        return checkedOn;
    }

    private static String read() {
        try (var in = new ClassPathResource(LIST).getInputStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + LIST, e);
        }
    }
}
