package app.onward.portal.identity;

import org.junit.jupiter.api.Test;
import org.springframework.security.core.authority.AuthorityUtils;

import static org.assertj.core.api.Assertions.assertThat;

class RoleTest {

    @Test
    void shouldTurnARealmRoleIntoItsSpringSecurityAuthority() {
        assertThat(Role.fromRealmRole("personal-adviser")).contains(Role.PERSONAL_ADVISER);
        assertThat(Role.PERSONAL_ADVISER.authority()).isEqualTo("ROLE_PERSONAL_ADVISER");
        assertThat(Role.fromRealmRole("youth-voice-worker").map(Role::authority)).contains("ROLE_YOUTH_VOICE_WORKER");
    }

    @Test
    void shouldIgnoreKeycloaksOwnRoles() {
        assertThat(Role.fromRealmRole("offline_access")).isEmpty();
        assertThat(Role.fromRealmRole("default-roles-onward-northmoor")).isEmpty();
    }

    @Test
    void shouldReadOnlyOnwardRolesFromASignedInUsersAuthorities() {
        var authorities = AuthorityUtils.createAuthorityList("OIDC_USER", "SCOPE_openid", "ROLE_CARE_LEAVER");

        assertThat(Role.fromAuthorities(authorities)).containsExactly(Role.CARE_LEAVER);
    }

    @Test
    void shouldNameEveryRoleInPlainWords() {
        assertThat(Role.TENANT_ADMIN.plainWords()).isEqualTo("Onward administrator for your council");
        assertThat(Role.CARE_LEAVER.plainWords()).isEqualTo("Care-experienced young person");
    }
}
