package app.onward.offer;

import app.onward.offer.internal.OfferRepository;
import app.onward.offer.internal.OfferRepository.NewSection;
import app.onward.tenant.TenantDirectory;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.ENTITLEMENT;
import static app.onward.jooq.Tables.OFFER_SECTION;
import static app.onward.jooq.Tables.OFFER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Published versions are final and kept: what anyone was shown on a given day can be read back. */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class OfferVersionsTest {

    private static final String OFFER_AS_OF = """
            query($authority: String!, $asOf: DateTime) { offer(authority: $authority, asOf: $asOf) {
              version introduction entitlements { key title } } }""";

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    OfferRepository offers;
    @Autowired
    TenantDirectory tenants;

    @Test
    void shouldShowWhatWasPublishedAtAnyMomentAfterANewerVersion() throws InterruptedException {
        GraphQlHttp graphql = new GraphQlHttp(port);
        PublishedOffer current = latest();
        Thread.sleep(5);
        OffsetDateTime between = OffsetDateTime.now();
        Thread.sleep(5);
        int newer = republish(current, "Updated for this test: " + UUID.randomUUID());
        try {
            JsonNode then = graphql.anonymous(OFFER_AS_OF, Map.of("authority", "wealdshire", "asOf", between.toString()))
                    .data().path("offer");
            JsonNode now = graphql.anonymous(OFFER_AS_OF, Map.of("authority", "wealdshire")).data().path("offer");

            assertThat(then.path("version").asInt()).isEqualTo(current.version());
            assertThat(then.path("introduction").asString()).isEqualTo(current.introduction());
            assertThat(now.path("version").asInt()).isEqualTo(newer);
            assertThat(now.path("introduction").asString()).startsWith("Updated for this test");
            assertThat(then.path("entitlements")).isEqualTo(now.path("entitlements"));
            assertThat(graphql.anonymous(OFFER_AS_OF, Map.of("authority", "wealdshire", "asOf", "2000-01-01T00:00:00Z"))
                    .data().path("offer").isNull()).as("nothing was published in 2000").isTrue();
        } finally {
            republish(current, current.introduction());
        }
    }

    @Test
    void shouldRefuseToChangeAddToOrDeleteFromAPublishedVersionWhoeverAsks() {
        PublishedOffer current = latest();
        UUID entitlement = current.entitlements().getFirst().id();
        var dsl = demo.dsl();
        UUID version = demo.as("wealdshire", () -> dsl.select(OFFER_VERSION.ID).from(OFFER_VERSION)
                .where(OFFER_VERSION.VERSION_NUMBER.eq(current.version())).fetchSingle().value1());

        List<Runnable> changes = List.of(
                () -> dsl.update(ENTITLEMENT).set(ENTITLEMENT.TITLE, "Changed").where(ENTITLEMENT.ID.eq(entitlement)).execute(),
                () -> dsl.deleteFrom(ENTITLEMENT).where(ENTITLEMENT.ID.eq(entitlement)).execute(),
                () -> dsl.insertInto(ENTITLEMENT).set(ENTITLEMENT.OFFER_VERSION_ID, version).set(ENTITLEMENT.POSITION, 999)
                        .set(ENTITLEMENT.TITLE, "Added").set(ENTITLEMENT.SUMMARY, "Added").execute(),
                () -> dsl.update(OFFER_SECTION).set(OFFER_SECTION.TITLE, "Changed").where(OFFER_SECTION.OFFER_VERSION_ID.eq(version)).execute(),
                () -> dsl.update(OFFER_VERSION).set(OFFER_VERSION.TITLE, "Changed").where(OFFER_VERSION.ID.eq(version)).execute(),
                () -> dsl.deleteFrom(OFFER_VERSION).where(OFFER_VERSION.ID.eq(version)).execute());
        for (Runnable change : changes) {
            assertThatThrownBy(() -> demo.as("wealdshire", () -> {
                change.run();
                return null;
            })).rootCause().hasMessageContaining("A published offer version cannot be changed");
        }
        assertThat(latest()).isEqualTo(current);
    }

    @Test
    void shouldPublishNothingWhenAPartFails() {
        PublishedOffer current = latest();
        EntitlementContent first = current.entitlements().getFirst().content();
        List<NewSection> twice = List.of(new NewSection(OfferArea.MONEY_AND_FINANCIAL_SKILLS, "Money", "", List.of(first, first)));

        assertThatThrownBy(() -> demo.as("wealdshire", () -> offers.publish("Broken", "Same key twice", twice, "test")))
                .rootCause().hasMessageContaining("entitlement_key_uk");
        assertThat(latest()).isEqualTo(current);
        assertThat(demo.as("wealdshire", () -> demo.dsl().fetchCount(OFFER_VERSION, OFFER_VERSION.STATUS.eq("DRAFT")))).isZero();
    }

    private PublishedOffer latest() {
        return demo.as("wealdshire", () -> offers.latestPublished(tenants.findActiveBySlug("wealdshire").orElseThrow()).orElseThrow());
    }

    private int republish(PublishedOffer offer, String introduction) {
        List<NewSection> sections = offer.sections().stream()
                .map(section -> new NewSection(section.area(), section.title(), section.introduction(),
                        section.entitlements().stream().map(PublishedOffer.Entitlement::content).toList()))
                .toList();
        return demo.as("wealdshire", () -> offers.publish(offer.title(), introduction, sections, "test"));
    }
}
