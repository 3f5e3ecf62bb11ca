package app.onward.database;

import app.onward.tenant.TenantContext;
import app.onward.tenant.TenantScope;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;

/**
 * The one place the tenant is set: the first statement of every transaction, whoever starts it (a service
 * method, a GraphQL batch loader, a listener, a job), from the thread's {@link TenantContext}.
 *
 * <p>{@code set_config(…, true)} is local to the transaction, so a pooled connection never carries a tenant
 * into the next one. With no scope both settings are empty and row-level security shows no rows at all.
 * See docs/decisions/0005-how-the-tenant-is-set.md.
 */
public class TenantAwareTransactionManager extends JdbcTransactionManager {

    private static final String SET_TENANT =
            "select set_config('app.tenant_id', ?, true), set_config('app.public_tenant_id', ?, true)";

    public TenantAwareTransactionManager(DataSource dataSource) {
        super(dataSource);
        // Read-only transactions are read-only in PostgreSQL too: public reads can write nothing.
        setEnforceReadOnly(true);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        TenantScope scope = TenantContext.current().orElse(null);
        if (scope != null && scope.access() == TenantScope.Access.PUBLIC && !definition.isReadOnly()) {
            throw new IllegalStateException("A public read must run in a read-only transaction");
        }
        try (PreparedStatement statement = connection.prepareStatement(SET_TENANT)) {
            statement.setString(1, scopeValue(scope, TenantScope.Access.MEMBER));
            statement.setString(2, scopeValue(scope, TenantScope.Access.PUBLIC));
            statement.execute();
        }
    }

    private static String scopeValue(TenantScope scope, TenantScope.Access access) {
        return scope != null && scope.access() == access ? scope.tenantId().toString() : "";
    }
}
