package app.onward.portal.identity;

import org.springframework.security.core.GrantedAuthority;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The realm roles of DESIGN.md ("Identity"), the backend's {@code Role} enum, and how each is said to a person.
 * A token's other roles (Keycloak's defaults) mean nothing to Onward.
 */
public enum Role {
    CARE_LEAVER("care-leaver", "Care-experienced young person", false),
    PERSONAL_ADVISER("personal-adviser", "Personal adviser", true),
    TEAM_MANAGER("team-manager", "Team manager", true),
    YOUTH_VOICE_WORKER("youth-voice-worker", "Youth Voice worker", true),
    LEADER("leader", "Leader", true),
    TENANT_ADMIN("tenant-admin", "Onward administrator for your council", true),
    PLATFORM_ADMIN("platform-admin", "Onward platform administrator", true);

    private static final String AUTHORITY_PREFIX = "ROLE_";

    private final String realmRole;
    private final String plainWords;
    private final boolean staff;

    Role(String realmRole, String plainWords, boolean staff) {
        this.realmRole = realmRole;
        this.plainWords = plainWords;
        this.staff = staff;
    }

    public String plainWords() {
        return plainWords;
    }

    public boolean isStaff() {
        return staff;
    }

    /** The Spring Security authority, e.g. {@code ROLE_PERSONAL_ADVISER}. */
    public String authority() {
        return AUTHORITY_PREFIX + name();
    }

    public static Optional<Role> fromRealmRole(String realmRole) {
        return Arrays.stream(values()).filter(role -> role.realmRole.equals(realmRole)).findFirst();
    }

    /** The Onward roles among a signed-in user's authorities. */
    public static Set<Role> fromAuthorities(Collection<? extends GrantedAuthority> authorities) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        for (GrantedAuthority granted : authorities) {
            Arrays.stream(values()).filter(role -> role.authority().equals(granted.getAuthority())).forEach(roles::add);
        }
        return roles;
    }
}
