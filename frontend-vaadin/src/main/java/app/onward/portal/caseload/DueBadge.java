package app.onward.portal.caseload;

import com.vaadin.flow.component.html.Span;

/**
 * A due date's status in words ("Overdue", "Due soon", "On track"), so that it is never told by colour alone;
 * the colour (portal.css, {@code .due-…}) only helps.
 */
class DueBadge extends Span {

    DueBadge(Clocks.Due due) {
        this(due.status());
    }

    DueBadge(Terms.DueStatus status) {
        super(status.words());
        addClassNames("due", "due-" + status.name().toLowerCase().replace('_', '-'));
    }
}
