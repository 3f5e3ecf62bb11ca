package app.onward.infra.bench;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** A run's results as Markdown, ready to paste into docs/performance.md. */
final class Report {

    /**
     * What the run knew besides the steps.
     *
     * @param answer   the page's answer as the capture saw it: what it holds, and its size
     * @param replayed what the raw SQL is, in words, with the tables its statements read in turn
     */
    record Facts(Scenario scenario, LocalDate date, String setup, int youngPeoplePerAuthority, String generationTook,
                 Map<String, Long> rows, String answer, String replayed) {
    }

    private Report() {
    }

    static String markdown(Facts facts, List<StepResult> steps, Optional<CheckerTiming> checker) {
        Scenario scenario = facts.scenario();
        long p99Limit = scenario.goal().p99Micros();
        StringBuilder md = new StringBuilder();
        md.append("### The ").append(scenario.name()).append(" page, ").append(facts.date()).append("\n\n");
        md.append(facts.setup()).append("\n\n");
        md.append("**Data volume:** ").append(facts.youngPeoplePerAuthority()).append(" young people per authority, ")
                .append("generated, and every clock computed, by the backend in ").append(facts.generationTook()).append(". Rows, all authorities:\n\n");
        md.append("| table | rows |\n|---|---:|\n");
        facts.rows().forEach((table, count) -> md.append("| ").append(table).append(" | ").append(count).append(" |\n"));
        md.append("\n**The page:** `").append(scenario.query()).append("`")
                .append(scenario.signedIn() ? ", asked by " + scenario.username() : ", asked signed out for " + scenario.authority())
                .append(". The answer: ").append(facts.answer()).append(".\n\n");
        md.append("**As raw SQL:** ").append(facts.replayed()).append(".\n\n");
        md.append("| target | rate (req/s) | achieved (req/s) | p50 (ms) | p90 (ms) | p99 (ms) | max (ms) | errors | load (1 min) | CPU backend (ms/req) | CPU generator (ms/req) | holds |\n");
        md.append("|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|\n");
        for (StepResult step : steps) {
            md.append(String.format(Locale.ROOT, "| %s | %s | %.1f | %.2f | %.2f | %.2f | %.1f | %d | %.1f | %s | %s | %s |%n",
                    step.target(), step.ratePerSecond() == 0 ? "one at a time" : String.valueOf(step.ratePerSecond()), step.achievedPerSecond(), ms(step.p50Micros()), ms(step.p90Micros()),
                    ms(step.p99Micros()), ms(step.maxMicros()), step.errors(), step.loadAverage(),
                    step.target().equals("SQL") ? "—" : cpu(step.backendCpuMillis()), cpu(step.generatorCpuMillis()),
                    step.holds(p99Limit) ? "yes" : "no"));
        }
        md.append('\n');
        for (String target : List.of("GraphQL", "SQL")) {
            if (steps.stream().anyMatch(step -> step.target().equals(target))) {
                md.append(verdict(target, steps, scenario.goal())).append('\n');
            }
        }
        checker.ifPresent(timing -> md.append(checkerVerdict(timing, scenario.checker(),
                steps.stream().filter(step -> step.target().equals(Scenario.CHECKER_TARGET)).findFirst())).append('\n'));
        return md.toString();
    }

