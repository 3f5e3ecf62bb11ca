package app.onward.tenant;

import app.onward.database.PlatformDatabase;
import org.springframework.stereotype.Service;

import java.util.NoSuchElementException;

import static app.onward.jooq.Tables.TENANT;

/**
 * Platform operations on the tenant table, as the platform database role. Every change is announced to all
 * backend instances, so a suspended authority's tokens stop working everywhere at once.
 */
@Service
public class TenantAdministration {

    private final PlatformDatabase platform;
    private final TenantChanges changes;

    TenantAdministration(PlatformDatabase platform, TenantChanges changes) {
        this.platform = platform;
        this.changes = changes;
    }

    /** Registers an authority, or updates its name, realm and issuer if the slug is known. Idempotent. */
    public TenantId register(String slug, String name, String keycloakRealm, String issuer) {
        TenantId id = platform.inTransaction(sql -> new TenantId(sql.insertInto(TENANT)
                .set(TENANT.SLUG, slug)
                .set(TENANT.NAME, name)
                .set(TENANT.KEYCLOAK_REALM, keycloakRealm)
                .set(TENANT.ISSUER, issuer)
                .onConflict(TENANT.SLUG).doUpdate()
                .set(TENANT.NAME, name)
                .set(TENANT.KEYCLOAK_REALM, keycloakRealm)
                .set(TENANT.ISSUER, issuer)
                .returning(TENANT.ID)
                .fetchSingle(TENANT.ID)));
        changes.announce(id);
        return id;
    }

    public void suspend(String slug) {
        changeStatus(slug, Tenant.Status.SUSPENDED);
    }

    public void reactivate(String slug) {
        changeStatus(slug, Tenant.Status.ACTIVE);
    }

    private void changeStatus(String slug, Tenant.Status status) {
        TenantId id = platform.inTransaction(sql -> sql.update(TENANT)
                .set(TENANT.STATUS, status.name())
                .where(TENANT.SLUG.eq(slug))
                .returning(TENANT.ID)
                .fetchOptional(TENANT.ID)
                .map(TenantId::new)
                .orElseThrow(() -> new NoSuchElementException("No authority " + slug)));
        changes.announce(id);
    }
}
