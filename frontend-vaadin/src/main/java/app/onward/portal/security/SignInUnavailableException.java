package app.onward.portal.security;

import app.onward.portal.identity.Authority;

/** An authority's sign-in (its Keycloak realm) could not be reached. */
public class SignInUnavailableException extends RuntimeException {

    SignInUnavailableException(Authority authority, Throwable cause) {
        super("Sign-in of " + authority.slug() + " unreachable at " + authority.signInIssuer(), cause);
    }
}
