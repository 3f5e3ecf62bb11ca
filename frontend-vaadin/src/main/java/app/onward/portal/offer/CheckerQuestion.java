package app.onward.portal.offer;

import java.util.List;
import java.util.Locale;

/** One page of the entitlement checker, as the backend's {@code checkerQuestions} gives it: one question. */
public record CheckerQuestion(Page page, String question, String hint, List<Option> options) {

    public enum Page {
        DATE_OF_BIRTH, CATEGORY, EDUCATION_AND_WORK, HOME, ABOUT_YOU;

        /** The name of the page's answer in the form, and the id of its first field: "education-and-work". */
        public String field() {
            return name().toLowerCase(Locale.ROOT).replace('_', '-');
        }

        public boolean isCircumstances() {
            return this != DATE_OF_BIRTH && this != CATEGORY;
        }
    }

    /** A circumstance to tick, with its label in the young person's own voice. */
    public record Option(String circumstance, String label) {}

    public CheckerQuestion {
        options = options == null ? List.of() : List.copyOf(options);
    }

    public boolean offers(String circumstance) {
        return options.stream().anyMatch(option -> option.circumstance().equals(circumstance));
    }
}
