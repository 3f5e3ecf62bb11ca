package app.onward.infra.redis;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.net.URI;

/**
 * Tidies up after a test run on a shared Redis: deletes the keys under the run's own prefix, and nothing
 * else (never FLUSHALL, never another prefix).
 */
public final class RedisKeys {

    private RedisKeys() {
    }

    /** Best effort: a Redis that is not there has nothing of ours to remove. */
    public static void deleteWithPrefix(String redisUrl, String prefix) {
        if (redisUrl == null || redisUrl.isBlank() || prefix == null || prefix.isBlank()) {
            return;
        }
        try (JedisPooled redis = new JedisPooled(URI.create(redisUrl))) {
            String cursor = ScanParams.SCAN_POINTER_START;
            do {
                ScanResult<String> page = redis.scan(cursor, new ScanParams().match(prefix + "*").count(500));
                page.getResult().forEach(redis::del);
                cursor = page.getCursor();
            } while (!ScanParams.SCAN_POINTER_START.equals(cursor));
        } catch (RuntimeException e) {
            System.err.println("Could not remove the keys under " + prefix + ": " + e.getMessage());
        }
    }
}
