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
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;

import java.time.Duration;

/**
 * A young person's home: their personal adviser and how to reach them, the ways to their plan, their goals,
 * "tell us", their authority's offer, and their referral or who to talk to when things feel too hard. The page
 * title says nothing about them: it shows in the tab list and the history of a shared phone.
 */
@StyleSheet("young-person-pages.css")
@Route(value = "my", layout = YoungPersonLayout.class)
@PageTitle("Home – Onward")
@RolesAllowed("CARE_LEAVER")
public class YoungPersonHomeView extends Div {

    YoungPersonHomeView(CurrentUser currentUser, MyRecord myRecord, AuthenticationContext authentication,
                        OnwardProperties properties) {
        try {
            Me me = currentUser.me();
            Authority authority = me.authority();
            add(new H1("Hello " + currentUser.givenName()),
                    new Paragraph("You are signed in to Onward as " + me.name() + ", from " + authority.name() + "."),
                    places(authority, myRecord),
                    adviser(myRecord),
                    safety(properties.youngPersonIdleSignOut()),
                    new SignOutButton(authentication));
        } catch (BackendException problem) {
            add(ProblemMessage.of(problem, "/my"));
        }
    }

    private static Nav places(Authority authority, MyRecord myRecord) {
        var places = new Nav(bigLink("/my/plan", "My plan"),
                bigLink("/my/goals", "My goals and actions"),
                bigLink("/my/where-i-live", "Where I live and what I’m doing"),
                bigLink("/my/entitlements", "What you can get"),
                bigLink("/my/tell-us", "Tell us something has changed, or something here is wrong"),
                bigLink("/" + authority.slug() + "/offer", "See what " + authority.name() + " offers you"),
                support(myRecord));
        places.getElement().setAttribute("aria-label", "Your pages");
        return places;
    }

    /**
     * "My referral" for a young person who has one; for everyone else (and when referrals cannot be read just now)
     * the same page, for who to reach when things feel too hard: the crisis contacts are always one tap away.
     */
    private static Anchor support(MyRecord myRecord) {
        try {
            if (myRecord.hasReferral()) {
                return bigLink("/my/referral", "My referral: getting mental-health support");
            }
        } catch (BackendException problem) {
            // The crisis contacts below still need no referral.
        }
        return bigLink("/my/referral#" + CrisisContacts.ID, "If things feel too hard: who you can talk to now");
    }

    /** The rest of home still works when the adviser cannot be read just now. */
    private static Div adviser(MyRecord myRecord) {
        try {
            return new AdviserCard(myRecord.home().personalAdviser());
        } catch (BackendException problem) {
            var sorry = new Div(new Paragraph("We cannot show who your personal adviser is just now. "
                    + problem.problem().friendlyMessage()));
            sorry.addClassName("adviser");
            return sorry;
        }
    }

    /** At the top of every other young person's page: a plain link, still a large touch target. */
    static Anchor backHome() {
        var link = new Anchor("/my", "Back to home");
        link.addClassName("back-link");
        return link;
    }

    static Anchor bigLink(String href, String text) {
        var link = new Anchor(href, text);
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
