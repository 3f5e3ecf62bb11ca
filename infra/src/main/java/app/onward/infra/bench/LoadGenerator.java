package app.onward.infra.bench;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark's load generator, run by {@link BenchmarkRun} as a JVM of its own so that its work is not
 * the backend's: warms up, then runs the page at rising fixed rates, first through GraphQL, then as raw SQL,
 * and writes one line per step to the results file. A series goes on past steps that miss the p99 limit but
 * deliver the rate (how latency grows towards the target is worth seeing) and stops after two steps in a row
 * that do not deliver it ({@link StepResult#delivered()}): higher rates would only queue. With a checker rate, it then warms
 * the entitlement checker up on one authority and runs it at that rate on the page's authority.
 *
 * <p>Usage: {@code java -cp … app.onward.infra.bench.LoadGenerator settings.properties} (keys: see {@link Settings}).
 */
public final class LoadGenerator {

    private static final int UNDELIVERED_BEFORE_STOPPING = 2;
    private static final int ONE_AT_A_TIME = 500;
    /** Different answers sent in turn to the checker; more than any cache of answers could hold, were there one. */
    private static final int CHECKER_ANSWERS = 5_000;
    /** Lets work left from a step that fell behind finish before the next one starts. */
    private static final Duration PAUSE_BETWEEN_STEPS = Duration.ofSeconds(3);

    /**
     * What the run hands over.
     *
     * @param username     null to ask signed out
     * @param checkerRate  entitlement checks per second after the page's series; 0 for none
     */
    record Settings(URI graphqlUrl, String graphqlBody, String dataField, String keycloakUrl, String realm,
                    String username, String password, String jdbcUrl, String jdbcUser, String jdbcPassword,
                    int jdbcConnections, String tenantId, boolean publicRead, Path statementFile, List<Integer> rates,
                    Duration step, Duration warmUp, long p99LimitMicros, String authority, String checkerWarmUpAuthority,
                    int checkerRate, long backendPid, Path resultsFile) {

        static Settings read(Path file) throws IOException {
            Properties p = new Properties();
            try (Reader reader = Files.newBufferedReader(file)) {
                p.load(reader);
            }
            return new Settings(URI.create(p.getProperty("graphql.url")), p.getProperty("graphql.body"),
                    p.getProperty("graphql.data-field"), p.getProperty("keycloak.url"), p.getProperty("keycloak.realm"),
                    p.getProperty("user.name"), p.getProperty("user.password"), p.getProperty("jdbc.url"),
                    p.getProperty("jdbc.user"), p.getProperty("jdbc.password"),
                    Integer.parseInt(p.getProperty("jdbc.connections")), p.getProperty("tenant.id"),
                    Boolean.parseBoolean(p.getProperty("tenant.public-read")), Path.of(p.getProperty("sql.statements")),
                    Arrays.stream(p.getProperty("rates").split(",")).map(String::strip).map(Integer::valueOf).toList(),
                    Duration.ofSeconds(Long.parseLong(p.getProperty("step.seconds"))),
                    Duration.ofSeconds(Long.parseLong(p.getProperty("warm-up.seconds"))),
                    Long.parseLong(p.getProperty("p99.limit-micros")), p.getProperty("authority"),
                    p.getProperty("checker.warm-up-authority"), Integer.parseInt(p.getProperty("checker.rate", "0")),
                    Long.parseLong(p.getProperty("backend.pid")), Path.of(p.getProperty("results.file")));
        }
    }

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.read(Path.of(args[0]));
        List<StepResult> results = new ArrayList<>();
        try (BearerToken token = settings.username() == null ? null
                : new BearerToken(settings.keycloakUrl(), settings.realm(), settings.username(), settings.password())) {
            GraphQlTarget graphQl = new GraphQlTarget(settings.graphqlUrl(), List.of(settings.graphqlBody()), settings.dataField(), token);
            graphQl.call();
            results.addAll(series("GraphQL", graphQl, settings));
        }
        List<String> statements = SqlReplay.statements(settings.statementFile());
        try (SqlReplay sql = new SqlReplay(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword(),
                settings.jdbcConnections(), settings.tenantId(), settings.publicRead(), statements)) {
            say("SQL: %d statements per page, %d rows in all".formatted(statements.size(), sql.rowsOnce()));
            results.addAll(series("SQL", sql, settings));
        }
        if (settings.checkerRate() > 0) {
            results.add(checker(settings));
        }
        Files.write(settings.resultsFile(), results.stream().map(StepResult::toLine).toList());
    }

    /**
     * The checker warmed up, one request at a time, on another authority's offer, then one step at the checker
     * rate on the page's authority: the backend's own timing of that authority's evaluations is then the step's.
     */
    private static StepResult checker(Settings settings) throws InterruptedException {
        LocalDate today = LocalDate.now(ZoneId.of("Europe/London"));
        GraphQlTarget warmUp = new GraphQlTarget(settings.graphqlUrl(),
                CheckerRequests.bodies(settings.checkerWarmUpAuthority(), today, CHECKER_ANSWERS, 2), "entitlementCheck", null);
        GraphQlTarget measured = new GraphQlTarget(settings.graphqlUrl(),
                CheckerRequests.bodies(settings.authority(), today, CHECKER_ANSWERS, 1), "entitlementCheck", null);
        long warmUpRequests = warmUp(warmUp, settings.warmUp());
        say("%-7s warm-up: %d requests one at a time on %s".formatted(Scenario.CHECKER_TARGET, warmUpRequests, settings.checkerWarmUpAuthority()));
        Thread.sleep(PAUSE_BETWEEN_STEPS);
        StepResult step = withCpu(settings, () -> OpenModel.run(Scenario.CHECKER_TARGET, measured,
                new FixedRateSchedule(settings.checkerRate(), settings.step())));
        say("%-7s         %5d/s   %s".formatted(Scenario.CHECKER_TARGET, settings.checkerRate(), describe(step, settings.p99LimitMicros())));
        return step;
    }

    private static List<StepResult> series(String name, OpenModel.Target target, Settings settings) throws InterruptedException {
        List<StepResult> steps = new ArrayList<>();
        long warmUpRequests = warmUp(target, settings.warmUp());
        say("%-7s warm-up: %d requests one at a time".formatted(name, warmUpRequests));
        StepResult alone = withCpu(settings, () -> OpenModel.oneAtATime(name, target, ONE_AT_A_TIME));
        say("%-7s one at a time    %s".formatted(name, describe(alone, settings.p99LimitMicros())));
        steps.add(alone);
        int undelivered = 0;
        for (int rate : settings.rates()) {
            Thread.sleep(PAUSE_BETWEEN_STEPS);
            StepResult step = withCpu(settings, () -> OpenModel.run(name, target, new FixedRateSchedule(rate, settings.step())));
            say("%-7s         %5d/s   %s".formatted(name, rate, describe(step, settings.p99LimitMicros())));
            steps.add(step);
            undelivered = step.delivered() ? 0 : undelivered + 1;
            if (undelivered == UNDELIVERED_BEFORE_STOPPING) {
                break;
            }
        }
        return steps;
    }

    @FunctionalInterface
    private interface Step {
        StepResult run() throws InterruptedException;
    }

    /**
     * The step, with the backend's and this process's CPU time while it ran: what each request cost the server,
     * whatever the queueing, and what sending it and reading its answer cost on the same machine.
     */
    private static StepResult withCpu(Settings settings, Step step) throws InterruptedException {
        Duration backend = cpu(settings.backendPid());
        Duration generator = cpu(ProcessHandle.current().pid());
        StepResult result = step.run();
        return result.withCpu(cpu(settings.backendPid()).minus(backend), cpu(ProcessHandle.current().pid()).minus(generator));
    }

    private static Duration cpu(long pid) {
        return ProcessHandle.of(pid).flatMap(process -> process.info().totalCpuDuration())
                .orElseThrow(() -> new IllegalStateException("Cannot read the CPU time of process " + pid));
    }

    /** Requests one at a time for {@code length}: a cold JIT at a fixed rate would only queue. */
    private static long warmUp(OpenModel.Target target, Duration length) {
        Instant ends = Instant.now().plus(length);
        long requests = 0;
        while (Instant.now().isBefore(ends)) {
            OpenModel.oneAtATime("warm-up", target, 50);
            requests += 50;
        }
        return requests;
    }

    static String describe(StepResult step, long p99LimitMicros) {
        return "achieved %7.1f/s  p50 %6.2f ms  p90 %6.2f ms  p99 %7.2f ms  max %7.1f ms  errors %d  load %.1f  CPU ms/req backend %.2f generator %.2f  %s".formatted(
                step.achievedPerSecond(), step.p50Micros() / 1000.0, step.p90Micros() / 1000.0,
                step.p99Micros() / 1000.0, step.maxMicros() / 1000.0, step.errors(), step.loadAverage(), step.backendCpuMillis(),
                step.generatorCpuMillis(),
                step.holds(p99LimitMicros) ? "holds" : "misses");
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
