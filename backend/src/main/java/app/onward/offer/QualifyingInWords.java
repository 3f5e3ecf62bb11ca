package app.onward.offer;

import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.WhoQualifies;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who qualifies, as a young person reads it: one short line per rule, addressed to them ("You are aged 18
 * to 24."), in the order the rules are written. Shown on the public pages and to the young person, so the
 * structured rules and the words can never disagree.
 */
public final class QualifyingInWords {

    private QualifyingInWords() {
    }

    public static List<String> of(WhoQualifies who) {
        List<String> lines = new ArrayList<>();
        lines.add(age(who.age()));
        if (!who.categories().isEmpty() && who.categories().size() < CareLeaverCategory.values().length) {
            lines.add(categories(who.categories()));
        }
        who.circumstances().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(rule -> lines.add(circumstance(rule.getKey(), rule.getValue())));
        return lines;
    }

    static String age(AgeRange age) {
        String from = age.fromDaysBefore() > 0
                ? age.fromDaysBefore() + " days before your " + NationalEntitlement.ordinal(age.fromAge()) + " birthday"
                : null;
        if (age.untilAge() == null) {
            return from != null ? "You can get this from " + from + "." : "You are " + age.fromAge() + " or over.";
        }
        String until = "until your " + NationalEntitlement.ordinal(age.untilAge()) + " birthday";
        return from != null ? "You can get this from " + from + ", " + until + "."
                : "You are aged " + age.fromAge() + " to " + (age.untilAge() - 1) + " (" + until + ").";
    }

    static String categories(Set<CareLeaverCategory> categories) {
        List<String> ways = categories.stream().sorted().map(QualifyingInWords::category).toList();
        return ways.size() == 1 ? ways.getFirst() : "One of these is true: " + String.join("; or ", ways.stream()
                .map(way -> Character.toLowerCase(way.charAt(0)) + way.substring(1, way.length() - 1)).toList()) + ".";
    }

    private static String category(CareLeaverCategory category) {
        return switch (category) {
            case ELIGIBLE -> "You are 16 or 17 and still in care.";
            case RELEVANT -> "You are 16 or 17 and have left care.";
            case FORMER_RELEVANT -> "You were in care, or had left care, after your 16th birthday and you are now 18 or over.";
            case QUALIFYING -> "You left care after your 16th birthday but were in care for less than 13 weeks, or you left under a special guardianship order.";
        };
    }

    static String circumstance(Circumstance circumstance, boolean required) {
        return switch (circumstance) {
            case IN_HIGHER_EDUCATION -> required ? "You are at university or on another higher education course." : "You are not in higher education.";
            case IN_FURTHER_EDUCATION -> required ? "You are at school, college or in training." : "You are not at school, college or in training.";
            case ON_APPRENTICESHIP -> required ? "You are starting or doing an apprenticeship." : "You are not on an apprenticeship.";
            case IN_WORK -> required ? "You are in work." : "You are not in work.";
            case PARENT -> required ? "You are a parent." : "You are not a parent.";
            case STAYING_PUT -> required ? "You live with the foster carers you lived with when you turned 18." : "You are not staying put with your foster carers.";
            case LIVING_OUTSIDE_AUTHORITY -> required ? "You live outside the council's area." : "You live in the council's area.";
            case UNACCOMPANIED_ASYLUM_SEEKING -> required ? "You came to the UK on your own to seek asylum." : "You did not come to the UK on your own to seek asylum.";
            case SETTING_UP_HOME -> required ? "You are moving into a home of your own." : "You are not moving into a home of your own.";
        };
    }
}
