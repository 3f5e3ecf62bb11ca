package app.onward.offer;

import app.onward.offer.rules.AgeRange;
import app.onward.offer.rules.CareLeaverCategory;
import app.onward.offer.rules.WhoQualifies;
import app.onward.offer.rules.Words;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Who qualifies, as a young person reads it: one line per rule, each completing "It is for care-experienced
 * young people who …" ("are aged 18 to 24, up to their 25th birthday"). The lines use the same words as the
 * checker's explanations (the categories' and circumstances' own), so the rules, the page and the checker
 * can never disagree.
 */
public final class QualifyingInWords {

    public static final String LEAD = "It is for care-experienced young people who:";

    private QualifyingInWords() {
    }

    public static List<String> of(WhoQualifies who) {
        List<String> lines = new ArrayList<>();
        lines.add(age(who.age()));
        if (!who.categories().isEmpty() && who.categories().size() < CareLeaverCategory.values().length) {
            lines.add(categories(who.categories()));
        }
        who.circumstances().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .forEach(rule -> lines.add(rule.getKey().who(rule.getValue())));
        return lines;
    }

    static String age(AgeRange age) {
        String until = age.untilAge() == null ? "" : ", up to their " + Words.ordinal(age.untilAge()) + " birthday";
        if (age.fromDaysBefore() > 0) {
            return "are within " + age.fromDaysBefore() + " days of their " + Words.ordinal(age.fromAge()) + " birthday, or older" + until;
        }
        return age.untilAge() == null ? "are " + age.fromAge() + " or over"
                : "are aged " + age.fromAge() + " to " + (age.untilAge() - 1) + until;
    }

    static String categories(Set<CareLeaverCategory> categories) {
        return String.join(", or ", categories.stream().sorted().map(CareLeaverCategory::who).toList());
    }
}
