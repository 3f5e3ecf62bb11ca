package app.onward.tenant;

import app.onward.offer.StarterOffer;

import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.AUDIT_EVENT;
import static app.onward.jooq.Tables.ENTITLEMENT;
import static app.onward.jooq.Tables.OFFER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * With a real Keycloak token of one authority, nothing of another comes back beyond its public offer; and
 * no write can land in, or point at, another authority's rows. Every new query, mutation and table joins
 * this suite in the change that adds it.
 */
@OnwardIntegrationTest
class CrossTenantIsolationTest {

    private static final String ME = "{ me { name roles authority { slug name } } }";
    private static final String OFFER = """
            query($authority: String!) { offer(authority: $authority) {
              authority { slug name } version title entitlements { id title summary } } }""";

    @LocalServerPort
    int port;
    @Autowired
    TenantDirectory tenants;
    @Autowired
    DSLContext dsl;
    @Autowired
    PlatformTransactionManager transactions;

    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @CrossTenantCase("me")
    void shouldTellEveryUserTheyBelongToTheAuthorityOfTheirTokenOnly(DemoUser user) {
        JsonNode me = graphql.as(user, ME, Map.of()).data().path("me");
        assertThat(me.path("authority").path("slug").asString()).isEqualTo(user.authority());
        assertThat(me.path("roles").values()).extracting(JsonNode::asString).containsExactly(user.role());
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @CrossTenantCase("offer")
    void shouldShowAnyUserAnotherAuthoritysPublishedOfferAndNothingElseOfIt(DemoUser user) {
        String other = user.authority().equals("northmoor") ? "wealdshire" : "northmoor";
        JsonNode theirs = graphql.as(user, OFFER, Map.of("authority", other)).data().path("offer");
        JsonNode anonymous = graphql.anonymous(OFFER, Map.of("authority", other)).data().path("offer");

        assertThat(theirs.path("authority").path("slug").asString()).isEqualTo(other);
        assertThat(theirs).isEqualTo(anonymous);
        assertThat(entitlementTitles(theirs)).doesNotContainAnyElementsOf(entitlementTitles(
                graphql.as(user, OFFER, Map.of("authority", user.authority())).data().path("offer")).stream()
                .filter(title -> !isNational(title)).toList());
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    @CrossTenantCase("entitlement")
    void shouldFindAnEntitlementOnlyInTheAuthorityWhoseOfferHoldsIt(DemoUser user) {
        String query = """
                query($authority: String!, $key: String!) { entitlement(authority: $authority, key: $key) {
                  key title whoQualifies { untilAge } howToClaim { contact { name } } } }""";
        String other = user.authority().equals("northmoor") ? "wealdshire" : "northmoor";
        String theirKey = other.equals("northmoor") ? "council-tax-exemption" : "council-tax-help";
        String ownKey = other.equals("northmoor") ? "council-tax-help" : "council-tax-exemption";

        JsonNode theirs = graphql.as(user, query, Map.of("authority", other, "key", theirKey)).data().path("entitlement");
        assertThat(theirs).isEqualTo(graphql.anonymous(query, Map.of("authority", other, "key", theirKey)).data().path("entitlement"));
        assertThat(theirs.path("key").asString()).isEqualTo(theirKey);
        assertThat(graphql.as(user, query, Map.of("authority", other, "key", ownKey)).data().path("entitlement").isNull())
                .as("the user's own authority's local entitlement is not found in the other's offer").isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"NORTHMOOR_ADMIN", "WEALDSHIRE_CARE_LEAVER", "PLATFORM_ADMIN"})
    @CrossTenantCase({"authorities", "authority"})
    void shouldListTheAuthoritiesTheSameWayForEveryoneWhateverTheirToken(DemoUser user) {
        String query = "{ authorities { slug name signInIssuer } wealdshire: authority(slug: \"wealdshire\") { slug name } }";
        JsonNode signedIn = graphql.as(user, query, Map.of()).data();
        assertThat(signedIn).isEqualTo(graphql.anonymous(query, Map.of()).data());
        assertThat(signedIn.path("wealdshire").path("name").asString()).isEqualTo("Wealdshire County Council");
    }

    @Test
    void shouldNeverServeADraftThroughThePublicPathEvenToItsOwnAuthority() {
        TenantId northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id();
        asMember(northmoor, () -> dsl.insertInto(OFFER_VERSION)
                .set(OFFER_VERSION.VERSION_NUMBER, 1000)
                .set(OFFER_VERSION.STATUS, "DRAFT")
                .set(OFFER_VERSION.TITLE, "Unpublished draft")
                .set(OFFER_VERSION.INTRODUCTION, "Not for anyone's eyes yet")
                .execute());
        try {
            for (DemoUser user : List.of(DemoUser.NORTHMOOR_ADMIN, DemoUser.WEALDSHIRE_ADMIN)) {
                assertThat(graphql.as(user, OFFER, Map.of("authority", "northmoor")).data().path("offer").path("title").asString())
                        .isNotEqualTo("Unpublished draft");
            }
        } finally {
            asMember(northmoor, () -> dsl.deleteFrom(OFFER_VERSION).where(OFFER_VERSION.VERSION_NUMBER.eq(1000)).execute());
        }
    }

    @Test
    void shouldLetAPublicReadSeeOnlyPublishedRowsWhateverItsQueryAsks() {
        TenantId northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id();
        asMember(northmoor, () -> {
            dsl.insertInto(OFFER_VERSION).set(OFFER_VERSION.VERSION_NUMBER, 1002).set(OFFER_VERSION.STATUS, "DRAFT")
                    .set(OFFER_VERSION.TITLE, "Draft").set(OFFER_VERSION.INTRODUCTION, "Draft").execute();
            return dsl.insertInto(AUDIT_EVENT).set(AUDIT_EVENT.ACTOR_SUBJECT, "test").set(AUDIT_EVENT.ACTION, "TEST")
                    .set(AUDIT_EVENT.ENTITY_TYPE, "Test").execute();
        });
        try {
            TransactionTemplate readOnly = new TransactionTemplate(transactions);
            readOnly.setReadOnly(true);
            int drafts = TenantContext.callAs(TenantScope.publicRead(northmoor), () -> readOnly.execute(status ->
                    dsl.fetchCount(OFFER_VERSION, OFFER_VERSION.STATUS.ne("PUBLISHED"))));
            int auditEvents = TenantContext.callAs(TenantScope.publicRead(northmoor), () -> readOnly.execute(status ->
                    dsl.fetchCount(AUDIT_EVENT)));
            int published = TenantContext.callAs(TenantScope.publicRead(northmoor), () -> readOnly.execute(status ->
                    dsl.fetchCount(OFFER_VERSION)));

            assertThat(drafts).isZero();
            assertThat(auditEvents).isZero();
            assertThat(published).isPositive();
        } finally {
            asMember(northmoor, () -> dsl.deleteFrom(OFFER_VERSION).where(OFFER_VERSION.VERSION_NUMBER.eq(1002)).execute());
        }
    }

    @Test
    void shouldRefuseToWriteARowForAnotherAuthority() {
        TenantId northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id();
        TenantId wealdshire = tenants.findActiveBySlug("wealdshire").orElseThrow().id();
        assertThatThrownBy(() -> asMember(northmoor, () -> dsl.insertInto(OFFER_VERSION)
                .set(OFFER_VERSION.TENANT_ID, wealdshire.value())
                .set(OFFER_VERSION.VERSION_NUMBER, 1001)
                .set(OFFER_VERSION.STATUS, "DRAFT")
                .set(OFFER_VERSION.TITLE, "t")
                .set(OFFER_VERSION.INTRODUCTION, "i")
                .execute()))
                .rootCause().hasMessageContaining("row-level security");
    }

    @Test
    void shouldRefuseToPointAtAnotherAuthoritysRow() {
        TenantId northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id();
        TenantId wealdshire = tenants.findActiveBySlug("wealdshire").orElseThrow().id();
        UUID wealdshireVersion = asMember(wealdshire, () -> dsl.select(OFFER_VERSION.ID).from(OFFER_VERSION)
                .limit(1).fetchSingle(OFFER_VERSION.ID));
        assertThatThrownBy(() -> asMember(northmoor, () -> dsl.insertInto(ENTITLEMENT)
                .set(ENTITLEMENT.OFFER_VERSION_ID, wealdshireVersion)
                .set(ENTITLEMENT.POSITION, 99)
                .set(ENTITLEMENT.TITLE, "t")
                .set(ENTITLEMENT.SUMMARY, "s")
                .execute()))
                .rootCause().hasMessageContaining("entitlement_offer_version_fk");
    }

    @Test
    void shouldNotLetAnUpdateOrDeleteReachAnotherAuthoritysRows() {
        TenantId northmoor = tenants.findActiveBySlug("northmoor").orElseThrow().id();
        TenantId wealdshire = tenants.findActiveBySlug("wealdshire").orElseThrow().id();
        int before = asMember(wealdshire, () -> dsl.fetchCount(ENTITLEMENT));
        assertThat(asMember(northmoor, () -> dsl.update(ENTITLEMENT).set(ENTITLEMENT.TITLE, "changed")
                .where(ENTITLEMENT.TENANT_ID.eq(wealdshire.value())).execute())).isZero();
        assertThat(asMember(northmoor, () -> dsl.deleteFrom(ENTITLEMENT)
                .where(ENTITLEMENT.TENANT_ID.eq(wealdshire.value())).execute())).isZero();
        assertThat(asMember(wealdshire, () -> dsl.fetchCount(ENTITLEMENT))).isEqualTo(before);
    }

    private <T> T asMember(TenantId tenant, java.util.function.Supplier<T> work) {
        return TenantContext.callAs(TenantScope.member(tenant),
                () -> new TransactionTemplate(transactions).execute(status -> work.get()));
    }

    private static List<String> entitlementTitles(JsonNode offer) {
        List<String> titles = new ArrayList<>();
        offer.path("entitlements").forEach(entitlement -> titles.add(entitlement.path("title").asString()));
        return titles;
    }

    /** The national entitlements appear in every authority's offer. */
    private static boolean isNational(String title) {
        return StarterOffer.entitlements().stream().anyMatch(entitlement -> entitlement.title().equals(title));
    }
}
