package app.onward.portal.identity;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * Signs out of the portal and, server to server, of the authority's Keycloak session, then comes back to the
 * list of authorities.
 */
public class SignOutButton extends Button {

    public SignOutButton(AuthenticationContext authentication) {
        super("Sign out", click -> authentication.logout());
        addClassName("sign-out");
    }
}
