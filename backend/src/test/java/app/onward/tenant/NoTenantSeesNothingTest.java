package app.onward.tenant;

import app.onward.infra.postgres.EmbeddedDatabase;
import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.testsupport.TestStack;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static app.onward.jooq.Tables.OFFER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Row-level security fails closed: no tenant set means no rows, never all rows. */
@OnwardIntegrationTest
class NoTenantSeesNothingTest {

    @Autowired
    TenantDirectory tenants;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;

    @Test
    void shouldReturnNoRowsFromAnyTenantOwnedTableWhenNoTenantIsSet() throws SQLException {
        assertThat(countAsMember("northmoor", "offer_version")).as("the demo data is there").isPositive();
        try (Connection app = TestStack.database().connect(EmbeddedDatabase.APPLICATION)) {
            for (String table : TenancyCatalogueTest.tenantOwnedTables()) {
                assertThat(count(app, table)).as(table + " outside a transaction").isZero();
                app.setAutoCommit(false);
                app.createStatement().execute("select set_config('app.tenant_id', '', true)");
                assertThat(count(app, table)).as(table + " with an empty tenant").isZero();
                app.rollback();
                app.setAutoCommit(true);
            }
        }
    }

    @Test
    void shouldRefuseToWriteARowWhenNoTenantIsSet() throws SQLException {
        try (Connection app = TestStack.database().connect(EmbeddedDatabase.APPLICATION);
             Statement sql = app.createStatement()) {
            assertThatThrownBy(() -> sql.execute(
                    "insert into onward.offer_version (version_number, status, title, introduction) values (99, 'DRAFT', 't', 'i')"))
                    .hasMessageContaining("row-level security");
            String northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id().toString();
            assertThatThrownBy(() -> sql.execute("insert into onward.offer_version (tenant_id, version_number, status, title, introduction) "
                    + "values ('" + northmoor + "', 99, 'DRAFT', 't', 'i')"))
                    .hasMessageContaining("row-level security");
        }
    }

    @Test
    void shouldShowAPublicReadOnlyPublishedRowsOfPublishableTablesAndNothingElse() throws SQLException {
        String northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id().toString();
        try (Connection app = TestStack.database().connect(EmbeddedDatabase.APPLICATION)) {
            app.setAutoCommit(false);
            app.createStatement().execute("select set_config('app.public_tenant_id', '" + northmoor + "', true)");
            assertThat(count(app, "audit_event")).isZero();
            assertThat(count(app, "offer_version where status <> 'PUBLISHED'")).isZero();
            assertThat(count(app, "offer_version")).isPositive();
            assertThat(count(app, "entitlement")).isPositive();
            app.rollback();
        }
    }

    @Test
    void shouldNotCarryATenantFromOneTransactionIntoTheNextOnAPooledConnection() {
        TenantId northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id();
        TransactionTemplate transaction = new TransactionTemplate(transactions);
        for (int i = 0; i < 30; i++) {
            String inside = TenantContext.callAs(TenantScope.member(northmoor),
                    () -> transaction.execute(status -> currentTenantSetting()));
            assertThat(inside).isEqualTo(northmoor.toString());
            String outside = transaction.execute(status -> currentTenantSetting());
            Integer offersSeenOutside = transaction.execute(status -> dsl.fetchCount(OFFER_VERSION));
            assertThat(outside).isEmpty();
            assertThat(offersSeenOutside).isZero();
        }
    }

    @Test
    void shouldRefuseSqlOutsideATransactionInsteadOfQuietlySeeingNothing() {
        assertThatThrownBy(() -> dsl.fetchCount(OFFER_VERSION)).hasMessageContaining("outside a transaction");
    }

    @Test
    void shouldKeepPublicReadsReadOnly() {
        TenantId northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id();
        TransactionTemplate writable = new TransactionTemplate(transactions);
        assertThatThrownBy(() -> TenantContext.callAs(TenantScope.publicRead(northmoor),
                () -> writable.execute(status -> dsl.fetchCount(OFFER_VERSION))))
                .rootCause().hasMessageContaining("read-only");
    }

    private String currentTenantSetting() {
        return dsl.fetchSingle("select current_setting('app.tenant_id', true)").get(0, String.class);
    }

    private long countAsMember(String slug, String table) {
        TenantId tenant = tenants.findActiveBySlug(slug).orElseThrow().id();
        return TenantContext.callAs(TenantScope.member(tenant), () -> new TransactionTemplate(transactions)
                .execute(status -> dsl.fetchSingle("select count(*) from onward." + table).get(0, Long.class)));
    }

    private static long count(Connection connection, String tableAndCondition) throws SQLException {
        try (ResultSet result = connection.createStatement().executeQuery("select count(*) from onward." + tableAndCondition)) {
            result.next();
            return result.getLong(1);
        }
    }
}
