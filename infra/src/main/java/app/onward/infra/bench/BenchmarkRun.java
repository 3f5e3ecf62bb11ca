package app.onward.infra.bench;

import app.onward.infra.keycloak.DemoSignIn;
import app.onward.infra.keycloak.DemoSignIns;
import app.onward.infra.keycloak.KeycloakTokens;
import app.onward.infra.postgres.EmbeddedDatabase;
import app.onward.infra.stack.OnwardStack;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * What {@code ./onward bench [caseload|offer]} runs: the real stack on a throwaway database (embedded
 * PostgreSQL 17, Keycloak, the backend jar as its own process, no portal) with the benchmark volume, then
 * the {@link LoadGenerator} in a JVM of its own, then the report as Markdown (printed, and written to
 * {@code target/benchmark/<scenario>.md}, the replayed SQL beside it). Everything it started is stopped and its temporary folder removed.
 * Settings from the environment: ONWARD_BENCH_YOUNG_PEOPLE (2000 per authority), ONWARD_BENCH_RATES (the
 * scenario's own: 50,100,250,… for the caseload, 250,500,1000,… for the offer), ONWARD_BENCH_STEP_SECONDS (20),
 * ONWARD_BENCH_WARM_UP_SECONDS (20), ONWARD_BENCH_CHECKER_RATE (the offer's checker step, 200 req/s),
 * ONWARD_BENCH_PROFILE (1: record the backend with Java Flight Recorder into target/benchmark/backend.jfr).
 */
public final class BenchmarkRun {

    private static final List<String> BACKEND_JVM = List.of("-Xmx512m");
    private static final List<String> GENERATOR_JVM = List.of("-Xms256m", "-Xmx512m", "-Djdk.httpclient.keepalive.timeout=120");
    private static final int BACKEND_DB_POOL = 20;
    private static final Pattern GENERATION = Pattern.compile("Benchmark volume ready in (\\d+) ms");

    private BenchmarkRun() {
    }

    public static void main(String[] args) throws Exception {
        Scenario scenario = Scenario.named(args.length > 0 ? args[0] : "caseload");
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("ONWARD_HOME", ".")).toAbsolutePath().normalize();
        int youngPeople = Integer.parseInt(env.getOrDefault("ONWARD_BENCH_YOUNG_PEOPLE", "2000"));
        String rates = env.getOrDefault("ONWARD_BENCH_RATES", scenario.rates());
        String stepSeconds = env.getOrDefault("ONWARD_BENCH_STEP_SECONDS", "20");
        String warmUpSeconds = env.getOrDefault("ONWARD_BENCH_WARM_UP_SECONDS", "20");
        int checkerRate = scenario.checker() == null ? 0 : Integer.parseInt(env.getOrDefault("ONWARD_BENCH_CHECKER_RATE", "200"));
        Path work = Files.createTempDirectory("onward-bench-");
        Path statementFile = work.resolve("statements.sql");
        Path profile = "1".equals(env.get("ONWARD_BENCH_PROFILE")) ? root.resolve("target/benchmark/backend.jfr") : null;
        Instant started = Instant.now();
        say("Benchmark '" + scenario.name() + "': " + youngPeople + " young people per authority; working in " + work);

        try (OnwardStack stack = OnwardStack.builder()
                .portalUrl("http://localhost:" + OnwardStack.freePort())
                .backend(root.resolve("backend/target/onward-backend.jar"), 0)
                .backendEnvironment(backendEnvironment(youngPeople, statementFile, profile))
                .backendReadyWithin(Duration.ofMinutes(10))
                .logDirectory(work.resolve("logs"))
                .keycloakLabel("bench")
                .progress(step -> say("  " + step + " …"))
                .start()) {
            Path backendLog = work.resolve("logs/backend.log");
            String generationTook = generationTime(backendLog);
            say("  Ready in " + Duration.between(started, Instant.now()).toSeconds() + " s; volume generated in " + generationTook);

            DemoSignIn user = scenario.signedIn() ? DemoSignIns.all().stream()
                    .filter(signIn -> signIn.username().equals(scenario.username())).findFirst().orElseThrow() : null;
            String token = user == null ? null
                    : KeycloakTokens.passwordGrant(stack.keycloakUrl(), scenario.realm(), user.username(), user.password());
            PageCapture capture = PageCapture.take(stack.backendGraphqlUrl(), scenario, token, statementFile);
            say("  Captured the " + capture.statements().size() + " statements the backend ran for one page ("
                    + PageCapture.tablesRead(capture.statements()) + "); the answer: " + capture.answer());
            DataVolume.analyze(stack.database());
            Map<String, Long> rows = DataVolume.rows(stack.database());
            say("  Rows: " + rows);

            Path settings = work.resolve("load.properties");
            Path results = work.resolve("results.tsv");
            writeSettings(settings, stack, scenario, user, statementFile, results, rates, stepSeconds, warmUpSeconds, checkerRate);
            runLoadGenerator(root, settings);
            // At once: the backend's percentiles cover about the last two minutes.
            Optional<CheckerTiming> checker = checkerRate == 0 ? Optional.empty()
                    : Optional.of(CheckerTiming.read(stack.backendUrl(), scenario.authority()));
            if (profile != null) {
                dumpRecording(stack.backendPid(), profile);
            }

            List<StepResult> steps = Files.readAllLines(results).stream().map(StepResult::fromLine).toList();
            String setup = setup(scenario, rates, stepSeconds, warmUpSeconds, checkerRate);
            String report = Report.markdown(new Report.Facts(scenario, LocalDate.now(ZoneOffset.UTC), setup,
                    youngPeople, generationTook, rows, capture.answer(), replayed(scenario, capture)), steps, checker);
            Path reportFile = root.resolve("target/benchmark/" + scenario.name() + ".md");
            Files.createDirectories(reportFile.getParent());
            Files.writeString(reportFile, report);
            // The page's SQL as replayed: statements with ids and dates inlined, no personal data.
            Files.copy(statementFile, root.resolve("target/benchmark/" + scenario.name() + "-statements.sql"),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
            say("\n" + report + "\nWritten to " + reportFile + " (whole run " + Duration.between(started, Instant.now()).toSeconds() + " s)");
        } finally {
            keepLogs(work.resolve("logs"), root.resolve("target/benchmark/logs"));
            deleteRecursively(work);
        }
    }

    /** The backend's log (ids and counts only, like every Onward log) stays for a look at what went wrong. */
    private static void keepLogs(Path from, Path to) throws IOException {
        if (Files.isDirectory(from)) {
            Files.createDirectories(to);
            try (Stream<Path> logs = Files.list(from)) {
                for (Path log : logs.toList()) {
                    Files.copy(log, to.resolve(log.getFileName()), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static Map<String, String> backendEnvironment(int youngPeople, Path statementFile, Path profile) throws IOException {
        Map<String, String> environment = new java.util.HashMap<>(Map.of(
                "ONWARD_BENCHMARK_YOUNG_PEOPLE_PER_AUTHORITY", String.valueOf(youngPeople),
                "ONWARD_BENCHMARK_STATEMENT_FILE", statementFile.toString(),
                "ONWARD_DB_POOL_SIZE", String.valueOf(BACKEND_DB_POOL),
                // The checker's own timing (CheckerTiming); only the benchmark's security chain lets it be read.
                "MANAGEMENT_ENDPOINTS_WEB_EXPOSURE_INCLUDE", "health,metrics"));
        if (profile != null) {
            // Where the backend's time goes: Java Flight Recorder's sampling profile, written when it stops.
            Files.createDirectories(profile.getParent());
            environment.put("JAVA_TOOL_OPTIONS", "-XX:StartFlightRecording=settings=profile,filename=" + profile);
        }
        return environment;
    }

    /**
     * Writes the backend's flight recording now, while it still runs: under heavy load it may not finish
     * stopping within the stack's grace, and a recording written only at exit would be lost.
     */
    private static void dumpRecording(long backend, Path profile) throws IOException, InterruptedException {
        Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
        Process dump = new ProcessBuilder(jcmd.toString(), String.valueOf(backend), "JFR.dump", "filename=" + profile)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        say("  Flight recording of the backend (pid " + backend + ") dumped: exit " + dump.waitFor());
    }

    /** The raw SQL in words: which statements, what they read, and when they were captured. */
    private static String replayed(Scenario scenario, PageCapture capture) {
        String statements = "the " + capture.statements().size() + " statements the backend ran for one request ("
                + PageCapture.tablesRead(capture.statements()) + ")";
        return scenario.publicRead()
                ? statements + ", captured on the first request for the offer after the backend started, so nothing was cached: "
                + "the latest-version lookup, then that version, its sections and its entitlements, as every request would run "
                + "them without the cache (in the backend two read-only transactions, replayed here as one); a request "
                + "answered from the cache runs none of them, except the latest-version lookup once every 5 s"
                : statements + ", every one of the page's, exactly as the backend ran them";
    }

    private static void writeSettings(Path file, OnwardStack stack, Scenario scenario, DemoSignIn user, Path statementFile,
                                      Path results, String rates, String stepSeconds, String warmUpSeconds,
                                      int checkerRate) throws Exception {
        Properties p = new Properties();
        p.setProperty("graphql.url", stack.backendGraphqlUrl());
        p.setProperty("graphql.body", scenario.body());
        p.setProperty("graphql.data-field", scenario.dataField());
        p.setProperty("keycloak.url", stack.keycloakUrl());
        p.setProperty("keycloak.realm", scenario.realm());
        if (user != null) {
            p.setProperty("user.name", user.username());
            p.setProperty("user.password", user.password());
        }
        p.setProperty("jdbc.url", stack.database().jdbcUrl());
        p.setProperty("jdbc.user", EmbeddedDatabase.APPLICATION.name());
        p.setProperty("jdbc.password", EmbeddedDatabase.APPLICATION.password());
        p.setProperty("jdbc.connections", String.valueOf(BACKEND_DB_POOL));
        p.setProperty("tenant.id", DataVolume.tenantId(stack.database(), scenario.authority()));
        p.setProperty("tenant.public-read", String.valueOf(scenario.publicRead()));
        p.setProperty("sql.statements", statementFile.toString());
        p.setProperty("rates", rates);
        p.setProperty("step.seconds", stepSeconds);
        p.setProperty("warm-up.seconds", warmUpSeconds);
        p.setProperty("p99.limit-micros", String.valueOf(scenario.goal().p99Micros()));
        p.setProperty("authority", scenario.authority());
        p.setProperty("backend.pid", String.valueOf(stack.backendPid()));
        p.setProperty("checker.rate", String.valueOf(checkerRate));
        if (scenario.checker() != null) {
            p.setProperty("checker.warm-up-authority", scenario.checker().warmUpAuthority());
        }
        p.setProperty("results.file", results.toString());
        try (Writer writer = Files.newBufferedWriter(file)) {
            p.store(writer, "Onward benchmark: the load generator's settings");
        }
    }

    private static void runLoadGenerator(Path root, Path settings) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(GENERATOR_JVM);
        command.add("-cp");
        command.add(root.resolve("infra/target/classes") + ":" + Files.readString(root.resolve("infra/target/classpath.txt")).strip());
        command.add(LoadGenerator.class.getName());
        command.add(settings.toString());
        Process generator = new ProcessBuilder(command).inheritIO().start();
        try {
            int exit = generator.waitFor();
            if (exit != 0) {
                throw new IllegalStateException("The load generator stopped with exit code " + exit);
            }
        } finally {
            generator.destroyForcibly();
        }
    }

    private static String generationTime(Path backendLog) throws IOException {
        try (Stream<String> lines = Files.lines(backendLog)) {
            return lines.map(GENERATION::matcher).filter(Matcher::find).findFirst()
                    .map(found -> String.format("%.1f s", Long.parseLong(found.group(1)) / 1000.0))
                    .orElse("(not reported)");
        }
    }

    private static String setup(Scenario scenario, String rates, String stepSeconds, String warmUpSeconds, int checkerRate) {
        Runtime runtime = Runtime.getRuntime();
        String access = scenario.signedIn()
                ? """
                Authentication on: every request carries a real Keycloak access token (password grant, fetched again \
                before it expires), checked by the backend. Row-level security on: the backend and the raw SQL connect \
                as the application role, every transaction starts with the tenant's set_config. No cache in front of the \
                page: every request runs its SQL."""
                : """
                Signed out, as the public page asks: no Authorization header; every request still passes the backend's \
                security filter chain (which would check a token if one came) and the overload guard. Row-level security \
                on: the backend and the raw SQL connect as the application role, and the read runs in a read-only \
                transaction whose set_config sets only `app.public_tenant_id` to the authority, so that only the \
                `public_read` policies let rows through (its published versions, their sections and entitlements). \
                Cached as in service: each published version in memory and in Redis and the latest version's number \
                for at most 5 s (PublishedOfferCache), and this query's answer as JSON per authority, latest version \
                and request (PublicOfferAnswers, decision 0013); so a request after the first runs neither GraphQL's \
                execution nor SQL, but for the latest-version lookup every 5 s. The raw SQL is the read the caches \
                save.""";
        String checker = checkerRate == 0 ? "" : """
                 Then the entitlement checker, signed out, with the portal's query and made-up answers that vary (5,000 \
                different: dates of birth around the birthdays rules turn on, sometimes only an age, every category or \
                none, each circumstance yes, no or unanswered): %s s one request at a time on %s's checker to warm \
                up, then %d req/s for %s s on %s's; its evaluation is timed inside the backend (see below).""".formatted(
                warmUpSeconds, scenario.checker().warmUpAuthority(), checkerRate, stepSeconds, scenario.authority());
        return """
                **Setup:** one machine, %d cores, %d GiB, Java %s; PostgreSQL 17 (embedded), Keycloak, Redis, the backend \
                (`java %s -jar onward-backend.jar`, virtual threads, %d database connections) and the load generator \
                (`java %s`, a JVM of its own) all on it. %s Open model: requests released at a fixed \
                rate (%s req/s, %s s each, after %s s of warm-up one request at a time), each latency measured from the \
                request's intended start, so queueing is counted; HTTP/1.1 keep-alive; an answer counts only if it is \
                200 with data and no errors; at most %d requests outstanding (one due beyond that is not sent and counts \
                as an error). "Holds": p99 ≤ %d ms, no errors, at least 95%% of the rate achieved.%s"""
                .formatted(runtime.availableProcessors(), Math.round(totalMemoryGiB()), Runtime.version().feature(),
                        String.join(" ", BACKEND_JVM), BACKEND_DB_POOL, String.join(" ", GENERATOR_JVM), access, rates,
                        stepSeconds, warmUpSeconds, OpenModel.MAX_OUTSTANDING, scenario.goal().p99().toMillis(), checker);
    }

    private static double totalMemoryGiB() {
        try {
            return ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory.getOperatingSystemMXBean())
                    .getTotalMemorySize() / (1024.0 * 1024 * 1024);
        } catch (ClassCastException e) {
            return 0;
        }
    }

    private static void deleteRecursively(Path directory) throws IOException {
        try (Stream<Path> paths = Files.walk(directory)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        }
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
