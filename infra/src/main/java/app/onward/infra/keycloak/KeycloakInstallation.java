package app.onward.infra.keycloak;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The Keycloak distribution, installed once per machine in a cache folder outside any clone
 * ({@code $ONWARD_CACHE} or {@code ~/.cache/onward}, subfolder {@code keycloak-<version>}):
 * <ul>
 *   <li>{@code dist/}: the keycloak-quarkus-dist tarball from the local Maven repository, unpacked and
 *       built once ({@code kc.sh build}), so every start can be {@code --optimized} and never pays
 *       Quarkus' augmentation again;</li>
 *   <li>{@code template/}: an H2 database with Keycloak's schema, the master realm and a bootstrap admin,
 *       which every server copies as its own database. That skips the schema migration and the master
 *       realm set-up at each start (about 12 of 25 seconds on a 2-core machine) and keeps servers that
 *       run at the same time from sharing anything;</li>
 *   <li>{@code runs/}: one folder per running server (see {@link RunFolder}).</li>
 * </ul>
 * Everything is prepared in a temporary sibling folder and renamed into place, under a file lock, so a
 * half-made install never exists under the final name and concurrent first starts install only once.
 */
final class KeycloakInstallation {

    /** Keep in step with {@code keycloak.version} in the root pom, which fetches the tarball. */
    static final String VERSION = "26.7.3";

    /**
     * Build-time options, baked into {@code dist/} by {@code kc.sh build}. A file database (rather than
     * {@code dev-mem}) is what lets each server start from a copy of the template.
     */
    private static final List<String> BUILD_OPTIONS = List.of("--db=dev-file", "--health-enabled=true");

    private static final Duration STEP_TIMEOUT = Duration.ofMinutes(10);
    private static final String ADMIN_USERNAME = "admin";
    private static final String ADMIN_PASSWORD_VARIABLE = "ONWARD_KEYCLOAK_ADMIN_PASSWORD";
    private static final String DATABASE_NAME = "keycloakdb";

    /** Environment variables that kc.sh or Keycloak would read from our environment; a server must not. */
    private static final List<String> KC_SH_VARIABLES = List.of("JAVA", "JAVA_OPTS", "JAVA_OPTS_APPEND",
            "JAVA_OPTS_KC_HEAP", "JAVA_ADD_OPENS", "JAVA_LOCALE", "DEBUG", "DEBUG_PORT", "DEBUG_SUSPEND",
            "PRINT_ENV");

    private final Path home;
    private final String adminPassword;

    private KeycloakInstallation(Path home, String adminPassword) {
        this.home = home;
        this.adminPassword = adminPassword;
    }

