package app.onward.portal.offer;

import app.onward.portal.identity.Authority;

import java.util.List;

/** An authority's entitlement checker: the questions its published rules need, one page each, in order. */
public record Checker(Authority authority, List<CheckerQuestion> questions) {

    public Checker {
        questions = List.copyOf(questions);
    }

    /** The page's place among the questions, or -1 when this authority's rules do not ask it. */
    int indexOf(CheckerQuestion.Page page) {
        for (int i = 0; i < questions.size(); i++) {
            if (questions.get(i).page() == page) {
                return i;
            }
        }
        return -1;
    }
}
