package app.onward.infra.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * The same page as raw SQL: the statements the backend ran for one request (captured by the backend's
 * benchmark StatementCapture, binds inlined), replayed over JDBC as the application role with row-level
 * security on, in one transaction that starts with the backend's own set_config. Prepared once per
 * connection, as the backend's driver does after a few executions; a pool of as many connections as the
 * backend's. What is left between the two figures is HTTP, the token check and GraphQL.
 */
final class SqlReplay implements OpenModel.Target, AutoCloseable {

    /** The backend's TenantAwareTransactionManager, word for word. */
    static final String SET_TENANT = "select set_config('app.tenant_id', ?, true), set_config('app.public_tenant_id', ?, true)";
    static final String SEPARATOR = "-- statement";

    private record PooledConnection(Connection connection, PreparedStatement setTenant, List<PreparedStatement> page) {
    }

    private final BlockingQueue<PooledConnection> pool;
    private final String memberTenant;
    private final String publicTenant;
    private final boolean readOnly;
    private final List<PooledConnection> all = new ArrayList<>();

    /** @param publicRead the page is a public read (read-only, app.public_tenant_id) rather than a member's */
    SqlReplay(String jdbcUrl, String user, String password, int connections, String tenantId, boolean publicRead,
              List<String> statements) throws SQLException {
        if (statements.isEmpty()) {
            throw new IllegalArgumentException("No statements to replay");
        }
        this.memberTenant = publicRead ? "" : tenantId;
        this.publicTenant = publicRead ? tenantId : "";
        this.readOnly = publicRead;
        this.pool = new ArrayBlockingQueue<>(connections);
        Properties properties = new Properties();
        properties.setProperty("user", user);
        properties.setProperty("password", password);
        properties.setProperty("currentSchema", "onward");
        for (int i = 0; i < connections; i++) {
            Connection connection = DriverManager.getConnection(jdbcUrl, properties);
            try (Statement init = connection.createStatement()) {
                init.execute("set statement_timeout = '5s'");
            }
            connection.setAutoCommit(false);
            List<PreparedStatement> page = new ArrayList<>();
            for (String sql : statements) {
                page.add(connection.prepareStatement(sql));
            }
            PooledConnection pooled = new PooledConnection(connection, connection.prepareStatement(SET_TENANT), page);
            all.add(pooled);
            pool.add(pooled);
        }
    }

    /** The statements of a capture file: blocks after each separator line. */
    static List<String> statements(Path file) throws IOException {
        return Arrays.stream(Files.readString(file).split("(?m)^" + SEPARATOR + "\\R"))
                .map(String::strip)
                .filter(sql -> !sql.isEmpty())
                .toList();
    }

    @Override
    public void call() throws Exception {
        PooledConnection pooled = pool.take();
        try {
            rows(pooled);
        } finally {
            pool.put(pooled);
        }
    }

    /** Runs the page once; the number of rows all its statements returned. */
    long rows(PooledConnection pooled) throws SQLException {
        Connection connection = pooled.connection();
        long rows = 0;
        try {
            if (readOnly) {
                try (Statement statement = connection.createStatement()) {
                    statement.execute("set transaction read only");
                }
            }
            pooled.setTenant().setString(1, memberTenant);
            pooled.setTenant().setString(2, publicTenant);
            pooled.setTenant().execute();
            for (PreparedStatement statement : pooled.page()) {
                if (statement.execute()) {
                    try (ResultSet result = statement.getResultSet()) {
                        while (result.next()) {
                            rows++;
                        }
                    }
                }
            }
            connection.commit();
            return rows;
        } catch (SQLException e) {
            connection.rollback();
            throw e;
        }
    }

    /** One run of the page, to show it returns rows before the load starts. */
    long rowsOnce() throws Exception {
        PooledConnection pooled = pool.take();
        try {
            return rows(pooled);
        } finally {
            pool.put(pooled);
        }
    }

    @Override
    public void close() {
        for (PooledConnection pooled : all) {
            try {
                pooled.connection().close();
            } catch (SQLException e) {
                // closing anyway
            }
        }
    }
}
