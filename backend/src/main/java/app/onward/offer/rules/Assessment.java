package app.onward.offer.rules;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One entitlement's rule against one young person's facts.
 *
 * @param unmet   every part known not to hold, in rule order (age, category, circumstances in enum order)
 * @param toCheck the unknown facts the verdict waits on: empty unless {@link Verdict#MAY_APPLY}, since a known
 *                failing part already decides it
 * @param from    the first day it applies, when the date of birth is known; else null
 * @param until   the last day it applies (the day before the end birthday), when the date of birth is known and
 *                there is an end; else null
 */
public record Assessment(Verdict verdict, List<Unmet> unmet, List<Fact> toCheck, LocalDate from, LocalDate until) {

    public Assessment {
        Objects.requireNonNull(verdict);
        unmet = List.copyOf(unmet);
        toCheck = List.copyOf(toCheck);
        Verdict follows = !unmet.isEmpty() ? Verdict.DOES_NOT_APPLY
                : !toCheck.isEmpty() ? Verdict.MAY_APPLY : Verdict.APPLIES;
        if (verdict != follows || (!unmet.isEmpty() && !toCheck.isEmpty())) {
            throw new IllegalArgumentException(verdict + " with unmet " + unmet + " and to check " + toCheck);
        }
    }
}
