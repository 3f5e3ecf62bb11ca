package app.onward.infra.stack;

import app.onward.infra.keycloak.KeycloakServer;
import app.onward.infra.keycloak.RealmImporter;
import app.onward.infra.postgres.EmbeddedDatabase;
import app.onward.infra.redis.SharedRedis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Onward's real parts, started together on this machine: an embedded PostgreSQL 17, Keycloak with the realm
 * files imported, and (optionally) the packaged backend and portal as separate processes. The run command
 * starts all of it with data kept between runs; the browser tests start it with a throwaway database, free
 * ports and their own Redis key prefix.
 */
public final class OnwardStack implements AutoCloseable {

    public static final String DEV_PORTAL_CLIENT_SECRET = "onward-portal-dev-secret";

    private final List<AutoCloseable> started = new ArrayList<>();
    private EmbeddedDatabase database;
    private KeycloakServer keycloak;
    private ChildProcess backend;
    private ChildProcess portal;
    private String backendUrl;
    private String redisPrefix;

    private OnwardStack() {
    }

    public static Builder builder() {
        return new Builder();
    }

    public EmbeddedDatabase database() {
        return database;
    }

    public KeycloakServer keycloak() {
        return keycloak;
    }

    public String keycloakUrl() {
        return keycloak.baseUrl();
    }

    /** e.g. http://localhost:8081 */
    public String backendUrl() {
        return backendUrl;
    }

    public String backendGraphqlUrl() {
        return backendUrl + "/graphql";
    }

    /** The backend process's id; only when the stack started one. */
    public long backendPid() {
        return backend.pid();
    }

    /** Stops what was started, the last first. */
    @Override
    public void close() {
        for (int i = started.size() - 1; i >= 0; i--) {
            try {
                started.get(i).close();
            } catch (Exception e) {
                System.err.println("Could not stop a part of the stack cleanly: " + e.getMessage());
            }
        }
        started.clear();
    }

    public static final class Builder {
        private Path dataDirectory;
        private int postgresPort;
        private int keycloakPort;
        private int keycloakManagementPort;
        private String keycloakPublicUrl;
        private String portalUrl;
        private Path backendJar;
        private int backendPort;
        private Path portalJar;
        private int portalPort;
        private String redisUrl = "redis://127.0.0.1:6379";
        private String redisPrefix;
        private String portalClientSecret = DEV_PORTAL_CLIENT_SECRET;
        private Path logDirectory;
        private String keycloakLabel = "test";
        private final Map<String, String> backendEnvironment = new HashMap<>();
        private Duration backendReadyWithin = Duration.ofMinutes(2);
        private Progress progress = step -> { };

        /** Keep PostgreSQL's data here between runs; without it, a temporary database removed on close. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = directory;
            return this;
        }

        public Builder postgresPort(int port) {
            this.postgresPort = port;
            return this;
        }

        public Builder keycloakPorts(int httpPort, int managementPort) {
            this.keycloakPort = httpPort;
            this.keycloakManagementPort = managementPort;
            return this;
        }

        /** The address browsers use for Keycloak; the issuer of every token. Null: http://localhost:&lt;port&gt;. */
        public Builder keycloakPublicUrl(String url) {
            this.keycloakPublicUrl = url;
            return this;
        }

        /** Where the portal is reached, for Keycloak's redirect URIs. Required. */
        public Builder portalUrl(String url) {
            this.portalUrl = url;
            return this;
        }

        public Builder backend(Path jar, int port) {
            this.backendJar = jar;
            this.backendPort = port;
            return this;
        }

        /** Extra environment for the backend process (e.g. the benchmark's volume setting); set last, so it wins. */
        public Builder backendEnvironment(Map<String, String> environment) {
            this.backendEnvironment.putAll(environment);
            return this;
        }

        /** How long the backend may take to report ready (default 2 min; the benchmark's volume takes longer). */
        public Builder backendReadyWithin(Duration timeout) {
            this.backendReadyWithin = timeout;
            return this;
        }

        public Builder portal(Path jar, int port) {
            this.portalJar = jar;
            this.portalPort = port;
            return this;
        }

        /** Empty string: no Redis at all. */
        public Builder redis(String url, String keyPrefix) {
            this.redisUrl = url;
            this.redisPrefix = keyPrefix;
            return this;
        }

        public Builder portalClientSecret(String secret) {
            this.portalClientSecret = secret;
            return this;
        }

