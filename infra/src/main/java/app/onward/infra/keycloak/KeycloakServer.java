package app.onward.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.admin.client.KeycloakBuilder;

/**
 * A real Keycloak server process for development and tests, started from the cached installation (see
 * {@link KeycloakInstallation}) with a database of its own, so any number can run at once.
 *
 * <p>It listens on 127.0.0.1 only, and is started with {@code --hostname} set to its public URL, so the
 * {@code iss} of its tokens never depends on how it was reached. It registers nothing global: whoever
 * starts it decides whether a shutdown hook should {@link #close()} it.
 */
public final class KeycloakServer implements AutoCloseable {

    private static final Duration READY_TIMEOUT = Duration.ofMinutes(4);
    private static final Duration STOP_GRACE = Duration.ofSeconds(20);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(250);

    /**
     * How to start a server.
     *
     * @param port HTTP port; 0 picks a free one
     * @param managementPort port of the management interface ({@code /health/ready}); 0 picks a free one
     * @param publicUrl the base URL browsers and tokens use; {@code null} means {@code http://localhost:<port>}
     * @param label names the server's run folder and so its log ({@code dev}, {@code test}, ...)
     */
    public record Options(int port, int managementPort, String publicUrl, String label) {

        private static final Pattern LABEL = Pattern.compile("[a-z0-9][a-z0-9-]*");

        public Options {
            requirePort(port, "port");
            requirePort(managementPort, "managementPort");
            if (publicUrl != null && !isHttpUrl(publicUrl)) {
                throw new IllegalArgumentException("publicUrl must be an http(s) URL with a host, not " + publicUrl);
            }
            if (label == null || !LABEL.matcher(label).matches()) {
                throw new IllegalArgumentException("label must be lower-case letters, digits and dashes, not " + label);
            }
        }

        /** Free ports and the default public URL: what tests want. */
        public static Options withFreePorts(String label) {
            return new Options(0, 0, null, label);
        }

        public Options withPorts(int port, int managementPort) {
            return new Options(port, managementPort, publicUrl, label);
        }

        public Options withPublicUrl(String publicUrl) {
            return new Options(port, managementPort, publicUrl, label);
        }

        private static boolean isHttpUrl(String url) {
            try {
                URI uri = new URI(url);
                return ("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null;
            } catch (URISyntaxException e) {
                return false;
            }
        }

        private static void requirePort(int port, String name) {
            if (port < 0 || port > 65_535) {
                throw new IllegalArgumentException(name + " must be 0 (any free port) or a port number, not " + port);
            }
        }
    }

    private final Process process;
    private final RunFolder runFolder;
    private final int port;
    private final int managementPort;
    private final String publicUrl;
    private final String adminUsername;
    private final String adminPassword;
    private Keycloak adminClient;
    private boolean closed;

    private KeycloakServer(Process process, RunFolder runFolder, int port, int managementPort, String publicUrl,
                           KeycloakInstallation installation) {
        this.process = process;
        this.runFolder = runFolder;
        this.port = port;
        this.managementPort = managementPort;
        this.publicUrl = publicUrl;
        this.adminUsername = installation.adminUsername();
        this.adminPassword = installation.adminPassword();
    }

