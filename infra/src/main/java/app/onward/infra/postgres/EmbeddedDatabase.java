package app.onward.infra.postgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A real PostgreSQL 17 from a Maven artifact, with the database and the three roles Onward expects.
 *
 * <p>The roles are what production has too (see docs/decisions/0003-embedded-postgresql.md):
 * <ul>
 *   <li>{@code onward_owner} owns the schema and runs the Flyway migrations;</li>
 *   <li>{@code onward_app} is what the backend connects as: it owns nothing, is not superuser and has no
 *       BYPASSRLS, so row-level security always applies to it;</li>
 *   <li>{@code onward_platform} may write the platform's {@code tenant} table (onboarding), nothing else.</li>
 * </ul>
 * The server's own superuser is used only here, to create those roles and the database.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    public static final String DATABASE = "onward";
    public static final DatabaseRole OWNER = new DatabaseRole("onward_owner", "onward-owner-dev");
    public static final DatabaseRole APPLICATION = new DatabaseRole("onward_app", "onward-app-dev");
    public static final DatabaseRole PLATFORM = new DatabaseRole("onward_platform", "onward-platform-dev");

    public record DatabaseRole(String name, String password) {}

    private final EmbeddedPostgres postgres;
    private final Path temporaryDirectory;

    private EmbeddedDatabase(EmbeddedPostgres postgres, Path temporaryDirectory) {
        this.postgres = postgres;
        this.temporaryDirectory = temporaryDirectory;
    }

    /**
     * Starts PostgreSQL keeping its data in {@code dataDirectory} between runs.
     *
     * @param port 0 for any free port
     */
    public static EmbeddedDatabase startPersistent(Path dataDirectory, int port) {
        return start(dataDirectory, port, null);
    }

    /** Starts PostgreSQL on a free port with its data in a temporary folder removed by {@link #close()}. */
    public static EmbeddedDatabase startTemporary() {
        try {
            Path directory = Files.createTempDirectory("onward-postgres-");
            return start(directory, 0, directory);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static EmbeddedDatabase start(Path dataDirectory, int port, Path temporaryDirectory) {
        try {
            Files.createDirectories(dataDirectory);
            EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setServerConfig("max_connections", "200")
                    .setServerConfig("listen_addresses", "127.0.0.1")
                    .setServerConfig("timezone", "UTC");
            if (port > 0) {
                builder.setPort(port);
            }
            EmbeddedDatabase database = new EmbeddedDatabase(builder.start(), temporaryDirectory);
            database.createRolesAndDatabase();
            return database;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start the embedded PostgreSQL in " + dataDirectory, e);
        }
    }

    public int port() {
        return postgres.getPort();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://127.0.0.1:" + port() + "/" + DATABASE;
    }

    public Connection connect(DatabaseRole role) throws SQLException {
        return DriverManager.getConnection(jdbcUrl(), role.name(), role.password());
    }

    /** Idempotent: a persistent data folder keeps its roles and database from the previous run. */
    private void createRolesAndDatabase() {
        try (Connection superuser = postgres.getPostgresDatabase().getConnection();
             Statement sql = superuser.createStatement()) {
            for (DatabaseRole role : new DatabaseRole[] {OWNER, APPLICATION, PLATFORM}) {
                sql.execute("""
                        do $$ begin
                          if not exists (select from pg_roles where rolname = '%1$s') then
                            create role %1$s login nosuperuser nobypassrls nocreatedb nocreaterole password '%2$s';
                          end if;
                        end $$""".formatted(role.name(), role.password()));
            }
            var exists = sql.executeQuery("select 1 from pg_database where datname = '" + DATABASE + "'");
            if (!exists.next()) {
                sql.execute("create database " + DATABASE + " owner " + OWNER.name());
                sql.execute("revoke all on database " + DATABASE + " from public");
                sql.execute("grant connect on database " + DATABASE + " to "
                        + APPLICATION.name() + ", " + PLATFORM.name());
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create Onward's roles and database", e);
        }
    }

    @Override
    public void close() {
        try {
            postgres.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            if (temporaryDirectory != null) {
                deleteRecursively(temporaryDirectory);
            }
        }
    }

    private static void deleteRecursively(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
