package app.onward.offer.rules;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** A part of a rule that is known not to hold, with a plain-English reason for the young person. */
public sealed interface Unmet {

    String explain();

    /**
     * Not old enough yet. {@code from} is the first day it applies, or null when only an age is known (then the
     * day itself is not).
     */
    record TooYoung(int fromAge, int fromDaysBefore, LocalDate from) implements Unmet {
        @Override
        public String explain() {
            String birthday = "your " + Words.ordinal(fromAge) + " birthday";
            String when = fromDaysBefore == 0 ? birthday : Words.days(fromDaysBefore) + " before " + birthday;
            return from == null
                    ? "You can get this from " + when + "."
                    : "You can get this from " + Words.date(from) + ", " + when + ".";
        }
    }

    /** Past the end. {@code endedOn} is the last day it applied, or null when only an age is known. */
    record TooOld(int untilAge, LocalDate endedOn) implements Unmet {
        @Override
        public String explain() {
            String upTo = "This is for care-experienced young people up to their " + Words.ordinal(untilAge) + " birthday.";
            return endedOn == null ? upTo : upTo + " Your last day for it was " + Words.date(endedOn) + ".";
        }
    }

    /** In a category the rule is not for; {@code needed} are the categories it is for. */
    record NotInCategory(Set<CareLeaverCategory> needed) implements Unmet {
        public NotInCategory {
            needed = Set.copyOf(needed);
        }

        @Override
        public String explain() {
            StringBuilder text = new StringBuilder("This is only for care-experienced young people");
            String joiner = " who ";
            // In enum order, not the set's: the same rule must always read the same.
            for (CareLeaverCategory category : CareLeaverCategory.values()) {
                if (needed.contains(category)) {
                    text.append(joiner).append(category.who());
                    joiner = ", or who ";
                }
            }
            return text.append('.').toString();
        }
    }

    /** A circumstance known to be the other way from the one the rule {@code needed}. */
    record CircumstanceNotMet(Circumstance circumstance, boolean needed) implements Unmet {
        public CircumstanceNotMet {
            Objects.requireNonNull(circumstance);
        }

        @Override
        public String explain() {
            return "This is for care-experienced young people who " + circumstance.who(needed) + ".";
        }
    }
}
