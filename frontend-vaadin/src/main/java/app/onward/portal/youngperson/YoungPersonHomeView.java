package app.onward.portal.youngperson;

import app.onward.portal.OnwardProperties;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.Authority;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.Me;
import app.onward.portal.identity.SignOutButton;
import app.onward.portal.problem.ProblemMessage;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;

/**
 * A young person's home: who they are signed in as, and the way to their authority's offer. The page title
 * says nothing about them: it shows in the tab list and the history of a shared phone.
 */
@Route(value = "my", layout = YoungPersonLayout.class)
@PageTitle("Home – Onward")
@RolesAllowed("CARE_LEAVER")
public class YoungPersonHomeView extends Div {

    YoungPersonHomeView(CurrentUser currentUser, AuthenticationContext authentication, OnwardProperties properties) {
        try {
            Me me = currentUser.me();
            Authority authority = me.authority();
            add(new H1("Hello " + currentUser.givenName()),
                    new Paragraph("You are signed in to Onward as " + me.name() + ", from " + authority.name() + "."),
                    offerLink(authority),
                    safety(properties.youngPersonIdleSignOut()),
                    new SignOutButton(authentication));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/my"));
        }
    }

    private static Anchor offerLink(Authority authority) {
        var link = new Anchor("/" + authority.slug() + "/offer", "See what " + authority.name() + " offers you");
        link.addClassName("big-link");
        return link;
    }

    private static Paragraph safety(Duration idleSignOut) {
        var hint = new Paragraph("If someone might see your screen, press “Leave this site quickly”. "
                + "We sign you out if you do not use Onward for " + inWords(idleSignOut) + ".");
        hint.addClassName("hint");
        return hint;
    }

    /** "15 minutes", "1 minute", "30 seconds". */
    static String inWords(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return duration.toSeconds() + " seconds";
        }
        return minutes == 1 ? "1 minute" : minutes + " minutes";
    }
}
