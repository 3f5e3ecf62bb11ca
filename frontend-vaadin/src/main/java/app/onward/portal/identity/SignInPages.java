package app.onward.portal.identity;

import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;

/**
 * Signing in and out. Each authority signs its people in with its own Keycloak realm, so signing in starts by
 * choosing the authority; afterwards each person lands on the home that fits their roles.
 */
@Controller
class SignInPages {

    private final AuthorityDirectory authorities;
    private final ClientRegistrationRepository registrations;

    SignInPages(AuthorityDirectory authorities, ClientRegistrationRepository registrations) {
        this.authorities = authorities;
        this.registrations = registrations;
    }

    /** Where a signed-out visitor is sent when they open a signed-in page: choose your council. */
    @GetMapping("/sign-in")
    String chooseAuthority(Model model) {
        model.addAttribute("authorities", authorities.all());
        return "sign-in";
    }

    /**
     * Checks the authority and that its sign-in can be reached before handing over to Spring Security, so an
     * unknown name is a plain 404 and an unreachable Keycloak a plain 503 rather than a failed redirect.
     */
    @GetMapping("/" + Authority.SLUG_IN_PATH + "/sign-in")
    String signIn(@PathVariable String slug) {
        if (registrations.findByRegistrationId(slug) == null) {
            throw new ResponseStatusException(HttpStatus.NOT_FOUND);
        }
        return "redirect:/oauth2/authorization/" + slug;
    }

    @GetMapping("/signed-in")
    String landing(Authentication signedIn) {
        return "redirect:" + LandingPage.forRoles(Role.fromAuthorities(signedIn.getAuthorities())).path();
    }

    @GetMapping("/no-access")
    String noAccess() {
        return "no-access";
    }

    @GetMapping("/signed-out")
    String signedOut() {
        return "signed-out";
    }
}
