package app.onward.tenant;

import app.onward.tenant.internal.TenantRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Every authority Onward knows, held in memory: the backend looks a tenant up on every request (by its
 * token's issuer, or by slug for a public read). The list is small and changes rarely; it is reloaded
 * when a tenant changes on any instance ({@link TenantChanges}) and at least every {@code maxAge}.
 */
@Component
public class TenantDirectory {

    private static final Logger log = LoggerFactory.getLogger(TenantDirectory.class);

    private final TenantRepository repository;
    private final Clock clock;
    private final Duration maxAge;
    private volatile Snapshot snapshot;

    TenantDirectory(TenantRepository repository, Clock clock,
                    @Value("${onward.tenants.max-age:PT30S}") Duration maxAge) {
        this.repository = repository;
        this.clock = clock;
        this.maxAge = maxAge;
    }

    public Optional<Tenant> findActiveByIssuer(String issuer) {
        return Optional.ofNullable(snapshot().byIssuer().get(issuer)).filter(Tenant::isActive);
    }

    public Optional<Tenant> findActiveBySlug(String slug) {
        return Optional.ofNullable(snapshot().bySlug().get(slug)).filter(Tenant::isActive);
    }

    /** Active authorities, by name. */
    public List<Tenant> active() {
        return snapshot().bySlug().values().stream()
                .filter(Tenant::isActive)
                .sorted(Comparator.comparing(Tenant::name))
                .toList();
    }

    /** Reloads now; called when this or another instance changed a tenant. */
    public void reload() {
        List<Tenant> tenants = repository.findAll();
        snapshot = new Snapshot(
                tenants.stream().collect(Collectors.toUnmodifiableMap(Tenant::slug, Function.identity())),
                tenants.stream().collect(Collectors.toUnmodifiableMap(Tenant::issuer, Function.identity())),
                clock.instant());
        log.debug("Tenant directory loaded {} tenants", tenants.size());
    }

    private Snapshot snapshot() {
        Snapshot current = snapshot;
        if (current == null || current.loadedAt().plus(maxAge).isBefore(clock.instant())) {
            reload();
            current = snapshot;
        }
        return current;
    }

    private record Snapshot(Map<String, Tenant> bySlug, Map<String, Tenant> byIssuer, Instant loadedAt) {}
}