    /**
     * Starts a server and returns once it is ready. The very first start on a machine also installs
     * Keycloak (about 90 seconds on 2 cores); later ones take 12 to 20 seconds.
     */
    public static KeycloakServer start(Options options) throws IOException {
        KeycloakInstallation installation = KeycloakInstallation.ensureInstalled();
        int port = options.port() == 0 ? FreePorts.pick() : FreePorts.requireFree(options.port(), "HTTP");
        int managementPort = options.managementPort() == 0
                ? FreePorts.pick()
                : FreePorts.requireFree(options.managementPort(), "management");
        String publicUrl = options.publicUrl() == null
                ? "http://localhost:" + port
                : options.publicUrl().replaceAll("/+$", "");

        RunFolder runFolder = RunFolder.claim(installation.runsFolder(), options.label());
        Process process;
        try {
            Path database = runFolder.scratch().resolve("database");
            installation.copyTemplateDatabaseTo(database);
            process = installation.kc(runFolder.scratch(), List.of("start", "--optimized",
                            "--http-enabled=true", "--http-host=127.0.0.1", "--http-port=" + port,
                            "--http-management-port=" + managementPort,
                            "--hostname=" + publicUrl,
                            // Not a cluster: two servers on one machine must not find each other.
                            "--cache=local",
                            "--db-url=" + KeycloakInstallation.databaseUrl(database),
                            // The readiness probe would otherwise log a line per attempt.
                            "--log-level=info,io.smallrye.health:warn"))
                    .redirectErrorStream(true)
                    .redirectOutput(runFolder.logFile().toFile())
                    .start();
        } catch (IOException | RuntimeException e) {
            try {
                runFolder.close();
            } catch (IOException cleanup) {
                e.addSuppressed(cleanup);
            }
            throw e;
        }
        KeycloakServer server = new KeycloakServer(process, runFolder, port, managementPort, publicUrl, installation);
        try {
            server.awaitReady();
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The public base URL, e.g. {@code http://localhost:8180}: the start of every issuer. */
    public String baseUrl() {
        return publicUrl;
    }

    /** The {@code iss} of the tokens of {@code realm}. */
    public String issuer(String realm) {
        return publicUrl + "/realms/" + realm;
    }

    public int port() {
        return port;
    }

    public int managementPort() {
        return managementPort;
    }

    /** The master realm's admin, for the admin console and {@link #adminClient()}. */
    public String adminUsername() {
        return adminUsername;
    }

    public String adminPassword() {
        return adminPassword;
    }

    /** An admin client signed in to the master realm; made on first use, closed with the server. */
    public synchronized Keycloak adminClient() {
        if (closed) {
            throw new IllegalStateException("The Keycloak server is stopped");
        }
        if (adminClient == null) {
            // Loopback rather than the public URL, which need not resolve on this machine.
            adminClient = KeycloakBuilder.builder()
                    .serverUrl("http://127.0.0.1:" + port)
                    .realm("master")
                    .clientId("admin-cli")
                    .username(adminUsername)
                    .password(adminPassword)
                    .build();
        }
        return adminClient;
    }

    /** Keycloak's output; kept after {@link #close()} until the next server with the same label starts. */
    public Path logFile() {
        return runFolder.logFile();
    }

    /**
     * Stops Keycloak: asks the Java process and the kc.sh script around it to end, and kills whatever is
     * left after a grace period.
     */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        if (adminClient != null) {
            adminClient.close();
        }
        // kc.sh runs Java as its child: stopping only the script could leave Keycloak running.
        List<ProcessHandle> tree = Stream.concat(process.descendants(), Stream.of(process.toHandle())).toList();
        tree.forEach(ProcessHandle::destroy);
        try {
            CompletableFuture.allOf(tree.stream().map(ProcessHandle::onExit).toArray(CompletableFuture[]::new))
                    .get(STOP_GRACE.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException | ExecutionException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
        } catch (InterruptedException e) {
            tree.forEach(ProcessHandle::destroyForcibly);
            Thread.currentThread().interrupt();
        }
        try {
            runFolder.close();
        } catch (IOException e) {
            throw new UncheckedIOException("Keycloak stopped, but its run folder could not be cleaned up", e);
        }
    }

    private void awaitReady() {
        URI health = URI.create("http://127.0.0.1:" + managementPort + "/health/ready");
        Instant deadline = Instant.now().plus(READY_TIMEOUT);
        try (HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()) {
            while (true) {
                if (!process.isAlive()) {
                    throw new IllegalStateException("Keycloak exited with code " + process.exitValue()
                            + " before it was ready.\n" + LogTail.of(logFile()));
                }
                if (Instant.now().isAfter(deadline)) {
                    throw new IllegalStateException("Keycloak was not ready within " + READY_TIMEOUT + " (" + health
                            + ").\n" + LogTail.of(logFile()));
                }
                if (isReady(http, health)) {
                    return;
                }
                Thread.sleep(PROBE_INTERVAL);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while waiting for Keycloak to be ready", e);
        }
    }

    private static boolean isReady(HttpClient http, URI health) throws InterruptedException {
        try {
            HttpRequest request = HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build();
            return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException notListeningYet) {
            return false;
        }
    }
}
