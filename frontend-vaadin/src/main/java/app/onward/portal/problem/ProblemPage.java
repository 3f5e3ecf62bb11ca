package app.onward.portal.problem;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.LandingPage;
import app.onward.portal.identity.Role;
import app.onward.portal.identity.ServiceBrand;
import app.onward.portal.youngperson.QuickExitButton;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The signed-in side's error pages: the usual header (with "Leave this site quickly" for a young person, as on
 * all their pages) and a {@link ProblemMessage}. Vaadin checks access to error pages too; they show nothing
 * private, so subclasses are {@code @AnonymousAllowed}, or a failure would end up as "not for your account".
 */
abstract class ProblemPage extends Div {

    private final Main content = new Main();
    private final LandingPage home;

    ProblemPage(CurrentUser currentUser, AuthenticationContext authentication, OnwardProperties properties) {
        home = LandingPage.forRoles(Role.fromAuthorities(authentication.getGrantedAuthorities()));
        var header = new Header(new ServiceBrand(currentUser));
        header.addClassName("portal-header");
        if (home == LandingPage.YOUNG_PERSON_HOME) {
            header.add(new QuickExitButton(properties.quickExitUrl()));
            header.addClassName("young-person-header");
            addClassName("young-person");
        }
        content.addClassName("portal-content");
        add(header, content);
    }

    /** Where this user belongs: their own home. */
    LandingPage home() {
        return home;
    }

    void show(ProblemMessage message) {
        content.removeAll();
        content.add(message);
    }
}
