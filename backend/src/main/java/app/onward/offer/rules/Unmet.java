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
                    text.append(joiner).append(who(category));
                    joiner = ", or who ";
                }
            }
            return text.append('.').toString();
        }

        private static String who(CareLeaverCategory category) {
            return switch (category) {
                case ELIGIBLE -> "are 16 or 17 and still in care";
                case RELEVANT -> "are 16 or 17 and have left care";
                case FORMER_RELEVANT -> "are 18 or over and were in care at 16 or 17";
                case QUALIFYING -> "left care after turning 16 without the 13 weeks in care the other groups need, "
                        + "or under a special guardianship order";
            };
        }
    }

    /** A circumstance known to be the other way from the one the rule {@code needed}. */
    record CircumstanceNotMet(Circumstance circumstance, boolean needed) implements Unmet {
        public CircumstanceNotMet {
            Objects.requireNonNull(circumstance);
        }

        @Override
        public String explain() {
            return "This is for care-experienced young people who " + (needed ? who(circumstance) : whoNot(circumstance)) + ".";
        }

        private static String who(Circumstance circumstance) {
            return switch (circumstance) {
                case IN_HIGHER_EDUCATION -> "are at university or in other higher education";
                case IN_FURTHER_EDUCATION -> "are at college or in training";
                case ON_APPRENTICESHIP -> "are doing an apprenticeship";
                case IN_WORK -> "are in work";
                case PARENT -> "are parents";
                case STAYING_PUT -> "still live with their foster carers after turning 18 (staying put)";
                case LIVING_OUTSIDE_AUTHORITY -> "live outside the council's area";
                case UNACCOMPANIED_ASYLUM_SEEKING -> "came to the UK on their own to seek asylum";
                case SETTING_UP_HOME -> "are moving into a home of their own";
            };
        }

        private static String whoNot(Circumstance circumstance) {
            return switch (circumstance) {
                case IN_HIGHER_EDUCATION -> "are not at university or in other higher education";
                case IN_FURTHER_EDUCATION -> "are not at college or in training";
                case ON_APPRENTICESHIP -> "are not doing an apprenticeship";
                case IN_WORK -> "are not in work";
                case PARENT -> "are not parents";
                case STAYING_PUT -> "are not staying put with their foster carers";
                case LIVING_OUTSIDE_AUTHORITY -> "live in the council's area";
                case UNACCOMPANIED_ASYLUM_SEEKING -> "did not come to the UK on their own to seek asylum";
                case SETTING_UP_HOME -> "are not moving into a home of their own";
            };
        }
    }
}
