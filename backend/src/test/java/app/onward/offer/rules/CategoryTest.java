package app.onward.offer.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static app.onward.offer.rules.CareLeaverCategory.ELIGIBLE;
import static app.onward.offer.rules.CareLeaverCategory.FORMER_RELEVANT;
import static app.onward.offer.rules.CareLeaverCategory.RELEVANT;
import static org.assertj.core.api.Assertions.assertThat;

class CategoryTest {

    enum Restriction {
        FORMER_RELEVANT_ONLY(Set.of(FORMER_RELEVANT)),
        ELIGIBLE_OR_RELEVANT(Set.of(ELIGIBLE, RELEVANT)),
        ANY(Set.of()),
        EVERY_ONE_LISTED(EnumSet.allOf(CareLeaverCategory.class));

        final Set<CareLeaverCategory> categories;

        Restriction(Set<CareLeaverCategory> categories) {
            this.categories = categories;
        }
    }

    @ParameterizedTest(name = "{0}, category {1}: {2}")
    @CsvSource(delimiter = '|', nullValues = "unknown", textBlock = """
            FORMER_RELEVANT_ONLY | ELIGIBLE        | DOES_NOT_APPLY
            FORMER_RELEVANT_ONLY | RELEVANT        | DOES_NOT_APPLY
            FORMER_RELEVANT_ONLY | FORMER_RELEVANT | APPLIES
            FORMER_RELEVANT_ONLY | QUALIFYING      | DOES_NOT_APPLY
            FORMER_RELEVANT_ONLY | unknown         | MAY_APPLY
            ELIGIBLE_OR_RELEVANT | ELIGIBLE        | APPLIES
            ELIGIBLE_OR_RELEVANT | RELEVANT        | APPLIES
            ELIGIBLE_OR_RELEVANT | FORMER_RELEVANT | DOES_NOT_APPLY
            ELIGIBLE_OR_RELEVANT | QUALIFYING      | DOES_NOT_APPLY
            ELIGIBLE_OR_RELEVANT | unknown         | MAY_APPLY
            ANY                  | ELIGIBLE        | APPLIES
            ANY                  | RELEVANT        | APPLIES
            ANY                  | FORMER_RELEVANT | APPLIES
            ANY                  | QUALIFYING      | APPLIES
            ANY                  | unknown         | APPLIES
            EVERY_ONE_LISTED     | QUALIFYING      | APPLIES
            EVERY_ONE_LISTED     | unknown         | APPLIES
            """)
    void shouldMatchTheCategoryOnlyWhenTheRuleIsRestricted(Restriction restriction, CareLeaverCategory category, Verdict expected) {
        WhoQualifies rule = new WhoQualifies(AgeRange.from(0), restriction.categories, Map.of());
        Facts facts = Facts.on(LocalDate.of(2026, 6, 15)).in(category);

        Assessment assessment = Eligibility.assess(rule, facts);

        assertThat(assessment.verdict()).isEqualTo(expected);
        assertThat(assessment.toCheck()).isEqualTo(expected == Verdict.MAY_APPLY ? List.of(Fact.CATEGORY) : List.of());
        assertThat(assessment.unmet()).isEqualTo(expected == Verdict.DOES_NOT_APPLY
                ? List.of(new Unmet.NotInCategory(restriction.categories)) : List.of());
    }
}
