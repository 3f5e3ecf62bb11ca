package app.onward.tenant;

/**
 * A local authority: one Keycloak realm, one issuer. The tenant of a request is the tenant of its token's
 * issuer: it cannot be claimed, only proven.
 */
public record Tenant(TenantId id, String slug, String name, String keycloakRealm, String issuer, Status status) {

    public enum Status { ACTIVE, SUSPENDED }

    public boolean isActive() {
        return status == Status.ACTIVE;
    }
}
