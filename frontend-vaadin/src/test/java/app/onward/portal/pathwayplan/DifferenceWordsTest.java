package app.onward.portal.pathwayplan;

import app.onward.portal.pathwayplan.PlanModel.Difference;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class DifferenceWordsTest {

    @ParameterizedTest
    @CsvSource(nullValues = "null", value = {
            "ASSESSMENT,          Assessment,                 Assessment",
            "ASSESSMENT,          null,                       Assessment",
            "YOUNG_PERSONS_WORDS, What the young person said, What the young person said",
            "YOUNG_PERSONS_WORDS, '',                         The young person's own words",
            "GOAL,                Find a flat,                Goal: Find a flat",
            "ACTION,              Book a viewing,             Action: Book a viewing",
            "ACTION,              null,                       Action"})
    void shouldSayWhatChangedWithoutRepeatingItself(String part, String label, String expected) {
        var difference = new Difference(PlanMatter.ACCOMMODATION, part, label, "before", "after");

        assertThat(DifferenceList.whatChanged(difference)).isEqualTo(expected);
    }
}
