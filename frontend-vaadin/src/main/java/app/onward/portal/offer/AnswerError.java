package app.onward.portal.offer;

import app.onward.portal.offer.CheckerQuestion.Page;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import static app.onward.portal.offer.CheckerAnswers.NONE;
import static app.onward.portal.offer.CheckerAnswers.NOT_SURE;

/**
 * Why a page's answer cannot be used, in the GOV.UK pattern's words (design-system.service.gov.uk, "Date input"
 * and "Checkboxes"). Checked here, before the backend is asked, so that a wrong answer never travels further.
 *
 * @param fieldId     the field the error summary links to
 * @param message     what to do, as the error summary and the inline error say it
 * @param highlighted for a date, the parts to mark as wrong
 */
public record AnswerError(String fieldId, String message, Set<String> highlighted) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** The backend refuses a date of birth more than 120 years ago: nobody it could help. */
    private static final int OLDEST = 120;

    public boolean highlights(String part) {
        return highlighted.contains(part);
    }

    static Optional<AnswerError> of(CheckerQuestion question, CheckerAnswers answers, LocalDate today) {
        return switch (question.page()) {
            case DATE_OF_BIRTH -> dateOfBirth(answers, today);
            case CATEGORY -> answers.category() != null && (answers.category().equals(NOT_SURE)
                    || CheckerAnswers.CATEGORIES.stream().anyMatch(choice -> choice.value().equals(answers.category())))
                    ? Optional.empty()
                    : Optional.of(new AnswerError("category", "Select which describes you, or I'm not sure", Set.of()));
            case EDUCATION_AND_WORK, HOME, ABOUT_YOU -> circumstances(question, answers.tickedOn(question.page()));
        };
    }

    private static Optional<AnswerError> dateOfBirth(CheckerAnswers answers, LocalDate today) {
        List<String> missing = new ArrayList<>();
        if (answers.day() == null) missing.add("day");
        if (answers.month() == null) missing.add("month");
        if (answers.year() == null) missing.add("year");
        if (missing.size() == 3) {
            return date("day", "Enter your date of birth", Set.of("day", "month", "year"));
        }
        if (!missing.isEmpty()) {
            return date(missing.getFirst(), "Date of birth must include a " + String.join(" and ", missing), Set.copyOf(missing));
        }
        if (CheckerAnswers.isNumber(answers.year(), 10) && answers.year().length() != 4) {
            return date("year", "Year must include 4 numbers", Set.of("year"));
        }
        Optional<LocalDate> born = answers.dateOfBirth();
        if (born.isEmpty()) {
            return date("day", "Date of birth must be a real date", Set.of("day", "month", "year"));
        }
        if (!born.get().isBefore(today)) {
            return date("day", "Date of birth must be in the past", Set.of("day", "month", "year"));
        }
        if (born.get().isBefore(today.minusYears(OLDEST))) {
            return date("day", "Date of birth must be after " + DAY.format(today.minusYears(OLDEST).minusDays(1)),
                    Set.of("day", "month", "year"));
        }
        return Optional.empty();
    }

    private static Optional<AnswerError> date(String part, String message, Set<String> highlighted) {
        return Optional.of(new AnswerError("date-of-birth-" + part, message, highlighted));
    }

    private static Optional<AnswerError> circumstances(CheckerQuestion question, Set<String> ticked) {
        String field = question.page().field();
        long chosen = ticked.stream().filter(question::offers).count();
        boolean none = ticked.contains(NONE);
        boolean notSure = ticked.contains(NOT_SURE);
        if (chosen == 0 && !none && !notSure) {
            return Optional.of(new AnswerError(field, "Select all that are true for you, or None of these, or I'm not sure", Set.of()));
        }
        // GOV.UK's checkboxes make these two exclusive with JavaScript; without it, the server has to say so.
        if (none && (chosen > 0 || notSure)) {
            return Optional.of(new AnswerError(field, "Select None of these on its own, or untick it", Set.of()));
        }
        if (notSure && chosen > 0) {
            return Optional.of(new AnswerError(field, "Select I'm not sure on its own, or untick it", Set.of()));
        }
        return Optional.empty();
    }
}