        /** Names Keycloak's run folder (and so its log) under the Keycloak cache: {@code dev}, {@code test}. */
        public Builder keycloakLabel(String label) {
            this.keycloakLabel = label;
            return this;
        }

        public Builder logDirectory(Path directory) {
            this.logDirectory = directory;
            return this;
        }

        public Builder progress(Progress progress) {
            this.progress = progress;
            return this;
        }

        public OnwardStack start() {
            if (portalUrl == null) {
                throw new IllegalStateException("portalUrl is required: Keycloak's redirect URIs point at it");
            }
            OnwardStack stack = new OnwardStack();
            try {
                startAll(stack);
                return stack;
            } catch (RuntimeException e) {
                stack.close();
                throw e;
            }
        }

        private void startAll(OnwardStack stack) {
            Path logs = logDirectory != null ? logDirectory : temporaryDirectory("onward-logs-");
            if (redisPrefix != null) {
                stack.redisPrefix = redisPrefix;
            } else {
                // A run of its own on a shared Redis: its keys are removed when it stops.
                stack.redisPrefix = "onward-test-" + UUID.randomUUID() + ":";
                String url = redisUrl;
                stack.started.add(() -> SharedRedis.deleteWithPrefix(url, stack.redisPrefix));
            }

            progress.step("Starting PostgreSQL 17");
            stack.database = dataDirectory != null
                    ? EmbeddedDatabase.startPersistent(dataDirectory.resolve("postgres"), postgresPort)
                    : EmbeddedDatabase.startTemporary();
            stack.started.add(stack.database);

            progress.step("Starting Keycloak");
            try {
                stack.keycloak = KeycloakServer.start(KeycloakServer.Options.withFreePorts(keycloakLabel)
                        .withPorts(keycloakPort, keycloakManagementPort)
                        .withPublicUrl(keycloakPublicUrl));
            } catch (IOException e) {
                throw new UncheckedIOException("Could not start Keycloak", e);
            }
            stack.started.add(stack.keycloak);
            progress.step("Importing the realms");
            RealmImporter.forPortal(portalUrl, portalClientSecret).withDevCliClient()
                    .importInto(stack.keycloak.adminClient());

            if (backendJar != null) {
                progress.step("Starting the backend (migrations and demo data on first start)");
                int port = backendPort > 0 ? backendPort : freePort();
                stack.backendUrl = "http://localhost:" + port;
                Map<String, String> environment = new HashMap<>();
                environment.put("SPRING_PROFILES_ACTIVE", "dev");
                environment.put("BACKEND_PORT", String.valueOf(port));
                environment.put("ONWARD_DB_URL", stack.database.jdbcUrl());
                environment.put("KEYCLOAK_URL", stack.keycloak.baseUrl());
                environment.put("REDIS_URL", redisUrl);
                environment.put("ONWARD_REDIS_PREFIX", stack.redisPrefix);
                environment.putAll(backendEnvironment);
                stack.backend = ChildProcess.startJar("backend", backendJar, List.of("-Xmx512m"), List.of(),
                        environment, logs.resolve("backend.log"));
                stack.started.add(stack.backend);
                stack.backend.awaitHttpOk(URI.create(stack.backendUrl + "/actuator/health/readiness"), backendReadyWithin);
            }

            if (portalJar != null) {
                progress.step("Starting the portal");
                Map<String, String> environment = new HashMap<>();
                environment.put("SPRING_PROFILES_ACTIVE", "dev");
                environment.put("PORTAL_PORT", String.valueOf(portalPort));
                environment.put("ONWARD_BACKEND_URL", stack.backendGraphqlUrl());
                environment.put("ONWARD_PORTAL_CLIENT_SECRET", portalClientSecret);
                stack.portal = ChildProcess.startJar("portal", portalJar, List.of("-Xmx768m"), List.of(),
                        environment, logs.resolve("portal.log"));
                stack.started.add(stack.portal);
                stack.portal.awaitHttpOk(URI.create("http://localhost:" + portalPort + "/"), Duration.ofMinutes(2));
            }
        }
    }

    /** Reports each step as it starts, for a person watching the run command. */
    @FunctionalInterface
    public interface Progress {
        void step(String description);
    }

    public static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path temporaryDirectory(String prefix) {
        try {
            return Files.createTempDirectory(prefix);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
