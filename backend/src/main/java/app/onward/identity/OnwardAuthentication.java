package app.onward.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;

/** A verified token and the user it proves, with their Onward roles as authorities. */
public final class OnwardAuthentication extends JwtAuthenticationToken {

    private final SignedInUser user;

    OnwardAuthentication(Jwt jwt, SignedInUser user) {
        super(jwt, user.roles().stream().map(role -> new SimpleGrantedAuthority(role.authority())).toList(),
                user.subject());
        this.user = user;
    }

    public SignedInUser user() {
        return user;
    }
}
