package app.onward.infra.bench;

import java.time.Duration;

/**
 * When each request of a step is meant to start: request {@code i} at {@code i / rate} seconds after the
 * step's start, whatever happened to the ones before (an open model). Latency is measured from this
 * intended start, so a request the generator or the server sent late counts its wait: coordinated omission
 * is not hidden.
 */
record FixedRateSchedule(int requestsPerSecond, Duration length) {

    FixedRateSchedule {
        if (requestsPerSecond <= 0 || length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("A step needs a positive rate and length: " + requestsPerSecond + "/s for " + length);
        }
    }

    long requests() {
        return length.toNanos() * requestsPerSecond / 1_000_000_000L;
    }

    /** Nanoseconds after the step's start at which request {@code i} (from 0) is meant to start. */
    long intendedOffsetNanos(long i) {
        return Math.multiplyExact(i, 1_000_000_000L) / requestsPerSecond;
    }
}
