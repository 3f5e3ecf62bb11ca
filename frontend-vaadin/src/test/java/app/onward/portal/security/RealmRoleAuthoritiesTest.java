package app.onward.portal.security;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.OidcUserAuthority;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class RealmRoleAuthoritiesTest {

    private final RealmRoleAuthorities mapper = new RealmRoleAuthorities();

    @Test
    void shouldGiveOneAuthorityPerOnwardRealmRoleInTheIdToken() {
        var signedIn = new OidcUserAuthority(idToken(Map.of("realm_access",
                Map.of("roles", List.of("personal-adviser", "offline_access", "default-roles-onward-northmoor")))));

        assertThat(authorities(mapper.mapAuthorities(List.of(signedIn))))
                .containsExactlyInAnyOrder("OIDC_USER", "ROLE_PERSONAL_ADVISER");
    }

    @Test
    void shouldGiveNoRoleWhenTheIdTokenCarriesNone() {
        var signedIn = new OidcUserAuthority(idToken(Map.of()));

        assertThat(authorities(mapper.mapAuthorities(List.of(signedIn)))).containsExactly("OIDC_USER");
    }

    private static OidcIdToken idToken(Map<String, Object> claims) {
        return OidcIdToken.withTokenValue("id-token")
                .subject("a-subject")
                .issuedAt(Instant.now())
                .expiresAt(Instant.now().plusSeconds(300))
                .claims(all -> all.putAll(claims))
                .build();
    }

    private static List<String> authorities(java.util.Collection<? extends GrantedAuthority> granted) {
        return granted.stream().map(GrantedAuthority::getAuthority).toList();
    }
}
