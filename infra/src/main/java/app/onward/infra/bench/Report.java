package app.onward.infra.bench;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A run's results as Markdown, ready to paste into docs/performance.md. */
final class Report {

    /** What the run knew besides the steps. */
    record Facts(String scenario, LocalDate date, String setup, int youngPeoplePerAuthority, String generationTook,
                 Map<String, Long> rows, String graphQlQuery, int statementsPerPage) {
    }

    private Report() {
    }

    static String markdown(Facts facts, List<StepResult> steps) {
        StringBuilder md = new StringBuilder();
        md.append("### The ").append(facts.scenario()).append(" page, ").append(facts.date()).append("\n\n");
        md.append(facts.setup()).append("\n\n");
        md.append("**Data volume:** ").append(facts.youngPeoplePerAuthority()).append(" young people per authority, ")
                .append("generated, and every clock computed, by the backend in ").append(facts.generationTook()).append(". Rows, all authorities:\n\n");
        md.append("| table | rows |\n|---|---:|\n");
        facts.rows().forEach((table, count) -> md.append("| ").append(table).append(" | ").append(count).append(" |\n"));
        md.append("\n**The page:** `").append(facts.graphQlQuery().replace("\\\"", "\"")).append("`; as raw SQL, the ")
                .append(facts.statementsPerPage()).append(" statements the backend ran for it.\n\n");
        md.append("| target | rate (req/s) | achieved (req/s) | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | errors | load (1 min) | holds |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (StepResult step : steps) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.2f | %.2f | %.2f | %.1f | %d | %.1f | %s |%n",
                    step.target(), step.ratePerSecond() == 0 ? "one at a time" : String.valueOf(step.ratePerSecond()), step.achievedPerSecond(), ms(step.p50Micros()), ms(step.p90Micros()),
                    ms(step.p99Micros()), ms(step.maxMicros()), step.errors(), step.loadAverage(), step.holds() ? "yes" : "no"));
        }
        md.append('\n');
        for (String target : steps.stream().map(StepResult::target).distinct().toList()) {
            md.append(verdict(target, steps)).append('\n');
        }
        return md.toString();
    }

    /** The highest rate at which p99 ≤ 10 ms held, and whether the target (≥ 1,000/s with p50 ≤ 3 ms) is met. */
    static String verdict(String target, List<StepResult> steps) {
        Optional<StepResult> best = highestHolding(target, steps);
        if (best.isEmpty()) {
            return "- **" + target + ":** p99 ≤ 10 ms held at none of the rates tried.";
        }
        StepResult step = best.get();
        boolean met = step.ratePerSecond() >= 1000 && step.p50Micros() <= StepResult.P50_LIMIT_MICROS;
        return String.format(Locale.ROOT, "- **%s:** highest rate with p99 ≤ 10 ms and no errors: **%d req/s** (p50 %.2f ms, p99 %.2f ms). Target (≥ 1,000 req/s, p50 ≤ 3 ms): %s.",
                target, step.ratePerSecond(), ms(step.p50Micros()), ms(step.p99Micros()), met ? "met" : "missed");
    }

    static Optional<StepResult> highestHolding(String target, List<StepResult> steps) {
        return steps.stream().filter(step -> step.target().equals(target) && step.ratePerSecond() > 0).filter(StepResult::holds)
                .max((a, b) -> Integer.compare(a.ratePerSecond(), b.ratePerSecond()));
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
