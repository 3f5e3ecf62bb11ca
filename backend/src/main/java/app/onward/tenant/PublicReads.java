package app.onward.tenant;

import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.Optional;
import java.util.function.Function;

/**
 * The separate, read-only path for public queries, the only ones that take an authority's slug. The work runs
 * in a read-only transaction with that authority set as its public tenant, where row-level security shows
 * only what the authority has published (see the {@code public_read} policies). A signed-in user of another
 * authority may read it too; nothing else of that authority is reachable this way.
 */
@Component
public class PublicReads {

    private final TenantDirectory directory;
    private final TransactionTemplate readOnly;

    PublicReads(TenantDirectory directory, PlatformTransactionManager transactionManager) {
        this.directory = directory;
        this.readOnly = new TransactionTemplate(transactionManager);
        this.readOnly.setReadOnly(true);
    }

    /** The active authority with this slug, for work that needs no database (a cache keyed by the tenant). */
    public Optional<Tenant> authority(String slug) {
        return directory.findActiveBySlug(slug);
    }

    /** Empty when no active authority has this slug, or when the work finds nothing. */
    public <T> Optional<T> read(String slug, Function<Tenant, Optional<T>> work) {
        return directory.findActiveBySlug(slug).flatMap(tenant ->
                TenantContext.callAs(TenantScope.publicRead(tenant.id()),
                        () -> readOnly.execute(status -> work.apply(tenant))));
    }
}
