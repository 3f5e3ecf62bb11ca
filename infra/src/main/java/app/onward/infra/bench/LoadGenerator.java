package app.onward.infra.bench;

import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;

/**
 * The benchmark's load generator, run by {@link BenchmarkRun} as a JVM of its own so that its work is not
 * the backend's: warms up, then runs the page at rising fixed rates, first through GraphQL, then as raw SQL,
 * and writes one line per step to the results file. A series stops after two steps in a row that miss the
 * criterion ({@link StepResult#holds()}): higher rates would only queue.
 *
 * <p>Usage: {@code java -cp … app.onward.infra.bench.LoadGenerator settings.properties} (keys: see {@link Settings}).
 */
public final class LoadGenerator {

    private static final int MISSES_BEFORE_STOPPING = 2;
    private static final int ONE_AT_A_TIME = 500;
    /** Lets work left from a step that fell behind finish before the next one starts. */
    private static final Duration PAUSE_BETWEEN_STEPS = Duration.ofSeconds(3);

    /** What the run hands over. */
    record Settings(URI graphqlUrl, String graphqlBody, String dataField, String keycloakUrl, String realm,
                    String username, String password, String jdbcUrl, String jdbcUser, String jdbcPassword,
                    int jdbcConnections, String tenantId, boolean publicRead, Path statementFile, List<Integer> rates,
                    Duration step, Duration warmUp, Path resultsFile) {

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
                    Path.of(p.getProperty("results.file")));
        }
    }

    private LoadGenerator() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.read(Path.of(args[0]));
        List<StepResult> results = new ArrayList<>();
        try (BearerToken token = new BearerToken(settings.keycloakUrl(), settings.realm(), settings.username(), settings.password())) {
            GraphQlTarget graphQl = new GraphQlTarget(settings.graphqlUrl(), settings.graphqlBody(), settings.dataField(), token);
            graphQl.call();
            results.addAll(series("GraphQL", graphQl, settings));
        }
        List<String> statements = SqlReplay.statements(settings.statementFile());
        try (SqlReplay sql = new SqlReplay(settings.jdbcUrl(), settings.jdbcUser(), settings.jdbcPassword(),
                settings.jdbcConnections(), settings.tenantId(), settings.publicRead(), statements)) {
            say("SQL: %d statements per page, %d rows in all".formatted(statements.size(), sql.rowsOnce()));
            results.addAll(series("SQL", sql, settings));
        }
        Files.write(settings.resultsFile(), results.stream().map(StepResult::toLine).toList());
    }

    private static List<StepResult> series(String name, OpenModel.Target target, Settings settings) throws InterruptedException {
        List<StepResult> steps = new ArrayList<>();
        // Warmed one request at a time: a cold JIT at a fixed rate would only queue.
        Instant warmUpEnds = Instant.now().plus(settings.warmUp());
        long warmUpRequests = 0;
        while (Instant.now().isBefore(warmUpEnds)) {
            OpenModel.oneAtATime(name, target, 50);
            warmUpRequests += 50;
        }
        say("%-7s warm-up: %d requests one at a time".formatted(name, warmUpRequests));
        StepResult alone = OpenModel.oneAtATime(name, target, ONE_AT_A_TIME);
        say("%-7s one at a time    %s".formatted(name, describe(alone)));
        steps.add(alone);
        int misses = 0;
        for (int rate : settings.rates()) {
            Thread.sleep(PAUSE_BETWEEN_STEPS);
            StepResult step = OpenModel.run(name, target, new FixedRateSchedule(rate, settings.step()));
            say("%-7s         %5d/s   %s".formatted(name, rate, describe(step)));
            steps.add(step);
            misses = step.holds() ? 0 : misses + 1;
            if (misses == MISSES_BEFORE_STOPPING) {
                break;
            }
        }
        return steps;
    }

    static String describe(StepResult step) {
        return "achieved %7.1f/s  p50 %6.2f ms  p90 %6.2f ms  p99 %7.2f ms  max %7.1f ms  errors %d  load %.1f  %s".formatted(
                step.achievedPerSecond(), step.p50Micros() / 1000.0, step.p90Micros() / 1000.0,
                step.p99Micros() / 1000.0, step.maxMicros() / 1000.0, step.errors(), step.loadAverage(),
                step.holds() ? "holds" : "misses");
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
