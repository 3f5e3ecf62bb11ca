package app.onward.portal.challenge;

import com.vaadin.flow.component.html.Span;

/**
 * "Overdue", "Done": always in words, the colour only helps (portal.css {@code .due-…}, as the caseload's due
 * badges).
 */
class Flag extends Span {

    private Flag(String words, String kind) {
        super(words);
        addClassNames("due", "due-" + kind);
    }

    static Flag overdue() {
        return new Flag("Overdue", "overdue");
    }

    static Flag overdue(String words) {
        return new Flag(words, "overdue");
    }

    static Flag done() {
        return new Flag("Done", "on-track");
    }
}
