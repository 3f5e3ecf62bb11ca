package app.onward.portal.security;

import app.onward.portal.identity.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.authority.mapping.GrantedAuthoritiesMapper;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Gives a signed-in user one authority per Onward realm role in their ID token's {@code realm_access.roles}
 * claim: {@code personal-adviser} becomes {@code ROLE_PERSONAL_ADVISER}. The views' {@code @RolesAllowed}
 * and the landing page read these; the backend decides again from the access token on every call.
 */
class RealmRoleAuthorities implements GrantedAuthoritiesMapper {

    @Override
    public Collection<? extends GrantedAuthority> mapAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<GrantedAuthority> mapped = new HashSet<>(authorities);
        authorities.stream()
                .filter(OidcUserAuthority.class::isInstance)
                .map(authority -> ((OidcUserAuthority) authority).getIdToken())
                .flatMap(RealmRoleAuthorities::realmRoles)
                .flatMap(realmRole -> Role.fromRealmRole(realmRole).stream())
                .map(role -> new SimpleGrantedAuthority(role.authority()))
                .forEach(mapped::add);
        return mapped;
    }

    private static Stream<String> realmRoles(OidcIdToken idToken) {
        Map<String, Object> realmAccess = idToken.getClaimAsMap("realm_access");
        if (realmAccess != null && realmAccess.get("roles") instanceof Collection<?> roles) {
            return roles.stream().map(String::valueOf);
        }
        return Stream.empty();
    }
}
