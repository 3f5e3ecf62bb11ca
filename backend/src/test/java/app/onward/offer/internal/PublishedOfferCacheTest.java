package app.onward.offer.internal;

import app.onward.offer.OfferPublished;
import app.onward.offer.OfferService;
import app.onward.offer.PublishedOffer;
import app.onward.redis.OnwardRedis;
import app.onward.tenant.Tenant;
import app.onward.tenant.TenantDirectory;
import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.testsupport.TestStack;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.awaitility.Awaitility.await;

/** Published offers cached per authority and version, with Redis real, then absent. */
@OnwardIntegrationTest
class PublishedOfferCacheTest {

    @Autowired
    OfferService offers;
    @Autowired
    PublishedOfferCache cache;
    @Autowired
    OnwardRedis redis;
    @Autowired
    JsonMapper json;
    @Autowired
    TenantDirectory tenants;

    private Tenant northmoor() {
        return tenants.findActiveBySlug("northmoor").orElseThrow();
    }

    @Test
    void shouldKeepEachVersionInRedisUnderItsAuthorityAndVersionExactlyAsRead() {
        PublishedOffer offer = offers.publishedOffer("northmoor").orElseThrow();
        String key = redis.key(PublishedOfferCache.key(northmoor().id(), offer.version()));

        String stored = redis.client().orElseThrow().get(key);
        assertThat(stored).contains("council-tax-exemption");
        assertThat(redis.client().orElseThrow().ttl(key)).isPositive().isLessThanOrEqualTo(PublishedOfferCache.IN_REDIS_FOR.toSeconds());

        // Another instance, with nothing in memory, reads the same offer out of Redis.
        PublishedOfferCache elsewhere = new PublishedOfferCache(redis, json, Duration.ofSeconds(5));
        assertThat(elsewhere.version(northmoor(), offer.version())).contains(offer);
    }

    @Test
    void shouldTellEveryInstanceToForgetTheLatestVersionWhenAnOfferIsPublished() {
        PublishedOfferCache elsewhere = new PublishedOfferCache(redis, json, Duration.ofMinutes(10));
        elsewhere.listen();
        elsewhere.rememberLatest(northmoor().id(), 7);
        await().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            // Subscribing clears what it knew; keep telling it until the subscription is up.
            elsewhere.rememberLatest(northmoor().id(), 7);
            cache.published(new OfferPublished(northmoor().id(), 8));
            assertThat(elsewhere.latestVersion(northmoor().id())).isEmpty();
        });
        assertThat(cache.latestVersion(northmoor().id())).as("and here").isEmpty();
    }

    @Test
    void shouldForgetTheLatestVersionAfterItsTimeEvenWithoutAnyAnnouncement() {
        AtomicReference<Instant> now = new AtomicReference<>(Instant.parse("2026-11-22T12:00:00Z"));
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        PublishedOfferCache lonely = new PublishedOfferCache(redis, json, clock, Duration.ofSeconds(5));
        lonely.rememberLatest(northmoor().id(), 3);

        now.set(now.get().plusSeconds(4));
        assertThat(lonely.latestVersion(northmoor().id())).contains(3);
        now.set(now.get().plusSeconds(2));
        assertThat(lonely.latestVersion(northmoor().id())).isEmpty();
    }

    @Test
    void shouldServeOffersFromTheDatabaseWhenRedisDoesNotAnswer() {
        PublishedOffer offer = offers.publishedOffer("northmoor").orElseThrow();
        OnwardRedis down = new OnwardRedis("redis://127.0.0.1:1", TestStack.REDIS_PREFIX);
        try {
            PublishedOfferCache withoutRedis = new PublishedOfferCache(down, json, Duration.ofSeconds(5));
            assertThatCode(() -> {
                withoutRedis.listen();
                withoutRedis.remember(offer);
                withoutRedis.published(new OfferPublished(northmoor().id(), offer.version()));
            }).doesNotThrowAnyException();
            assertThat(withoutRedis.version(northmoor(), offer.version())).as("still in memory").contains(offer);
            assertThat(new PublishedOfferCache(down, json, Duration.ofSeconds(5)).version(northmoor(), offer.version()))
                    .as("nothing in memory and no Redis: the caller reads the database").isEmpty();
        } finally {
            down.close();
        }
    }
}
