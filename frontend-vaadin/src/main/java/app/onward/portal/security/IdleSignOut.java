package app.onward.portal.security;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.LandingPage;
import app.onward.portal.identity.Role;
import com.vaadin.flow.server.HandlerHelper.RequestType;
import com.vaadin.flow.shared.ApplicationConstants;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * Signs a user out after a while without using Onward: young people after
 * {@code onward.young-person-idle-sign-out} (15 minutes), because their phone may be shared; staff after the
 * session timeout (30 minutes). DESIGN.md, "Young people's safety on shared phones".
 * <p>
 * A Vaadin tab sends a heartbeat every minute; it keeps the tab's session known but is not use, so it is not
 * counted. The first heartbeat after the limit ends the session: Vaadin then tells the tab its session expired
 * and the tab goes to the signed-out page (PortalShell), clearing the screen. Ending the session also ends the
 * Keycloak session ({@link KeycloakSessionEnder}).
 */
@Component
class IdleSignOut extends OncePerRequestFilter {

    private static final String LAST_USE = IdleSignOut.class.getName() + ".LAST_USE";

    private final Duration youngPersonLimit;
    private final Duration staffLimit;
    private final Clock clock;
    private final SecurityContextHolderStrategy securityContexts;

    IdleSignOut(OnwardProperties properties, @Value("${server.servlet.session.timeout:30m}") Duration staffLimit,
                Clock clock, SecurityContextHolderStrategy securityContexts) {
        this.youngPersonLimit = properties.youngPersonIdleSignOut();
        this.staffLimit = staffLimit;
        this.clock = clock;
        this.securityContexts = securityContexts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        HttpSession session = request.getSession(false);
        Authentication signedIn = securityContexts.getContext().getAuthentication();
        if (session != null && signedIn instanceof OAuth2AuthenticationToken) {
            Duration limit = limitFor(signedIn);
            Instant now = clock.instant();
            if (session.getAttribute(LAST_USE) instanceof Instant lastUse && lastUse.plus(limit).isBefore(now)) {
                session.invalidate();
                securityContexts.clearContext();
            } else if (!isHeartbeat(request)) {
                session.setAttribute(LAST_USE, now);
                // Also when the tab is closed: the container then ends the session after the same time.
                session.setMaxInactiveInterval((int) limit.toSeconds());
            }
        }
        chain.doFilter(request, response);
    }

    private Duration limitFor(Authentication signedIn) {
        return LandingPage.forRoles(Role.fromAuthorities(signedIn.getAuthorities())) == LandingPage.YOUNG_PERSON_HOME
                ? youngPersonLimit
                : staffLimit;
    }

    private static boolean isHeartbeat(HttpServletRequest request) {
        return RequestType.HEARTBEAT.getIdentifier()
                .equals(request.getParameter(ApplicationConstants.REQUEST_TYPE_PARAMETER));
    }
}
