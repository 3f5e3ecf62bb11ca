package app.onward.clock;

import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;

/** Today in England, from the injected clock: the one "now" against which due dates are read. */
@Component
public class Today {

    public static final ZoneId ENGLAND = ZoneId.of("Europe/London");

    private final Clock clock;

    Today(Clock clock) {
        this.clock = clock;
    }

    public LocalDate date() {
        return LocalDate.now(clock.withZone(ENGLAND));
    }
}
