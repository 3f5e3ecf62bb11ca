package app.onward.offer.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether an entitlement's rule applies to a young person: a pure function of the rule and the facts, with no
 * clock. A checker calls it about 60 times per request, so it is plain loops, and lists are made only when there
 * is something to put in them.
 */
public final class Eligibility {

    private static final Circumstance[] CIRCUMSTANCES = Circumstance.values();

    private Eligibility() {
    }

    public static Assessment assess(WhoQualifies rule, Facts facts) {
        Findings found = new Findings();
        AgeRange age = rule.age();
        LocalDate on = facts.on();
        LocalDate from = null;
        LocalDate until = null;

        LocalDate born = facts.dateOfBirth();
        if (born != null) {
            from = age.firstDay(born);
            until = age.lastDay(born);
            if (on.isBefore(from)) {
                found.fails(new Unmet.TooYoung(age.fromAge(), age.fromDaysBefore(), from));
            }
            if (until != null && on.isAfter(until)) {
                found.fails(new Unmet.TooOld(age.untilAge(), until));
            }
        } else if (!age.coversEveryAge()) {
            if (facts.age() == null) {
                found.unknown(Fact.DATE_OF_BIRTH);
            } else {
                assessByAge(age, on, facts.age(), found);
            }
        }

        if (rule.restrictsCategory()) {
            CareLeaverCategory category = facts.category();
            if (category == null) {
                found.unknown(Fact.CATEGORY);
            } else if (!rule.categories().contains(category)) {
                found.fails(new Unmet.NotInCategory(rule.categories()));
            }
        }

        if (!rule.circumstances().isEmpty()) {
            // In enum order, not the map's, so the unmet parts and the facts to check always come in one order.
            for (Circumstance circumstance : CIRCUMSTANCES) {
                Boolean needed = rule.circumstances().get(circumstance);
                if (needed == null) {
                    continue;
                }
                Boolean known = facts.circumstance(circumstance);
                if (known == null) {
                    found.unknown(Fact.of(circumstance));
                } else if (!known.equals(needed)) {
                    found.fails(new Unmet.CircumstanceNotMet(circumstance, needed));
                }
            }
        }

        if (found.unmet != null) {
            return new Assessment(Verdict.DOES_NOT_APPLY, found.unmet, List.of(), from, until);
        }
        if (found.toCheck != null) {
            return new Assessment(Verdict.MAY_APPLY, List.of(), found.toCheck, from, until);
        }
        return new Assessment(Verdict.APPLIES, List.of(), List.of(), from, until);
    }

    /**
     * With only an age, the date of birth is one of about a year of days. The range's first and last days move
     * with the date of birth, so the oldest and youngest possible dates of birth bound every case: a part that
     * fails for both fails, one that holds for both holds, otherwise the date of birth decides.
     */
    private static void assessByAge(AgeRange age, LocalDate on, int years, Findings found) {
        LocalDate oldest = earliestBirth(on, years);
        LocalDate youngest = latestBirth(on, years);
        boolean uncertain = false;
        if (on.isBefore(age.firstDay(oldest))) {
            found.fails(new Unmet.TooYoung(age.fromAge(), age.fromDaysBefore(), null));
        } else if (on.isBefore(age.firstDay(youngest))) {
            uncertain = true;
        }
        if (age.untilAge() != null) {
            if (on.isAfter(age.lastDay(youngest))) {
                found.fails(new Unmet.TooOld(age.untilAge(), null));
            } else if (on.isAfter(age.lastDay(oldest))) {
                uncertain = true;
            }
        }
        if (uncertain) {
            found.unknown(Fact.DATE_OF_BIRTH);
        }
    }

    /** The earliest date of birth of someone {@code years} old on {@code on}: their next birthday is after it. */
    static LocalDate earliestBirth(LocalDate on, int years) {
        // plusYears turns 29 February into 28 February, so on.minusYears(years + 1) + 1 day can be a day off.
        LocalDate born = on.minusYears(years + 1);
        while (!born.plusYears(years + 1).isAfter(on)) {
            born = born.plusDays(1);
        }
        return born;
    }

    /** The latest date of birth of someone {@code years} old on {@code on}: their birthday is on or before it. */
    static LocalDate latestBirth(LocalDate on, int years) {
        LocalDate born = on.minusYears(years).plusDays(2);
        while (born.plusYears(years).isAfter(on)) {
            born = born.minusDays(1);
        }
        return born;
    }

    /** Lists made only when something goes in them: most rules, for most people, have nothing to report. */
    private static final class Findings {
        List<Unmet> unmet;
        List<Fact> toCheck;

        void fails(Unmet part) {
            if (unmet == null) {
                unmet = new ArrayList<>(2);
            }
            unmet.add(part);
        }

        void unknown(Fact fact) {
            if (toCheck == null) {
                toCheck = new ArrayList<>(2);
            }
            toCheck.add(fact);
        }
    }
}
