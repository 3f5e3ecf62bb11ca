package app.onward.benchmark;

import app.onward.clock.CaseClocks;
import app.onward.offer.internal.OfferRepository;
import app.onward.tenant.Tenant;
import app.onward.tenant.TenantContext;
import app.onward.tenant.TenantDirectory;
import app.onward.tenant.TenantScope;
import org.jooq.DSLContext;
import org.jooq.Table;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.CARE_LEAVER_CATEGORY;
import static app.onward.jooq.Tables.CASE_CLOCK;
import static app.onward.jooq.Tables.CIRCUMSTANCE_CHANGE;
import static app.onward.jooq.Tables.CONTACT;
import static app.onward.jooq.Tables.ENTITLEMENT;
import static app.onward.jooq.Tables.IN_TOUCH_STATUS;
import static app.onward.jooq.Tables.OFFER_SECTION;
import static app.onward.jooq.Tables.OFFER_VERSION;
import static app.onward.jooq.Tables.PATHWAY_PLAN;
import static app.onward.jooq.Tables.PATHWAY_PLAN_SIGN_OFF;
import static app.onward.jooq.Tables.PATHWAY_PLAN_VERSION;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * The benchmark's data volume (./onward bench; docs/performance.md): when
 * {@code onward.benchmark.young-people-per-authority} is set, every active authority gets that many young
 * people with their history, written in the authority's own transaction as the application role, so
 * row-level security is on for every row; then every young person's clocks are computed by
 * {@link CaseClocks#recomputeAll()} in that same transaction; and each publishes a larger offer
 * ({@link BenchmarkOffer}, 60 entitlements). Runs once the demo data is in (it adds to the demo teams) and
 * before the backend reports ready. Never set in production (refused there) nor by {@code ./onward run}.
 */
@Component
@ConditionalOnProperty("onward.benchmark.young-people-per-authority")
class BenchmarkVolume {

    private static final Logger log = LoggerFactory.getLogger(BenchmarkVolume.class);
    private static final List<Table<?>> COUNTED = List.of(STAFF_MEMBER, YOUNG_PERSON, CARE_LEAVER_CATEGORY, IN_TOUCH_STATUS,
            ADVISER_ALLOCATION, CONTACT, CIRCUMSTANCE_CHANGE, PATHWAY_PLAN, PATHWAY_PLAN_VERSION, PATHWAY_PLAN_SIGN_OFF, CASE_CLOCK,
            OFFER_VERSION, OFFER_SECTION, ENTITLEMENT);

    private final int youngPeoplePerAuthority;
    private final TenantDirectory tenants;
    private final VolumeGenerator generator;
    private final CaseClocks clocks;
    private final OfferRepository offers;
    private final DSLContext dsl;
    private final TransactionTemplate transaction;

    BenchmarkVolume(@Value("${onward.benchmark.young-people-per-authority}") int youngPeoplePerAuthority,
                    TenantDirectory tenants, VolumeGenerator generator, CaseClocks clocks, OfferRepository offers, DSLContext dsl,
                    PlatformTransactionManager transactions, Environment environment) {
        if (environment.acceptsProfiles(Profiles.of("prod"))) {
            throw new IllegalStateException("The benchmark volume is never generated in production: unset onward.benchmark.young-people-per-authority");
        }
        this.youngPeoplePerAuthority = youngPeoplePerAuthority;
        this.tenants = tenants;
        this.generator = generator;
        this.clocks = clocks;
        this.offers = offers;
        this.dsl = dsl;
        this.transaction = new TransactionTemplate(transactions);
    }

    @EventListener(ApplicationReadyEvent.class)
    void generate() {
        tenants.reload();
        Instant started = Instant.now();
        long seed = 1;
        for (Tenant tenant : tenants.active()) {
            long tenantSeed = seed++;
            // The clocks are computed by the clock rules, as for any change: never written by the generator.
            TenantContext.callAs(TenantScope.member(tenant.id()), () -> transaction.execute(status -> {
                // A bulk load, not a page: the pool's 5 s per statement is for serving requests.
                dsl.execute("set local statement_timeout = 0");
                Instant from = Instant.now();
                boolean written = generator.generate(youngPeoplePerAuthority, tenantSeed);
                if (written) {
                    publishOffer(tenant);
                }
                Instant generated = Instant.now();
                clocks.recomputeAll();
                log.info("Benchmark volume for tenant {}: {} in {} ms, clocks computed in {} ms", tenant.id(),
                        written ? "written" : "already there", Duration.between(from, generated).toMillis(),
                        Duration.between(generated, Instant.now()).toMillis());
                return null;
            }));
        }
        Duration took = Duration.between(started, Instant.now());
        Map<String, Long> rows = countRows();
        log.info("Benchmark volume ready in {} ms: {} authorities, rows {}", took.toMillis(), tenants.active().size(), rows);
    }

    /** A new version of the authority's offer: the benchmark's 60 entitlements instead of the demo's dozen. */
    private void publishOffer(Tenant tenant) {
        offers.publish(tenant.name() + "'s offer to care-experienced young people",
                "Everything " + tenant.name() + " gives you as your corporate parent, and how to claim it.",
                OfferRepository.NewSection.byArea(BenchmarkOffer.entitlements(tenant.name(), tenant.slug())), "benchmark");
    }

    /** What row-level security lets each authority see, added up: the volume as the application sees it. */
    private Map<String, Long> countRows() {
        Map<String, Long> rows = new TreeMap<>();
        for (Tenant tenant : tenants.active()) {
            TenantContext.callAs(TenantScope.member(tenant.id()), () -> transaction.execute(status -> {
                COUNTED.forEach(table -> rows.merge(table.getName(), (long) dsl.fetchCount(table), Long::sum));
                return null;
            }));
        }
        return rows;
    }
}
