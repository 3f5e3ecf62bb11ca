package app.onward.infra.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/** The load generator's arithmetic and the one property that makes its figures honest. */
class OpenModelTest {

    @Test
    void shouldReleaseRequestsEvenlyAtTheRate() {
        FixedRateSchedule schedule = new FixedRateSchedule(400, Duration.ofSeconds(20));

        assertThat(schedule.requests()).isEqualTo(8_000);
        assertThat(schedule.intendedOffsetNanos(0)).isZero();
        assertThat(schedule.intendedOffsetNanos(1)).isEqualTo(2_500_000);
        assertThat(schedule.intendedOffsetNanos(7_999)).isEqualTo(19_997_500_000L);
    }

    @Test
    void shouldCountAStallInEveryRequestReleasedDuringIt() throws Exception {
        // The target answers nothing for its first 300 ms, then at once. A closed loop would send one request
        // and see one slow answer; released at their intended starts, the 30 requests of those 300 ms each
        // wait for the stall, and their latency says so.
        // The stall starts with the first request, not before the run: otherwise a slow start of the run would
        // eat into it and the test would depend on the machine's speed.
        CountDownLatch stall = new CountDownLatch(1);
        AtomicBoolean started = new AtomicBoolean();
        Runnable startTheStall = () -> Thread.ofVirtual().start(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            stall.countDown();
        });

        StepResult step = OpenModel.run("test", () -> {
                    if (started.compareAndSet(false, true)) {
                        startTheStall.run();
                    }
                    stall.await(5, TimeUnit.SECONDS);
                },
                new FixedRateSchedule(100, Duration.ofSeconds(1)));

        assertThat(step.requests()).isEqualTo(100);
        assertThat(step.errors()).isZero();
        assertThat(step.maxMicros()).isGreaterThan(250_000);
        assertThat(step.p90Micros()).as("a quarter of the requests waited out part of the stall").isGreaterThan(10_000);
        assertThat(step.holds(10_000)).isFalse();
    }
}