    /**
     * The highest rate that held, and whether the target is met; when it is not, by how far: the rate short of
     * the target, and what the first rate above it that missed gave.
     */
    static String verdict(String target, List<StepResult> steps, Scenario.Goal goal) {
        String limit = "p99 ≤ " + millis(goal.p99());
        String wanted = "≥ " + count(goal.rate()) + " req/s at " + limit + (goal.p50() == null ? "" : " with p50 ≤ " + millis(goal.p50()));
        Optional<StepResult> best = highestHolding(target, steps, goal.p99Micros());
        Optional<StepResult> firstMiss = steps.stream()
                .filter(step -> step.target().equals(target) && step.ratePerSecond() > best.map(StepResult::ratePerSecond).orElse(0))
                .filter(step -> !step.holds(goal.p99Micros()))
                .findFirst();
        String next = firstMiss.map(miss -> String.format(Locale.ROOT, " At %s req/s: p99 %.2f ms, %s errors, %.0f req/s achieved.",
                count(miss.ratePerSecond()), ms(miss.p99Micros()), count(miss.errors()), miss.achievedPerSecond())).orElse("");
        String delivered = steps.stream().filter(step -> step.target().equals(target) && step.ratePerSecond() > 0)
                .filter(StepResult::delivered).max((a, b) -> Integer.compare(a.ratePerSecond(), b.ratePerSecond()))
                .map(step -> String.format(Locale.ROOT, " Highest rate delivered (no errors, at least 95 %% of it achieved): %s req/s, p50 %.2f ms, p99 %.2f ms.",
                        count(step.ratePerSecond()), ms(step.p50Micros()), ms(step.p99Micros())))
                .orElse(" No rate tried was delivered.");
        if (best.isEmpty()) {
            return "- **" + target + ":** " + limit + " held at none of the rates tried. Target (" + wanted + "): missed." + next + delivered;
        }
        StepResult step = best.get();
        boolean fastEnough = step.ratePerSecond() >= goal.rate();
        boolean medianWithin = goal.p50() == null || step.p50Micros() <= goal.p50().toNanos() / 1_000;
        String outcome;
        if (fastEnough && medianWithin) {
            outcome = "met";
        } else if (!fastEnough) {
            outcome = String.format(Locale.ROOT, "missed, %d %% short of the rate", Math.round(100.0 * (goal.rate() - step.ratePerSecond()) / goal.rate()));
        } else {
            outcome = String.format(Locale.ROOT, "missed on the median (%.2f ms)", ms(step.p50Micros()));
        }
        return String.format(Locale.ROOT, "- **%s:** highest rate with %s, no errors and the rate achieved: **%s req/s** (p50 %.2f ms, p99 %.2f ms). Target (%s): %s.%s%s",
                target, limit, count(step.ratePerSecond()), ms(step.p50Micros()), ms(step.p99Micros()), wanted, outcome, next,
                fastEnough ? "" : delivered);
    }

    static Optional<StepResult> highestHolding(String target, List<StepResult> steps, long p99LimitMicros) {
        return steps.stream().filter(step -> step.target().equals(target) && step.ratePerSecond() > 0)
                .filter(step -> step.holds(p99LimitMicros))
                .max((a, b) -> Integer.compare(a.ratePerSecond(), b.ratePerSecond()));
    }

    /** The checker's evaluation as the backend timed it, against its target (read as: p99 within it). */
    static String checkerVerdict(CheckerTiming timing, Scenario.CheckerLoad load, Optional<StepResult> requests) {
        String met = timing.p99Millis() <= load.goal().toNanos() / 1e6 ? "met" : String.format(Locale.ROOT,
                "missed by %.2f ms", timing.p99Millis() - load.goal().toNanos() / 1e6);
        String http = requests.map(step -> String.format(Locale.ROOT, " The same requests over HTTP, as the load generator saw them: p50 %.2f ms, p99 %.2f ms, %s errors.",
                ms(step.p50Micros()), ms(step.p99Micros()), count(step.errors()))).orElse("");
        return String.format(Locale.ROOT, "- **The checker inside the server** (`%s`, timed around the evaluation of every entitlement against one set of answers): "
                        + "%s evaluations at %s req/s: p50 %.3f ms, p90 %.3f ms, p99 %.3f ms, p99.9 %.3f ms, max %.3f ms (mean %.3f ms). "
                        + "Target (one evaluation ≤ %s, read as p99): %s.%s",
                CheckerTiming.METER, count(timing.count()), requests.map(step -> count(step.ratePerSecond())).orElse("?"),
                timing.p50Millis(), timing.p90Millis(), timing.p99Millis(), timing.p999Millis(), timing.maxMillis(),
                timing.meanMillis(), millis(load.goal()), met, http);
    }

    private static String cpu(double millisPerRequest) {
        return Double.isNaN(millisPerRequest) ? "—" : String.format(Locale.ROOT, "%.2f", millisPerRequest);
    }

    private static String millis(Duration duration) {
        return duration.toMillis() + " ms";
    }

    private static String count(long value) {
        return String.format(Locale.UK, "%,d", value);
    }

    private static double ms(long micros) {
        return micros / 1000.0;
    }
}
