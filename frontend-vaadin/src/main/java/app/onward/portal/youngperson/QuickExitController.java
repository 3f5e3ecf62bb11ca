package app.onward.portal.youngperson;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Ends the session of someone who pressed "Leave this site quickly" (sent as a beacon while the browser is already
 * leaving), which also ends their Keycloak session (security.KeycloakSessionEnder).
 */
@RestController
class QuickExitController {

    static final String PATH = "/quick-exit";

    private final SecurityContextHolderStrategy securityContexts;

    QuickExitController(SecurityContextHolderStrategy securityContexts) {
        this.securityContexts = securityContexts;
    }

    @PostMapping(PATH)
    ResponseEntity<Void> leave(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.invalidate();
        }
        securityContexts.clearContext();
        return ResponseEntity.noContent().build();
    }
}
