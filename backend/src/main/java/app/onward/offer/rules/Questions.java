package app.onward.offer.rules;

import java.util.Collection;
import java.util.EnumSet;
import java.util.List;

/** What a checker needs to ask so that a set of rules can be decided: nothing any of the rules does not need. */
public final class Questions {

    private Questions() {
    }

    /** In {@link Fact} order (date of birth, category, then circumstances), each once. */
    public static List<Fact> needed(Collection<WhoQualifies> rules) {
        EnumSet<Fact> needed = EnumSet.noneOf(Fact.class);
        for (WhoQualifies rule : rules) {
            if (!rule.age().coversEveryAge()) {
                needed.add(Fact.DATE_OF_BIRTH);
            }
            if (rule.restrictsCategory()) {
                needed.add(Fact.CATEGORY);
            }
            for (Circumstance circumstance : rule.circumstances().keySet()) {
                needed.add(Fact.of(circumstance));
            }
        }
        return List.copyOf(needed);
    }
}
