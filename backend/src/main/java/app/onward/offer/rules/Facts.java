package app.onward.offer.rules;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * What we know about one young person on the day {@code on}. Every other part may be unknown: a null
 * {@code dateOfBirth} or {@code category}, or a circumstance missing from {@code circumstances} (a null value
 * counts as missing, so a form's "don't know" can be passed through). {@code age}, the birthdays had by
 * {@code on} (the Nth on {@code plusYears(N)}, see {@link AgeRange#firstDay}), is what the signed-out checker
 * may ask instead of a date of birth; it is used only when the date of birth is unknown.
 */
public record Facts(LocalDate on, LocalDate dateOfBirth, Integer age, CareLeaverCategory category,
                    Map<Circumstance, Boolean> circumstances) {

    public Facts {
        Objects.requireNonNull(on, "Facts are about a day");
        if (dateOfBirth != null && dateOfBirth.isAfter(on)) {
            throw new IllegalArgumentException("Born on " + dateOfBirth + ", after the day asked about, " + on);
        }
        if (age != null && age < 0) {
            throw new IllegalArgumentException("Not an age: " + age);
        }
        circumstances = known(circumstances);
    }

    /** Nothing known yet but the day. */
    public static Facts on(LocalDate day) {
        return new Facts(day, null, null, null, Map.of());
    }

    public Facts bornOn(LocalDate day) {
        return new Facts(on, day, age, category, circumstances);
    }

    public Facts aged(int years) {
        return new Facts(on, dateOfBirth, years, category, circumstances);
    }

    public Facts in(CareLeaverCategory known) {
        return new Facts(on, dateOfBirth, age, known, circumstances);
    }

    public Facts with(Circumstance circumstance, boolean value) {
        Map<Circumstance, Boolean> more = new EnumMap<>(Circumstance.class);
        more.putAll(circumstances);
        more.put(circumstance, value);
        return new Facts(on, dateOfBirth, age, category, more);
    }

    /** Null when unknown. */
    public Boolean circumstance(Circumstance circumstance) {
        return circumstances.get(circumstance);
    }

    private static Map<Circumstance, Boolean> known(Map<Circumstance, Boolean> given) {
        if (given == null || given.isEmpty()) {
            return Map.of();
        }
        Map<Circumstance, Boolean> known = new EnumMap<>(Circumstance.class);
        given.forEach((circumstance, value) -> {
            if (value != null) {
                known.put(circumstance, value);
            }
        });
        return Map.copyOf(known);
    }
}