    /** The installation, made first if this machine has none yet (about 90 seconds on 2 cores). */
    static KeycloakInstallation ensureInstalled() throws IOException {
        Path cache = cacheFolder();
        Path home = cache.resolve("keycloak-" + VERSION);
        if (!Files.isDirectory(home)) {
            Files.createDirectories(cache);
            // The file lock keeps other processes out; it cannot keep out a second thread of this JVM
            // (that throws OverlappingFileLockException), hence the monitor.
            synchronized (KeycloakInstallation.class) {
                try (FileChannel channel = FileChannel.open(cache.resolve(home.getFileName() + ".lock"),
                        StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                     FileLock ignored = channel.lock()) {
                    if (!Files.isDirectory(home)) {
                        install(home);
                    }
                }
            }
        }
        return open(home);
    }

    /** A kc.sh command whose temporary files and transaction log live in {@code scratch}. */
    ProcessBuilder kc(Path scratch, List<String> arguments) throws IOException {
        return kcCommand(home.resolve("dist"), scratch, arguments);
    }

    /** The H2 URL of the database in {@code folder}, as Keycloak's own dev-file URL would be. */
    static String databaseUrl(Path folder) {
        // NON_KEYWORDS=VALUE: Keycloak has a column named VALUE. TRACE_LEVEL_FILE=0: no trace file of
        // the errors that Keycloak's schema checks provoke on purpose.
        return "jdbc:h2:file:" + folder.resolve(DATABASE_NAME) + ";NON_KEYWORDS=VALUE;TRACE_LEVEL_FILE=0";
    }

    /** Copies the template database into {@code folder}, for a server to use as its own. */
    void copyTemplateDatabaseTo(Path folder) throws IOException {
        Files.createDirectories(folder);
        String file = DATABASE_NAME + ".mv.db";
        Files.copy(home.resolve("template").resolve(file), folder.resolve(file));
    }

    Path runsFolder() {
        return home.resolve("runs");
    }

    String adminUsername() {
        return ADMIN_USERNAME;
    }

    String adminPassword() {
        return adminPassword;
    }

    private static KeycloakInstallation open(Path home) throws IOException {
        Properties installed = readProperties(home.resolve("install.properties"));
        if (!String.join(" ", BUILD_OPTIONS).equals(installed.getProperty("build.options"))) {
            // Rebuilding in place would pull the jars from under servers that are running from here.
            throw new IllegalStateException(home + " was built with other options ("
                    + installed.getProperty("build.options") + ") than this code needs (" + String.join(" ", BUILD_OPTIONS)
                    + "). Stop any Keycloak started from it, delete the folder, and start again.");
        }
        return new KeycloakInstallation(home, readProperties(home.resolve("bootstrap-admin.properties"))
                .getProperty("password"));
    }

    private static void install(Path home) throws IOException {
        Path tarball = distributionTarball();
        deleteAbandonedAttempts(home);
        Path partial = Files.createTempDirectory(home.getParent(), home.getFileName() + ".partial-");
        try {
            Path log = partial.resolve("install.log");
            // The system tar: maven's unpacking mangles the distribution's long paths.
            runToCompletion(new ProcessBuilder("tar", "xzf", tarball.toString(), "-C", partial.toString()), log);
            Path dist = partial.resolve("dist");
            Files.move(partial.resolve("keycloak-" + VERSION), dist);
            Path scratch = partial.resolve("scratch");
            runToCompletion(kcCommand(dist, scratch, Stream.concat(Stream.of("build"), BUILD_OPTIONS.stream()).toList()), log);

            byte[] secret = new byte[16];
            new SecureRandom().nextBytes(secret);
            String password = HexFormat.of().formatHex(secret);
            writeOwnerOnly(partial.resolve("bootstrap-admin.properties"),
                    "username=" + ADMIN_USERNAME + "\npassword=" + password + "\n");
            // bootstrap-admin creates the schema, the master realm and the admin user, then exits.
            ProcessBuilder template = kcCommand(dist, scratch, List.of("bootstrap-admin", "user", "--optimized",
                    "--no-prompt", "--username=" + ADMIN_USERNAME, "--password:env=" + ADMIN_PASSWORD_VARIABLE,
                    "--cache=local", "--http-host=127.0.0.1",
                    // It opens the management interface while it runs; keep it off ports others may use.
                    "--http-management-port=" + FreePorts.pick(),
                    "--db-url=" + databaseUrl(partial.resolve("template"))));
            template.environment().put(ADMIN_PASSWORD_VARIABLE, password);
            runToCompletion(template, log);

            Folders.deleteRecursively(scratch);
            Files.writeString(partial.resolve("install.properties"),
                    "keycloak.version=" + VERSION + "\nbuild.options=" + String.join(" ", BUILD_OPTIONS) + "\n");
            Files.move(partial, home, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | RuntimeException e) {
            Folders.deleteRecursively(partial);
            throw e;
        }
    }

    private static ProcessBuilder kcCommand(Path dist, Path scratch, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(dist.resolve("bin/kc.sh").toString());
        command.addAll(arguments);
        Files.createDirectories(scratch.resolve("tmp"));
        // The scratch folder is also the working directory, where Quarkus would read a .env file.
        ProcessBuilder builder = new ProcessBuilder(command).directory(scratch.toFile());
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("KC_") || name.startsWith("QUARKUS_")
                || KC_SH_VARIABLES.contains(name));
        environment.put("JAVA_HOME", System.getProperty("java.home"));
        environment.put("JAVA_OPTS_APPEND", String.join(" ",
                // Keycloak otherwise keeps both in dist/data/, which servers running at once would share.
                "-Djava.io.tmpdir=" + scratch.resolve("tmp"),
                "-Dquarkus.transaction-manager.object-store.directory=" + scratch.resolve("transaction-logs")));
        // Not -XX:TieredStopAtLevel=1: it starts Keycloak faster, but importing the realms and signing
        // in then take longer than it saved (measured on 2 cores: 46 s against 38 s to the first tokens).
        return builder;
    }

    private static void runToCompletion(ProcessBuilder command, Path log) throws IOException {
        Process process = command.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        try {
            if (!process.waitFor(STEP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.descendants().forEach(ProcessHandle::destroyForcibly);
                process.destroyForcibly();
                throw new IllegalStateException("Installing Keycloak: " + String.join(" ", command.command())
                        + " took longer than " + STEP_TIMEOUT + ".\n" + LogTail.of(log));
            }
        } catch (InterruptedException e) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while installing Keycloak", e);
        }
        if (process.exitValue() != 0) {
            throw new IllegalStateException("Installing Keycloak: " + String.join(" ", command.command())
                    + " failed with exit code " + process.exitValue() + ".\n" + LogTail.of(log));
        }
    }

    /** Attempts cut short by a killed process; safe to delete because we hold the install lock. */
    private static void deleteAbandonedAttempts(Path home) throws IOException {
        try (DirectoryStream<Path> partials = Files.newDirectoryStream(home.getParent(), home.getFileName() + ".partial-*")) {
            for (Path partial : partials) {
                Folders.deleteRecursively(partial);
            }
        }
    }

    private static Path cacheFolder() {
        String configured = System.getenv("ONWARD_CACHE");
        return configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".cache", "onward");
    }

    private static Path distributionTarball() {
        String configured = System.getProperty("maven.repo.local");
        Path repository = configured != null && !configured.isBlank()
                ? Path.of(configured)
                : Path.of(System.getProperty("user.home"), ".m2", "repository");
        Path tarball = repository.resolve("org/keycloak/keycloak-quarkus-dist/" + VERSION
                + "/keycloak-quarkus-dist-" + VERSION + ".tar.gz");
        if (!Files.isRegularFile(tarball)) {
            throw new IllegalStateException("The Keycloak distribution is not in the local Maven repository (" + tarball
                    + "). Fetch it with: ./mvnw -pl infra generate-resources");
        }
        return tarball;
    }

    private static void writeOwnerOnly(Path file, String content) throws IOException {
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Files.writeString(file, content);
    }

    private static Properties readProperties(Path file) throws IOException {
        Properties properties = new Properties();
        try (var reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        }
        return properties;
    }
}
