package app.onward.offer.rules;

import java.util.Map;
import java.util.Set;

/**
 * Who an entitlement is for, as structured rules: every part must hold. {@code categories} empty means any
 * category; {@code circumstances} maps each circumstance the rule asks about to the value it must have.
 */
public record WhoQualifies(AgeRange age, Set<CareLeaverCategory> categories, Map<Circumstance, Boolean> circumstances) {

    private static final int EVERY_CATEGORY = CareLeaverCategory.values().length;

    public WhoQualifies {
        if (age == null) {
            throw new IllegalArgumentException("Every entitlement says which ages it is for");
        }
        categories = Set.copyOf(categories == null ? Set.of() : categories);
        circumstances = Map.copyOf(circumstances == null ? Map.of() : circumstances);
    }

    /** False when any category will do: none listed, or every one listed. */
    public boolean restrictsCategory() {
        return !categories.isEmpty() && categories.size() < EVERY_CATEGORY;
    }
}
