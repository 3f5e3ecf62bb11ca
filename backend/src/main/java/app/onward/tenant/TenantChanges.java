package app.onward.tenant;

import app.onward.redis.OnwardRedis;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Tells every backend instance that a tenant changed (suspended, re-activated, onboarded), so each reloads
 * its {@link TenantDirectory} at once rather than when its copy expires. Without Redis, other instances
 * catch up within the directory's maximum age.
 */
@Component
public class TenantChanges {

    static final String CHANNEL = "tenant-changed";

    private final OnwardRedis redis;
    private final TenantDirectory directory;

    TenantChanges(OnwardRedis redis, TenantDirectory directory) {
        this.redis = redis;
        this.directory = directory;
    }

    @EventListener(ApplicationReadyEvent.class)
    void listen() {
        redis.subscribe(CHANNEL, tenantId -> directory.reload(), directory::reload);
    }

    /** Reloads here and tells the other instances. The message is a tenant id: nothing personal. */
    public void announce(TenantId changed) {
        directory.reload();
        redis.publish(CHANNEL, changed.toString());
    }
}
