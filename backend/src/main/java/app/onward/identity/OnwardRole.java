package app.onward.identity;

import java.util.Arrays;
import java.util.Optional;

/** The realm roles of DESIGN.md. A token's other roles (Keycloak's defaults) mean nothing to Onward. */
public enum OnwardRole {
    CARE_LEAVER("care-leaver"),
    PERSONAL_ADVISER("personal-adviser"),
    TEAM_MANAGER("team-manager"),
    YOUTH_VOICE_WORKER("youth-voice-worker"),
    LEADER("leader"),
    TENANT_ADMIN("tenant-admin"),
    PLATFORM_ADMIN("platform-admin");

    private final String realmRole;

    OnwardRole(String realmRole) {
        this.realmRole = realmRole;
    }

    public String realmRole() {
        return realmRole;
    }

    /** The Spring Security authority, e.g. {@code ROLE_PERSONAL_ADVISER}. */
    public String authority() {
        return "ROLE_" + name();
    }

    public static Optional<OnwardRole> fromRealmRole(String realmRole) {
        return Arrays.stream(values()).filter(role -> role.realmRole.equals(realmRole)).findFirst();
    }
}
