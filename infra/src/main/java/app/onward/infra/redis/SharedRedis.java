package app.onward.infra.redis;

import redis.clients.jedis.JedisPooled;
import redis.clients.jedis.params.ScanParams;
import redis.clients.jedis.resps.ScanResult;

import java.net.URI;

/**
 * The machine's Redis, shared with others: whether it answers, and tidying up after a run by deleting the keys
 * under the run's own prefix and nothing else (never FLUSHALL, never another prefix).
 */
public final class SharedRedis {

    private SharedRedis() {
    }

    /** Whether a Redis answers PING at {@code redisUrl} within half a second. */
    public static boolean answers(String redisUrl) {
        if (redisUrl == null || redisUrl.isBlank()) {
            return false;
        }
        try (JedisPooled redis = new JedisPooled(URI.create(redisUrl), 500)) {
            return "PONG".equals(redis.ping());
        } catch (RuntimeException e) {
            return false;
        }
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
