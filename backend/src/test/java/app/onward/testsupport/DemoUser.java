package app.onward.testsupport;

import app.onward.infra.keycloak.KeycloakTokens;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The demo users of the realm files, and real tokens for them from the test Keycloak. */
public enum DemoUser {
    NORTHMOOR_CARE_LEAVER("northmoor", "northmoor.careleaver", "CARE_LEAVER"),
    NORTHMOOR_CARE_LEAVER_2("northmoor", "northmoor.careleaver2", "CARE_LEAVER"),
    NORTHMOOR_ADVISER("northmoor", "northmoor.adviser", "PERSONAL_ADVISER"),
    /** In another team (south) from the other Northmoor adviser and the manager (north). */
    NORTHMOOR_ADVISER_2("northmoor", "northmoor.adviser2", "PERSONAL_ADVISER"),
    NORTHMOOR_MANAGER("northmoor", "northmoor.manager", "TEAM_MANAGER"),
    NORTHMOOR_YOUTH_VOICE("northmoor", "northmoor.youthvoice", "YOUTH_VOICE_WORKER"),
    NORTHMOOR_LEADER("northmoor", "northmoor.leader", "LEADER"),
    NORTHMOOR_ADMIN("northmoor", "northmoor.admin", "TENANT_ADMIN"),
    WEALDSHIRE_CARE_LEAVER("wealdshire", "wealdshire.careleaver", "CARE_LEAVER"),
    WEALDSHIRE_ADVISER("wealdshire", "wealdshire.adviser", "PERSONAL_ADVISER"),
    WEALDSHIRE_MANAGER("wealdshire", "wealdshire.manager", "TEAM_MANAGER"),
    WEALDSHIRE_YOUTH_VOICE("wealdshire", "wealdshire.youthvoice", "YOUTH_VOICE_WORKER"),
    WEALDSHIRE_LEADER("wealdshire", "wealdshire.leader", "LEADER"),
    WEALDSHIRE_ADMIN("wealdshire", "wealdshire.admin", "TENANT_ADMIN"),
    PLATFORM_ADMIN(null, "platform.admin", "PLATFORM_ADMIN");

    public static final String PASSWORD = "Onward-demo-1";
    /** Access tokens live 5 minutes; take a fresh one well before that. */
    private static final Duration REUSE_FOR = Duration.ofMinutes(2);
    private static final Map<DemoUser, IssuedToken> TOKENS = new ConcurrentHashMap<>();

    private record IssuedToken(String value, Instant issuedAt) {}

    private final String authority;
    private final String username;
    private final String role;

    DemoUser(String authority, String username, String role) {
        this.authority = authority;
        this.username = username;
        this.role = role;
    }

    /** The authority's slug; null for the platform admin. */
    public String authority() {
        return authority;
    }

    public String username() {
        return username;
    }

    public String role() {
        return role;
    }

    public String realm() {
        return authority == null ? "onward-platform" : "onward-" + authority;
    }

    /** A real access token from Keycloak's password grant (dev client), reused within the run. */
    public String token() {
        return TOKENS.compute(this, (user, issued) -> issued != null && issued.issuedAt().plus(REUSE_FOR).isAfter(Instant.now())
                ? issued
                : new IssuedToken(KeycloakTokens.passwordGrant(TestStack.keycloak().baseUrl(), realm(), username, PASSWORD),
                        Instant.now())).value();
    }
}
