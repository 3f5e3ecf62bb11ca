package app.onward.redis;

import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import redis.clients.jedis.DefaultJedisClientConfig;
import redis.clients.jedis.HostAndPort;
import redis.clients.jedis.Jedis;
import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.JedisPubSub;
import redis.clients.jedis.exceptions.JedisException;

import java.net.URI;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Redis as an accelerator, never a store: caches of published content, rate limits and the fan-out of change
 * events between instances. Every use tolerates Redis being absent or down: Onward keeps working, slower,
 * and says so in its health. Keys and channels all start with the configured prefix, so a test run (or a
 * second deployment) sharing a server touches only its own keys. Nothing personal is ever put here.
 */
@Component
public class OnwardRedis {

    private static final Logger log = LoggerFactory.getLogger(OnwardRedis.class);
    private static final int TIMEOUT_MILLIS = 500;

    private final String prefix;
    private final HostAndPort address;
    private final JedisPooled client;
    private final AtomicBoolean running = new AtomicBoolean(true);

    public OnwardRedis(@Value("${onward.redis.url:}") String url, @Value("${onward.redis.key-prefix:onward:}") String prefix) {
        this.prefix = prefix;
        if (url == null || url.isBlank()) {
            this.address = null;
            this.client = null;
            log.info("Redis is not configured: running without it");
        } else {
            URI uri = URI.create(url);
            this.address = new HostAndPort(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 6379);
            this.client = new JedisPooled(address, config());
            log.info("Redis at {}:{} with key prefix '{}' ({})", address.getHost(), address.getPort(), prefix,
                    isAvailable() ? "answering" : "not answering: running without it until it does");
        }
    }

    private static DefaultJedisClientConfig config() {
        return DefaultJedisClientConfig.builder()
                .connectionTimeoutMillis(TIMEOUT_MILLIS)
                .socketTimeoutMillis(TIMEOUT_MILLIS)
                .build();
    }

    public String key(String name) {
        return prefix + name;
    }

    public String prefix() {
        return prefix;
    }

    public boolean isConfigured() {
        return client != null;
    }

    public boolean isAvailable() {
        return client().map(c -> {
            try {
                return "PONG".equals(c.ping());
            } catch (JedisException e) {
                return false;
            }
        }).orElse(false);
    }

    /** The client, for callers that handle {@link JedisException} themselves; empty when not configured. */
    public Optional<JedisPooled> client() {
        return Optional.ofNullable(client);
    }

    /** Publishes on a prefixed channel; best effort. */
    public void publish(String channel, String message) {
        client().ifPresent(c -> {
            try {
                c.publish(key(channel), message);
            } catch (JedisException e) {
                log.warn("Could not publish on Redis channel {}: {}", channel, e.getMessage());
            }
        });
    }

    /**
     * Listens on a prefixed channel on a daemon thread, reconnecting while Redis is away, until shutdown.
     * {@code onReconnect} runs each time the subscription (re)starts, so a listener can catch up on what it
     * may have missed while disconnected.
     */
    public void subscribe(String channel, Consumer<String> onMessage, Runnable onReconnect) {
        if (client == null) {
            return;
        }
        Thread.ofPlatform().daemon().name("redis-subscriber-" + channel).start(() -> {
            while (running.get()) {
                try (Jedis connection = new Jedis(address, DefaultJedisClientConfig.builder()
                        .connectionTimeoutMillis(TIMEOUT_MILLIS).socketTimeoutMillis(0).build())) {
                    connection.subscribe(new JedisPubSub() {
                        @Override
                        public void onSubscribe(String subscribed, int count) {
                            onReconnect.run();
                        }

                        @Override
                        public void onMessage(String received, String message) {
                            onMessage.accept(message);
                        }
                    }, key(channel));
                } catch (JedisException | IllegalStateException e) {
                    sleepQuietly();
                }
            }
        });
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(1_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @PreDestroy
    public void close() {
        running.set(false);
        if (client != null) {
            client.close();
        }
    }
}
