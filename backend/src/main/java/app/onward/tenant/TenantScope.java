package app.onward.tenant;

import java.util.Objects;

/**
 * Whose data a unit of work may touch: the tenant it runs for, and how.
 *
 * <ul>
 *   <li>{@link Access#MEMBER}: a signed-in user of that tenant, or a job working for it. Row-level security
 *       lets it read and write that tenant's rows.</li>
 *   <li>{@link Access#PUBLIC}: a public read of what that tenant has published (its offer, "you said, we
 *       did"). Row-level security shows only published rows, and the transaction is read-only.</li>
 * </ul>
 * See docs/decisions/0005-how-the-tenant-is-set.md.
 */
public record TenantScope(TenantId tenantId, Access access) {

    public enum Access { MEMBER, PUBLIC }

    public TenantScope {
        Objects.requireNonNull(tenantId, "tenantId");
        Objects.requireNonNull(access, "access");
    }

    public static TenantScope member(TenantId tenantId) {
        return new TenantScope(tenantId, Access.MEMBER);
    }

    public static TenantScope publicRead(TenantId tenantId) {
        return new TenantScope(tenantId, Access.PUBLIC);
    }
}
