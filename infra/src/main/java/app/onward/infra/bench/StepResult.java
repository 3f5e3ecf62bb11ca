package app.onward.infra.bench;

import org.HdrHistogram.Histogram;

/**
 * One step's figures: what was asked and achieved, and the latency percentiles in microseconds.
 *
 * @param target {@code GraphQL} or {@code SQL}
 * @param achievedPerSecond requests completed (with or without error) per second of the step's schedule
 * @param loadAverage the machine's one-minute load average at the step's end: the machine is shared, and a
 *                    figure taken while something else ran says so
 */
record StepResult(String target, int ratePerSecond, double achievedPerSecond, long requests, long errors,
                  long p50Micros, long p90Micros, long p99Micros, long maxMicros, double loadAverage) {

    static final long P99_LIMIT_MICROS = 10_000;
    static final long P50_LIMIT_MICROS = 3_000;

    static StepResult of(String target, int ratePerSecond, double seconds, long errors, Histogram latencies, double loadAverage) {
        return new StepResult(target, ratePerSecond, latencies.getTotalCount() / seconds, latencies.getTotalCount(), errors,
                latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(90),
                latencies.getValueAtPercentile(99), latencies.getMaxValue(), loadAverage);
    }

    /** The benchmark's criterion: p99 within 10 ms, no errors, and the rate actually delivered. */
    boolean holds() {
        return errors == 0 && p99Micros <= P99_LIMIT_MICROS && achievedPerSecond >= 0.95 * ratePerSecond;
    }

    /** One tab-separated line, as the load generator hands its results to the run. */
    String toLine() {
        return String.join("\t", target, String.valueOf(ratePerSecond), String.format(java.util.Locale.ROOT, "%.1f", achievedPerSecond),
                String.valueOf(requests), String.valueOf(errors), String.valueOf(p50Micros), String.valueOf(p90Micros),
                String.valueOf(p99Micros), String.valueOf(maxMicros), String.format(java.util.Locale.ROOT, "%.2f", loadAverage));
    }

    static StepResult fromLine(String line) {
        String[] f = line.split("\t");
        return new StepResult(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]),
                Double.parseDouble(f[9]));
    }
}
