package app.onward.redis;

import app.onward.tenant.TenantAdministration;
import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;

import java.net.URI;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** Redis, the machine's real one, used only under this run's key prefix. */
@OnwardIntegrationTest
class RedisTest {

    @Autowired
    OnwardRedis redis;
    @Autowired
    TenantAdministration administration;
    @LocalServerPort
    int port;

    @Test
    void shouldUseOnlyThisRunsKeyPrefix() {
        assertThat(redis.prefix()).isEqualTo(TestStack.REDIS_PREFIX);
        assertThat(redis.key("anything")).startsWith(TestStack.REDIS_PREFIX);
        assertThat(redis.isAvailable()).isTrue();
    }

    @Test
    void shouldAnnounceATenantChangeToOtherInstancesWithOnlyItsId() throws Exception {
        List<String> heard = new CopyOnWriteArrayList<>();
        JedisPubSub listener = new JedisPubSub() {
            @Override
            public void onMessage(String channel, String message) {
                heard.add(message);
            }
        };
        try (JedisPooled otherInstance = new JedisPooled(URI.create(TestStack.REDIS_URL))) {
            Thread subscriber = Thread.ofPlatform().daemon().start(
                    () -> otherInstance.subscribe(listener, TestStack.REDIS_PREFIX + "tenant-changed"));
            await().atMost(5, TimeUnit.SECONDS).until(listener::isSubscribed);

            administration.reactivate("northmoor");

            await().atMost(5, TimeUnit.SECONDS).until(() -> !heard.isEmpty());
            listener.unsubscribe();
            subscriber.join(2_000);
        }
        assertThat(heard.getFirst()).matches("[0-9a-f-]{36}");
    }
}
