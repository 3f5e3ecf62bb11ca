package app.onward.portal.staff;

import app.onward.portal.graphql.BackendException;
import app.onward.portal.identity.CurrentUser;
import app.onward.portal.identity.ServiceBrand;
import app.onward.portal.identity.SignOutButton;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every staff page: the authority and who is signed in, with signing out always in reach. Any
 * signed-in user may have the frame; each view narrows access to its own roles (Vaadin checks both).
 */
@PermitAll
public class StaffLayout extends Div implements RouterLayout {

    private final Main content = new Main();

    StaffLayout(CurrentUser currentUser, AuthenticationContext authentication) {
        addClassName("staff");
        var account = new Div();
        account.addClassName("account");
        try {
            var name = new Span(currentUser.me().name());
            name.addClassName("account-name");
            account.add(name);
        } catch (BackendException unavailable) {
            // The page below says what went wrong.
        }
        account.add(new SignOutButton(authentication));
        var header = new Header(new ServiceBrand(currentUser), account);
        header.addClassNames("portal-header", "staff-header");
        content.addClassNames("portal-content", "staff-content");
        add(header, content);
    }

    @Override
    public void showRouterLayoutContent(HasElement view) {
        content.getElement().removeAllChildren();
        content.getElement().appendChild(view.getElement());
    }
}
