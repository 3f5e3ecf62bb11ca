package app.onward.portal.problem;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** What a signed-in page shows instead of its content when something went wrong: what happened, and what to do. */
public class ProblemMessage extends Div {

    private static final Logger log = LoggerFactory.getLogger(ProblemMessage.class);

    public ProblemMessage(String heading, String explanation, String linkText, String linkTarget) {
        addClassName("problem");
        add(new H1(heading), new Paragraph(explanation), new Anchor(linkTarget, linkText));
    }

    /** For a page whose call to the backend failed; {@code retryPath} opens the page again. */
    public static ProblemMessage of(BackendException failure, String retryPath) {
        log.warn("The backend did not answer: {}", failure.getMessage(), failure);
        if (failure.problem() == BackendProblem.UNAUTHENTICATED) {
            return new ProblemMessage("Please sign in again", failure.problem().friendlyMessage(), "Sign in", "/sign-in");
        }
        return new ProblemMessage("Sorry, there is a problem", failure.problem().friendlyMessage(), "Try again", retryPath);
    }
}
