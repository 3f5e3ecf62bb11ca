package app.onward.offer.internal;

import app.onward.offer.OfferPublished;
import app.onward.offer.PublishedOffer;
import app.onward.redis.OnwardRedis;
import app.onward.tenant.Tenant;
import app.onward.tenant.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import redis.clients.jedis.exceptions.JedisException;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Published offers, cached per authority and version (docs/decisions/0013-the-local-offer-and-its-rules.md).
 *
 * <p>A published version never changes, so a cached version is never stale: it is kept here in memory and in
 * Redis (shared by every instance, a day at most). Only "which version is the latest" can go out of date; each
 * instance remembers it for at most {@link #LATEST_FOR}, and publishing tells every instance at once on a Redis
 * channel to forget it. Without Redis every instance still catches up within {@code LATEST_FOR}, and the offer
 * is read from the database. Published offers are public: nothing personal is ever cached here.
 */
@Component
public class PublishedOfferCache {

    static final String CHANNEL = "offer-published";
    static final Duration IN_REDIS_FOR = Duration.ofDays(1);
    private static final int VERSIONS_IN_MEMORY = 64;
    private static final Logger log = LoggerFactory.getLogger(PublishedOfferCache.class);

    private final OnwardRedis redis;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration latestFor;
    private final Map<TenantId, Latest> latest = new ConcurrentHashMap<>();
    private final Map<String, PublishedOffer> versions = new LinkedHashMap<>(VERSIONS_IN_MEMORY, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PublishedOffer> eldest) {
            return size() > VERSIONS_IN_MEMORY;
        }
    };

    private record Latest(int version, Instant until) {}

    @Autowired
    PublishedOfferCache(OnwardRedis redis, JsonMapper json, @Value("${onward.offer.latest-for:5s}") Duration latestFor) {
        this(redis, json, Clock.systemUTC(), latestFor);
    }

    PublishedOfferCache(OnwardRedis redis, JsonMapper json, Clock clock, Duration latestFor) {
        this.redis = redis;
        this.json = json;
        this.clock = clock;
        this.latestFor = latestFor;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        // On (re)connecting, forget every latest version: announcements may have been missed meanwhile.
        redis.subscribe(CHANNEL, authority -> latest.remove(new TenantId(UUID.fromString(authority))), latest::clear);
    }

    /** The authority's latest published version, if this instance learnt it recently enough. */
    public Optional<Integer> latestVersion(TenantId authority) {
        Latest known = latest.get(authority);
        return known != null && clock.instant().isBefore(known.until()) ? Optional.of(known.version()) : Optional.empty();
    }

    public void rememberLatest(TenantId authority, int version) {
        latest.put(authority, new Latest(version, clock.instant().plus(latestFor)));
    }

    /** One published version, from memory or Redis, shown with the authority as it is now. */
    public Optional<PublishedOffer> version(Tenant authority, int version) {
        String key = key(authority.id(), version);
        PublishedOffer known;
        synchronized (versions) {
            known = versions.get(key);
        }
        if (known == null) {
            known = fromRedis(key).orElse(null);
            if (known != null) {
                remember(key, known);
            }
        }
        return Optional.ofNullable(known).map(offer -> withAuthority(offer, authority));
    }

    public void remember(PublishedOffer offer) {
        String key = key(offer.authority().id(), offer.version());
        remember(key, offer);
        redis.client().ifPresent(client -> {
            try {
                client.setex(redis.key(key), IN_REDIS_FOR.toSeconds(), json.writeValueAsString(offer));
            } catch (JedisException e) {
                log.debug("Redis did not take {}: {}", key, e.getMessage());
            }
        });
    }

    /** After the publishing transaction commits: here at once, and every other instance through Redis. */
    @TransactionalEventListener
    void published(OfferPublished event) {
        latest.remove(event.authority());
        redis.publish(CHANNEL, event.authority().value().toString());
    }

    private void remember(String key, PublishedOffer offer) {
        synchronized (versions) {
            versions.put(key, offer);
        }
    }

    private Optional<PublishedOffer> fromRedis(String key) {
        return redis.client().flatMap(client -> {
            try {
                return Optional.ofNullable(client.get(redis.key(key))).map(text -> json.readValue(text, PublishedOffer.class));
            } catch (JedisException e) {
                return Optional.empty();
            }
        });
    }

    /** The tenant in every key (DESIGN.md "Redis"), and the version: a key's value never changes. */
    static String key(TenantId authority, int version) {
        return "offer:" + authority.value() + ":" + version;
    }

    private static PublishedOffer withAuthority(PublishedOffer offer, Tenant authority) {
        return new PublishedOffer(authority, offer.version(), offer.publishedAt(), offer.title(), offer.introduction(),
                offer.sections(), offer.entitlements());
    }
}
