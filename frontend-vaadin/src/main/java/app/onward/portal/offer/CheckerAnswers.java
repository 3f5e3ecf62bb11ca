package app.onward.portal.offer;

import app.onward.portal.offer.CheckerQuestion.Page;
import org.springframework.util.MultiValueMap;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What someone has told the checker so far, as they typed it. It lives only in the form: each page carries
 * every other page's answers as hidden fields, so nothing is kept on the server, in a cookie or in an address
 * (issue 4). Never log it. Typed as given, so that a page shown again with an error shows what was typed.
 *
 * @param ticked for each page of circumstances that has been answered, the values ticked: circumstances,
 *               {@link #NONE} or {@link #NOT_SURE}
 */
public record CheckerAnswers(String day, String month, String year, String category, Map<Page, Set<String>> ticked) {

    public static final String NONE = "NONE";
    public static final String NOT_SURE = "NOT_SURE";

    /** The categories, in the young person's own voice: the backend's {@code CareLeaverCategory.who()}, as "I". */
    public static final List<Choice> CATEGORIES = List.of(
            new Choice("ELIGIBLE", "I'm 16 or 17 and still in care"),
            new Choice("RELEVANT", "I'm 16 or 17 and have left care"),
            new Choice("FORMER_RELEVANT", "I'm 18 or over and was in care at 16 or 17"),
            new Choice("QUALIFYING", "I left care after turning 16 without 13 weeks in care since I was 14, or under a special guardianship order"));

    public record Choice(String value, String label) {}

    /** A hidden field that carries an answer to the next page. */
    public record Field(String name, String value) {}

    // Nothing a person types is this long; anything longer is junk, not an answer, and is not carried on.
    private static final int LONGEST = 10;
    private static final Pattern VALUE = Pattern.compile("[A-Z_]{1,40}");

    public CheckerAnswers {
        ticked = Map.copyOf(ticked);
    }

    public static CheckerAnswers none() {
        return new CheckerAnswers(null, null, null, null, Map.of());
    }

    public static CheckerAnswers from(MultiValueMap<String, String> form) {
        Map<Page, Set<String>> ticked = new EnumMap<>(Page.class);
        for (Page page : Page.values()) {
            List<String> values = form.get(page.field());
            if (page.isCircumstances() && values != null) {
                Set<String> valid = new LinkedHashSet<>();
                values.stream().filter(value -> value != null && VALUE.matcher(value).matches()).forEach(valid::add);
                ticked.put(page, Set.copyOf(valid));
            }
        }
        String category = form.getFirst("category");
        return new CheckerAnswers(typed(form.getFirst("day")), typed(form.getFirst("month")), typed(form.getFirst("year")),
                category != null && VALUE.matcher(category).matches() ? category : null, ticked);
    }

    private static String typed(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String stripped = value.strip();
        return stripped.length() > LONGEST ? stripped.substring(0, LONGEST) : stripped;
    }

    /** Every answer except those of the page being shown, which its own fields carry. */
    public List<Field> carriedExcept(Page shown) {
        List<Field> fields = new ArrayList<>();
        if (shown != Page.DATE_OF_BIRTH) {
            addIfGiven(fields, "day", day);
            addIfGiven(fields, "month", month);
            addIfGiven(fields, "year", year);
        }
        if (shown != Page.CATEGORY) {
            addIfGiven(fields, "category", category);
        }
        ticked.forEach((page, values) -> {
            if (page != shown) {
                // An answered page with nothing ticked must still read as answered on the next page.
                if (values.isEmpty()) {
                    fields.add(new Field(page.field(), ""));
                }
                values.stream().sorted().forEach(value -> fields.add(new Field(page.field(), value)));
            }
        });
        return fields;
    }

    public List<Field> carried() {
        return carriedExcept(null);
    }

    private static void addIfGiven(List<Field> fields, String name, String value) {
        if (value != null) {
            fields.add(new Field(name, value));
        }
    }

    public boolean isTicked(Page page, String value) {
        return ticked.getOrDefault(page, Set.of()).contains(value);
    }

    public Set<String> tickedOn(Page page) {
        return ticked.getOrDefault(page, Set.of());
    }

    /** The date of birth when the three parts make a real date; whether it is a sensible one is not checked here. */
    public Optional<LocalDate> dateOfBirth() {
        if (!isNumber(day, 2) || !isNumber(month, 2) || year == null || !year.matches("\\d{4}")) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException notADate) {
            return Optional.empty();
        }
    }

    static boolean isNumber(String value, int maxDigits) {
        return value != null && value.matches("\\d{1," + maxDigits + "}");
    }

    /**
     * The answers as the backend's {@code CheckerAnswers}: only what was answered and is valid, for the pages
     * asked. "I'm not sure" is left out, which the backend reads as unknown.
     */
    public Map<String, Object> forBackend(List<CheckerQuestion> questions) {
        Map<String, Object> answers = new HashMap<>();
        dateOfBirth().ifPresent(born -> answers.put("dateOfBirth", born.toString()));
        if (CATEGORIES.stream().anyMatch(choice -> choice.value().equals(category))) {
            answers.put("category", category);
        }
        List<Map<String, Object>> circumstances = new ArrayList<>();
        for (CheckerQuestion question : questions) {
            Set<String> values = ticked.get(question.page());
            if (!question.page().isCircumstances() || values == null || values.isEmpty() || values.contains(NOT_SURE)) {
                continue;
            }
            for (CheckerQuestion.Option option : question.options()) {
                circumstances.add(Map.of("circumstance", option.circumstance(), "applies", values.contains(option.circumstance())));
            }
        }
        answers.put("circumstances", circumstances);
        return answers;
    }
}
