package app.onward.tenant;

import app.onward.testsupport.OnwardIntegrationTest;
import io.micrometer.context.ContextSnapshotFactory;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Work that hops threads (GraphQL data fetchers, batch loaders, listeners) keeps its request's tenant through
 * context propagation, and a thread that was not given one sees no tenant at all.
 */
@OnwardIntegrationTest
class TenantContextPropagationTest {

    @Autowired
    TenantDirectory tenants;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldCarryTheTenantToAnotherThreadThroughContextPropagation() throws Exception {
        TenantId northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id();
        ContextSnapshotFactory snapshots = ContextSnapshotFactory.builder().build();
        Callable<String> tenantOfTransaction = () -> new TransactionTemplate(transactions)
                .execute(status -> dsl.fetchSingle("select current_setting('app.tenant_id', true)").get(0, String.class));

        Callable<String> captured = TenantContext.callAs(TenantScope.member(northmoor),
                () -> snapshots.captureAll().wrap(tenantOfTransaction));
        Callable<String> notCaptured = tenantOfTransaction;

        try (ExecutorService executor = Executors.newSingleThreadExecutor()) {
            assertThat(executor.submit(captured).get()).isEqualTo(northmoor.toString());
            assertThat(executor.submit(notCaptured).get()).isEmpty();
        }
    }
}
