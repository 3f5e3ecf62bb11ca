package app.onward.redis;

import org.junit.jupiter.api.Test;

import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

/** Redis is an accelerator: when it is down or absent nothing fails, and the health says so. */
class RedisDownTest {

    @Test
    void shouldWorkOnWithoutFailingWhenRedisDoesNotAnswer() {
        OnwardRedis down = new OnwardRedis("redis://127.0.0.1:1", "onward-test-down:");
        try {
            assertThat(down.isConfigured()).isTrue();
            assertThat(down.isAvailable()).isFalse();
            assertThatCode(() -> down.publish("tenant-changed", "x")).doesNotThrowAnyException();
            assertThat(new RedisHealthIndicator(down).health().getDetails().get("redis").toString())
                    .contains("not answering");
            assertThat(new RedisHealthIndicator(down).health().getStatus().getCode()).isEqualTo("UP");
        } finally {
            down.close();
        }
    }

    @Test
    void shouldRunWithoutRedisWhenNoneIsConfigured() {
        OnwardRedis none = new OnwardRedis("", "onward:");
        AtomicInteger reconnects = new AtomicInteger();
        none.subscribe("tenant-changed", message -> { }, reconnects::incrementAndGet);
        assertThat(none.isConfigured()).isFalse();
        assertThat(none.isAvailable()).isFalse();
        assertThat(reconnects).hasValue(0);
        assertThat(new RedisHealthIndicator(none).health().getDetails().get("redis").toString()).contains("not configured");
    }
}
