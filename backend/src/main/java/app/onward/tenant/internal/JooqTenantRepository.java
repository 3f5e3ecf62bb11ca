package app.onward.tenant.internal;

import app.onward.jooq.tables.records.TenantRecord;
import app.onward.tenant.Tenant;
import app.onward.tenant.TenantId;
import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;

import static app.onward.jooq.Tables.TENANT;

@Repository
class JooqTenantRepository implements TenantRepository {

    private final DSLContext dsl;

    JooqTenantRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The tenant table is platform-level and readable by the application role without a tenant set. */
    @Override
    @Transactional(readOnly = true)
    public List<Tenant> findAll() {
        return dsl.selectFrom(TENANT).fetch(JooqTenantRepository::toTenant);
    }

    static Tenant toTenant(TenantRecord row) {
        return new Tenant(new TenantId(row.getId()), row.getSlug(), row.getName(), row.getKeycloakRealm(),
                row.getIssuer(), Tenant.Status.valueOf(row.getStatus()));
    }
}
