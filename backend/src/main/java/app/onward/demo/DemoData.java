package app.onward.demo;

import app.onward.clock.CaseClocks;
import app.onward.offer.internal.OfferRepository;
import app.onward.tenant.TenantAdministration;
import app.onward.tenant.TenantContext;
import app.onward.tenant.TenantId;
import app.onward.tenant.TenantScope;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo authorities (development and tests only; off in production): registered as the platform role, like an
 * onboarding, then their offers written as the application role with each tenant set, like any tenant write.
 * Idempotent: an authority that already has an offer keeps it.
 */
@Component
@ConditionalOnBooleanProperty("onward.demo-data.enabled")
class DemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final TenantAdministration administration;
    private final OfferRepository offers;
    private final DemoCaseworkLoader casework;
    private final DemoPlansLoader plans;
    private final DemoChallengesLoader challenges;
    private final CaseClocks clocks;
    private final TransactionTemplate transaction;
    private final String keycloakUrl;

    DemoData(TenantAdministration administration, OfferRepository offers, DemoCaseworkLoader casework,
             DemoPlansLoader plans, DemoChallengesLoader challenges, CaseClocks clocks,
             PlatformTransactionManager transactions, @Value("${onward.keycloak.url}") String keycloakUrl) {
        this.administration = administration;
        this.offers = offers;
        this.casework = casework;
        this.plans = plans;
        this.challenges = challenges;
        this.clocks = clocks;
        this.transaction = new TransactionTemplate(transactions);
        this.keycloakUrl = keycloakUrl;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (DemoAuthority authority : DemoAuthority.ALL) {
            TenantId tenant = administration.register(authority.slug(), authority.name(), authority.realm(),
                    keycloakUrl + "/realms/" + authority.realm());
            TenantContext.callAs(TenantScope.member(tenant), () -> transaction.execute(status -> seedOffer(authority)));
            DemoCasework.ALL.stream().filter(demo -> demo.authority().equals(authority.slug())).forEach(demo ->
                    TenantContext.callAs(TenantScope.member(tenant), () -> transaction.execute(status -> casework.load(demo))));
            TenantContext.callAs(TenantScope.member(tenant), () -> transaction.execute(status -> {
                plans.load(authority.slug());
                challenges.load(authority.slug());
                return null;
            }));
            // Due dates follow from whatever is there by now; recomputing is idempotent.
            TenantContext.callAs(TenantScope.member(tenant), () -> transaction.execute(status -> {
                clocks.recomputeAll();
                return null;
            }));
        }
        log.info("Demo data ready for {} authorities", DemoAuthority.ALL.size());
    }

    /**
     * Once, after its first offer when it has one (a history to read); and again, as a new version, when the latest
     * was published before offers had sections.
     */
    private Void seedOffer(DemoAuthority authority) {
        if (offers.hasAnyVersion() && offers.latestPublishedHasSections()) {
            return null;
        }
        if (!offers.hasAnyVersion() && authority.firstOffer() != null) {
            offers.publish(authority.offerTitle(), authority.firstOffer().introduction(),
                    OfferRepository.NewSection.byArea(authority.firstOffer().offer()), "demo");
        }
        offers.publish(authority.offerTitle(), authority.introduction(),
                OfferRepository.NewSection.byArea(authority.offer()), "demo");
        return null;
    }
}
