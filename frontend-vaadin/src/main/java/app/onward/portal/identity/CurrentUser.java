package app.onward.portal.identity;

import app.onward.portal.graphql.SignedInBackend;
import com.vaadin.flow.spring.annotation.UIScope;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.Optional;

/**
 * The signed-in user of one browser tab, asked of the backend once per tab: the header and the page both show
 * it, and a reload asks again.
 */
@Component
@UIScope
public class CurrentUser {

    private static final String ME = """
            { me { subject name username email roles authority { slug name signInIssuer } } }""";

    private final SignedInBackend backend;
    private final SecurityContextHolderStrategy securityContexts;
    private Me me;

    CurrentUser(SignedInBackend backend, SecurityContextHolderStrategy securityContexts) {
        this.backend = backend;
        this.securityContexts = securityContexts;
    }

    public Me me() {
        if (me == null) {
            me = backend.fetch(ME, Map.of(), "me", Me.class).orElseThrow();
        }
        return me;
    }

    /**
     * The name to greet them by: the given name their authority's sign-in holds, else their full name.
     * (The {@code me} query has no given name yet.)
     */
    public String givenName() {
        return Optional.ofNullable(securityContexts.getContext().getAuthentication())
                .map(authentication -> authentication.getPrincipal() instanceof OidcUser user ? user.getGivenName() : null)
                .filter(name -> !name.isBlank())
                .orElseGet(() -> me().name());
    }
}
