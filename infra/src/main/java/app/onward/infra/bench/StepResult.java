package app.onward.infra.bench;

import org.HdrHistogram.Histogram;

/**
 * One step's figures: what was asked and achieved, and the latency percentiles in microseconds.
 *
 * @param target {@code GraphQL} or {@code SQL}
 * @param achievedPerSecond requests completed (with or without error) per second of the step's schedule
 * @param loadAverage the machine's one-minute load average at the step's end: the machine is shared, and a
 *                    figure taken while something else ran says so
 * @param backendCpuMillis the backend process's CPU time during the step, per request answered: what a request
 *                         costs the server whatever the queueing (NaN when not measured)
 * @param generatorCpuMillis the same for the load generator's own process, which shares the machine
 */
record StepResult(String target, int ratePerSecond, double achievedPerSecond, long requests, long errors,
                  long p50Micros, long p90Micros, long p99Micros, long maxMicros, double loadAverage, double backendCpuMillis,
                  double generatorCpuMillis) {

    static StepResult of(String target, int ratePerSecond, double seconds, long errors, Histogram latencies, double loadAverage) {
        return new StepResult(target, ratePerSecond, latencies.getTotalCount() / seconds, latencies.getTotalCount(), errors,
                latencies.getValueAtPercentile(50), latencies.getValueAtPercentile(90),
                latencies.getValueAtPercentile(99), latencies.getMaxValue(), loadAverage, Double.NaN, Double.NaN);
    }

    /** With the backend's and the generator's CPU time over the step, each shared out over the requests answered. */
    StepResult withCpu(java.time.Duration backend, java.time.Duration generator) {
        return new StepResult(target, ratePerSecond, achievedPerSecond, requests, errors, p50Micros, p90Micros, p99Micros,
                maxMicros, loadAverage, perRequest(backend), perRequest(generator));
    }

    private double perRequest(java.time.Duration cpu) {
        return requests == 0 ? Double.NaN : cpu.toNanos() / 1e6 / requests;
    }

    /** The benchmark's criterion: p99 within the scenario's limit, and the rate delivered. */
    boolean holds(long p99LimitMicros) {
        return delivered() && p99Micros <= p99LimitMicros;
    }

    /** Every request answered, without error, and at least 95 % of the rate achieved, however slowly. */
    boolean delivered() {
        return errors == 0 && achievedPerSecond >= 0.95 * ratePerSecond;
    }

    /** One tab-separated line, as the load generator hands its results to the run. */
    String toLine() {
        return String.join("\t", target, String.valueOf(ratePerSecond), String.format(java.util.Locale.ROOT, "%.1f", achievedPerSecond),
                String.valueOf(requests), String.valueOf(errors), String.valueOf(p50Micros), String.valueOf(p90Micros),
                String.valueOf(p99Micros), String.valueOf(maxMicros), String.format(java.util.Locale.ROOT, "%.2f", loadAverage),
                String.valueOf(backendCpuMillis), String.valueOf(generatorCpuMillis));
    }

    static StepResult fromLine(String line) {
        String[] f = line.split("\t");
        return new StepResult(f[0], Integer.parseInt(f[1]), Double.parseDouble(f[2]), Long.parseLong(f[3]),
                Long.parseLong(f[4]), Long.parseLong(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]), Long.parseLong(f[8]),
                Double.parseDouble(f[9]), Double.parseDouble(f[10]), Double.parseDouble(f[11]));
    }
}
