package app.onward.redis;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * Redis down is degraded, not down: Onward works without it. The health says so, and stays UP so that a load
 * balancer does not take healthy instances out because an accelerator is away.
 */
@Component("redis")
class RedisHealthIndicator implements HealthIndicator {

    private final OnwardRedis redis;

    RedisHealthIndicator(OnwardRedis redis) {
        this.redis = redis;
    }

    @Override
    public Health health() {
        if (!redis.isConfigured()) {
            return Health.up().withDetail("redis", "not configured: caches and cross-instance events are off").build();
        }
        return redis.isAvailable()
                ? Health.up().withDetail("redis", "answering").build()
                : Health.up().withDetail("redis", "not answering: running slower, without caches").build();
    }
}
