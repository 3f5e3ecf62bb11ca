package app.onward.offer;

import app.onward.offer.rules.Circumstance;
import app.onward.offer.rules.Fact;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The signed-out checker's pages, one question each, in the order they are asked. A page is asked only when
 * the authority's published rules need one of its facts, and a page of circumstances shows only those the rules
 * ask about; there are at most five pages, within the seven the checker may ask (issue 4).
 */
public enum CheckerPage {
    DATE_OF_BIRTH("What is your date of birth?", "For example, 27 3 2007. We use it only to work out what you can get today.", List.of()),
    CATEGORY("Which of these describes you?", "If you are not sure, your personal adviser can tell you.", List.of()),
    EDUCATION_AND_WORK("Are you doing any of these?", "Select all that apply.",
            List.of(Circumstance.IN_HIGHER_EDUCATION, Circumstance.IN_FURTHER_EDUCATION, Circumstance.ON_APPRENTICESHIP, Circumstance.IN_WORK)),
    HOME("Which of these are true about where you live?", "Select all that apply.",
            List.of(Circumstance.LIVING_OUTSIDE_AUTHORITY, Circumstance.STAYING_PUT, Circumstance.SETTING_UP_HOME)),
    ABOUT_YOU("Are any of these true for you?", "Select all that apply.",
            List.of(Circumstance.PARENT, Circumstance.UNACCOMPANIED_ASYLUM_SEEKING));

    private final String question;
    private final String hint;
    private final List<Circumstance> circumstances;

    CheckerPage(String question, String hint, List<Circumstance> circumstances) {
        this.question = question;
        this.hint = hint;
        this.circumstances = circumstances;
    }

    public String question() {
        return question;
    }

    public String hint() {
        return hint;
    }

    /** A page and the circumstances on it that the rules ask about. */
    public record Asked(CheckerPage page, List<Circumstance> circumstances) {

        public String question() {
            return page.question();
        }

        public String hint() {
            return page.hint();
        }
    }

    /** The pages to ask, from the facts the rules need ({@code Questions.needed}), in order. */
    public static List<Asked> toAsk(Collection<Fact> needed) {
        List<Asked> pages = new ArrayList<>();
        for (CheckerPage page : values()) {
            List<Circumstance> asked = page.circumstances.stream().filter(c -> needed.contains(Fact.of(c))).toList();
            boolean needsPage = switch (page) {
                case DATE_OF_BIRTH -> needed.contains(Fact.DATE_OF_BIRTH);
                case CATEGORY -> needed.contains(Fact.CATEGORY);
                default -> !asked.isEmpty();
            };
            if (needsPage) {
                pages.add(new Asked(page, asked));
            }
        }
        return pages;
    }

    /** How a circumstance is offered as an answer: in the young person's own voice. */
    public static String answer(Circumstance circumstance) {
        return switch (circumstance) {
            case IN_HIGHER_EDUCATION -> "I'm at university, or starting another higher education course";
            case IN_FURTHER_EDUCATION -> "I'm at school, college or in training, and under 19";
            case ON_APPRENTICESHIP -> "I'm doing or starting an apprenticeship";
            case IN_WORK -> "I'm in work";
            case LIVING_OUTSIDE_AUTHORITY -> "I live outside the council's area";
            case STAYING_PUT -> "I still live with my foster carers after turning 18";
            case SETTING_UP_HOME -> "I'm moving into a home of my own, now or soon";
            case PARENT -> "I'm a parent";
            case UNACCOMPANIED_ASYLUM_SEEKING -> "I came to the UK on my own to seek asylum";
        };
    }
}
