package app.onward.infra.bench;

import org.HdrHistogram.Recorder;

import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Runs one step at a fixed arrival rate: one thread releases each request at its intended start (see
 * {@link FixedRateSchedule}) onto a virtual thread of its own, so a slow answer never holds back the next
 * request; the latency of each is measured from its intended start to its answer.
 */
final class OpenModel {

    /** One request; throws when the answer is not the expected one. */
    @FunctionalInterface
    interface Target {
        void call() throws Exception;
    }

    private static final Duration DRAIN = Duration.ofSeconds(10);
    /**
     * At most this many requests waiting for an answer; a request due while the limit is reached is not sent
     * and counts as an error. Far above what a step that holds needs (rate × latency: 2,000/s × 10 ms = 20),
     * it only keeps a step the server cannot keep up with from piling up without end: the backend takes
     * every request it is sent, and enough of them at once exhaust its heap before they time out.
     */
    static final int MAX_OUTSTANDING = 200;

    private OpenModel() {
    }

    static StepResult run(String name, Target target, FixedRateSchedule schedule) throws InterruptedException {
        Recorder latencies = new Recorder(3);
        AtomicLong errors = new AtomicLong();
        AtomicLong lastAnswer = new AtomicLong();
        AtomicLong notSent = new AtomicLong();
        Semaphore outstanding = new Semaphore(MAX_OUTSTANDING);
        long requests = schedule.requests();
        long start = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(5);
        try (ExecutorService requestThreads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < requests; i++) {
                long intended = start + schedule.intendedOffsetNanos(i);
                waitUntil(intended);
                if (!outstanding.tryAcquire()) {
                    notSent.incrementAndGet();
                    continue;
                }
                requestThreads.execute(() -> {
                    try {
                        target.call();
                    } catch (Exception | AssertionError e) {
                        errors.incrementAndGet();
                    } finally {
                        long answered = System.nanoTime();
                        latencies.recordValue(Math.max(0, (answered - intended) / 1_000));
                        lastAnswer.accumulateAndGet(answered, Math::max);
                        outstanding.release();
                    }
                });
            }
            requestThreads.shutdown();
            if (!requestThreads.awaitTermination(DRAIN.toSeconds(), TimeUnit.SECONDS)) {
                requestThreads.shutdownNow();
            }
        }
        var histogram = latencies.getIntervalHistogram();
        long unanswered = requests - notSent.get() - histogram.getTotalCount();
        double seconds = Math.max(schedule.length().toNanos(), lastAnswer.get() - start) / 1e9;
        return StepResult.of(name, schedule.requestsPerSecond(), seconds, errors.get() + unanswered + notSent.get(), histogram,
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    /**
     * {@code requests} calls one after another, none overlapping: the time one request takes when nothing
     * queues, to read the stepped figures against. Reported with rate 0.
     */
    static StepResult oneAtATime(String name, Target target, int requests) {
        Recorder latencies = new Recorder(3);
        long errors = 0;
        long start = System.nanoTime();
        for (int i = 0; i < requests; i++) {
            long sent = System.nanoTime();
            try {
                target.call();
            } catch (Exception | AssertionError e) {
                errors++;
            }
            latencies.recordValue((System.nanoTime() - sent) / 1_000);
        }
        return StepResult.of(name, 0, (System.nanoTime() - start) / 1e9, errors, latencies.getIntervalHistogram(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    }

    private static void waitUntil(long nanoTime) {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            LockSupport.parkNanos(left);
        }
    }
}
