package app.onward.infra.bench;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

/** What the report says about a run: each scenario judged by its own limit, and a miss said with how far. */
class ReportTest {

    @Test
    void shouldJudgeEachScenarioByItsOwnP99Limit() {
        StepResult sevenMilliseconds = step("GraphQL", 500, 2_000, 7_000);

        assertThat(sevenMilliseconds.holds(Scenario.CASELOAD.goal().p99Micros())).isTrue();
        assertThat(sevenMilliseconds.holds(Scenario.OFFER.goal().p99Micros())).isFalse();
        assertThat(sevenMilliseconds.delivered()).as("the rate was delivered, only slowly").isTrue();
        assertThat(new StepResult("GraphQL", 500, 470, 9_400, 0, 2_000, 4_000, 4_500, 9_000, 1.5, 1, 1).delivered()).isFalse();
        assertThat(new StepResult("GraphQL", 500, 500, 9_999, 1, 2_000, 4_000, 4_500, 9_000, 1.5, 1, 1).holds(5_000)).isFalse();
        assertThat(Report.markdown(facts(Scenario.OFFER), List.of(sevenMilliseconds), Optional.empty()))
                .contains("| GraphQL | 500 | 500.0 | 2.00 | 4.00 | 7.00 | 14.0 | 0 | 1.5 | 2.25 | 0.50 | no |")
                .contains("\"Holds\": p99 ≤ 5 ms");
    }

    @Test
    void shouldSayHowFarTheRateFallsShortAndWhatTheNextRateGave() {
        List<StepResult> steps = List.of(step("GraphQL", 0, 900, 1_500), step("GraphQL", 1000, 1_000, 3_000),
                step("GraphQL", 1500, 1_200, 4_800), step("GraphQL", 2000, 3_000, 42_000));

        assertThat(Report.verdict("GraphQL", steps, Scenario.OFFER.goal()))
                .contains("p99 ≤ 5 ms", "**1,500 req/s**", "Target (≥ 2,000 req/s at p99 ≤ 5 ms): missed, 25 % short of the rate")
                .contains("At 2,000 req/s: p99 42.00 ms");
    }

    @Test
    void shouldSayTheTargetIsMetOnlyWithTheMedianItAsksFor() {
        List<StepResult> quick = List.of(step("SQL", 500, 1_000, 2_000), step("SQL", 1000, 2_500, 9_000));
        List<StepResult> slowMedian = List.of(step("SQL", 1000, 4_000, 9_000));

        assertThat(Report.verdict("SQL", quick, Scenario.CASELOAD.goal())).contains("**1,000 req/s**").endsWith(": met.");
        assertThat(Report.verdict("SQL", slowMedian, Scenario.CASELOAD.goal())).contains("missed on the median (4.00 ms)");
    }

    @Test
    void shouldSayWhenNoRateHeldAndTheHighestRateDeliveredAllTheSame() {
        List<StepResult> steps = List.of(step("GraphQL", 250, 4_000, 12_000), step("GraphQL", 500, 6_000, 30_000),
                new StepResult("GraphQL", 1000, 700, 14_000, 300, 90_000, 150_000, 400_000, 900_000, 3.0, 1, 1));

        assertThat(Report.verdict("GraphQL", steps, Scenario.OFFER.goal()))
                .contains("p99 ≤ 5 ms held at none of the rates tried", "missed", "At 250 req/s: p99 12.00 ms")
                .contains("Highest rate delivered (no errors, at least 95 % of it achieved): 500 req/s, p50 6.00 ms, p99 30.00 ms.");
    }

    @Test
    void shouldStateTheCheckersOwnTimingAgainstItsTarget() {
        Scenario.CheckerLoad load = Scenario.OFFER.checker();
        Optional<StepResult> requests = Optional.of(step(Scenario.CHECKER_TARGET, 500, 1_800, 3_200));

        assertThat(Report.checkerVerdict(new CheckerTiming(10_000, 0.21, 0.18, 0.3, 0.62, 1.4, 2.1), load, requests))
                .contains("10,000 evaluations at 500 req/s", "p50 0.180 ms", "p99 0.620 ms", "≤ 1 ms, read as p99): met")
                .contains("over HTTP, as the load generator saw them: p50 1.80 ms, p99 3.20 ms");
        assertThat(Report.checkerVerdict(new CheckerTiming(10_000, 0.9, 0.8, 1.1, 1.3, 2.0, 4.0), load, requests))
                .contains("missed by 0.30 ms");
    }

    @Test
    void shouldShareTheCpuOutOverTheRequestsAnsweredAndLeaveTheBackendOutForRawSql() {
        StepResult graphQl = step("GraphQL", 250, 2_000, 4_000).withCpu(Duration.ofSeconds(15), Duration.ofSeconds(2));
        StepResult sql = step("SQL", 250, 1_000, 2_000).withCpu(Duration.ofMillis(40), Duration.ofSeconds(1));

        assertThat(graphQl.requests()).isEqualTo(5_000);
        assertThat(graphQl.backendCpuMillis()).isEqualTo(3.0);
        assertThat(graphQl.generatorCpuMillis()).isEqualTo(0.4);
        assertThat(Report.markdown(facts(Scenario.OFFER), List.of(graphQl, sql), Optional.empty()))
                .contains("| 1.5 | 3.00 | 0.40 | yes |").contains("| 1.5 | — | 0.20 | yes |");
    }

    @Test
    void shouldHandAStepFromTheGeneratorToTheReportUnchanged() {
        StepResult step = step("GraphQL", 1000, 2_500, 9_000);

        assertThat(StepResult.fromLine(step.toLine())).isEqualTo(step);
    }

    private static Report.Facts facts(Scenario scenario) {
        return new Report.Facts(scenario, LocalDate.of(2026, 11, 23), "\"Holds\": p99 ≤ " + scenario.goal().p99().toMillis() + " ms",
                2000, "30.0 s", Map.of("entitlement", 71L), "8 sections", "3 statements");
    }

    private static StepResult step(String target, int rate, long p50Micros, long p99Micros) {
        return new StepResult(target, rate, rate, rate * 20L, 0, p50Micros, p50Micros * 2, p99Micros, p99Micros * 2, 1.5, 2.25, 0.5);
    }
}
