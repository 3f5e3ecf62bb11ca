package app.onward.offer;

import app.onward.offer.internal.OfferRepository;
import app.onward.offer.internal.OfferRepository.NewSection;
import app.onward.tenant.TenantDirectory;
import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.UnaryOperator;

import static app.onward.jooq.Tables.OFFER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * A tenant admin reads every published version of the authority's offer and what changed between any two, and
 * sees what publishing the draft would change, before publishing it. Each test leaves the authority's latest
 * version as it found it (republished), and no draft.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class OfferHistoryTest {

    private static final String VERSIONS = "{ offerVersions { version publishedAt publishedBy title entitlementCount } }";
    private static final String DIFFERENCE = "kind area entitlementKey label field before after";
    private static final String DIFFERENCES = "query($from: Int!, $to: Int!) { offerDifferences(from: $from, to: $to) { "
            + DIFFERENCE + " } }";
    private static final String DRAFT_CHANGES = "{ offerDraft { version changes { " + DIFFERENCE + " } } }";
    private static final String PUBLISH = "mutation($input: PublishOfferDraftInput!) { publishOfferDraft(input: $input) { "
            + "offer { version } userErrors { field message code } } }";
    /** Fiona MacLeod, Wealdshire's team manager: a member of staff, so her name can be given. */
    private static final String FIONA = "0b000000-0000-4000-8000-000003000003";

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    @Autowired
    OfferRepository offers;
    @Autowired
    TenantDirectory tenants;
    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    @AfterEach
    void discardDrafts() {
        for (String authority : List.of("wealdshire", "northmoor")) {
            demo.as(authority, () -> demo.dsl().deleteFrom(OFFER_VERSION).where(OFFER_VERSION.STATUS.eq("DRAFT")).execute());
        }
    }

    @Test
    void shouldShowWhatADraftWouldChangeThenListTheVersionsAndTheirDifferences() {
        PublishedOffer current = latest("wealdshire");
        demo.as("wealdshire", () -> offers.startDraft(current.title(), "Changed for the history test",
                sections(current, OfferHistoryTest::changeForTheTest)));

        JsonNode draft = graphql.as(DemoUser.WEALDSHIRE_ADMIN, DRAFT_CHANGES, Map.of()).data().path("offerDraft");
        assertTheTestsChanges(draft.path("changes"), current);

        JsonNode published = graphql.as(DemoUser.WEALDSHIRE_ADMIN, PUBLISH, Map.of("input", Map.of("rowVersion", 0)))
                .data().path("publishOfferDraft");
        assertThat(published.path("userErrors").values()).isEmpty();
        int changed = published.path("offer").path("version").asInt();
        int restored = republish("wealdshire", current, current.introduction(), FIONA);

        JsonNode versions = graphql.as(DemoUser.WEALDSHIRE_ADMIN, VERSIONS, Map.of()).data().path("offerVersions");
        assertThat(versions.values()).extracting(version -> version.path("version").asInt())
                .as("newest first, every one").startsWith(restored, changed, current.version())
                .hasSize(publishedCount("wealdshire"));
        assertThat(versions.get(0).path("publishedBy").asString()).as("a member of staff, by name").isEqualTo("Fiona MacLeod");
        assertThat(versions.get(1).path("publishedBy").isNull()).as("a tenant admin with no staff record").isTrue();
        assertThat(versions.get(1).path("title").asString()).isEqualTo(current.title());
        assertThat(versions.get(1).path("entitlementCount").asInt()).isEqualTo(current.entitlements().size() - 1);
        assertThat(versions.get(0).path("publishedAt").asString()).isNotBlank();

        assertTheTestsChanges(differences(current.version(), changed), current);
        assertThat(differences(changed, restored).values()).extracting(difference -> difference.path("kind").asString(),
                        difference -> difference.path("label").asString())
                .as("back again")
                .containsExactly(tuple("CHANGED", "The offer"), tuple("ADDED", "Driving lessons"),
                        tuple("CHANGED", "Setting-up-home allowance"));
        assertThat(differences(current.version(), restored).values()).as("the same content").isEmpty();
    }

    @Test
    void shouldShowNorthmoorsDemoHistoryFromBeforeTheInspection() {
        GraphQlHttp.Response response = graphql.as(DemoUser.NORTHMOOR_ADMIN, DIFFERENCES, Map.of("from", 1, "to", 2));

        assertThat(response.data().path("offerDifferences").values()).extracting(c -> c.path("kind").asString(),
                        c -> c.path("label").asString(), c -> c.path("field").asString(null), c -> c.path("after").asString(null))
                .containsExactly(
                        tuple("CHANGED", "The offer", "Introduction",
                                "Everything Northmoor City Council gives you as your corporate parent, and how to claim it."),
                        tuple("CHANGED", "Northmoor leisure pass", "Summary",
                                "Free swimming and gym at every Northmoor leisure centre until you are 25."),
                        tuple("CHANGED", "Northmoor leisure pass", "Who can get it",
                                "are aged 16 to 24, up to their 25th birthday\nlive in the council's area"),
                        tuple("CHANGED", "Free Wi-Fi for your first home", "Summary",
                                "We pay for home broadband for 12 months when you move into your own place."),
                        tuple("CHANGED", "Free Wi-Fi for your first home", "What you get",
                                "Home broadband, set up and paid for by us\nFor 12 months"),
                        tuple("CHANGED", "Free Wi-Fi for your first home", "How to claim",
                                "1. Tell your personal adviser the date you move in.\n2. We book the installation for your first week."),
                        tuple("ADDED", "No council tax until you are 25", null,
                                "If you live in Northmoor, you pay no council tax until your 25th birthday."));
    }

    @Test
    void shouldSayAVersionThatWasNeverPublishedIsNotFound() {
        GraphQlHttp.Response response = graphql.as(DemoUser.WEALDSHIRE_ADMIN, DIFFERENCES, Map.of("from", 1, "to", 100_000));

        assertThat(response.errors().get(0).path("extensions").path("code").asString()).isEqualTo("NOT_FOUND");
        assertThat(response.data().isNull() || response.data().isMissingNode()).isTrue();
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"WEALDSHIRE_ADVISER", "WEALDSHIRE_LEADER", "NORTHMOOR_ADVISER", "NORTHMOOR_LEADER",
            "WEALDSHIRE_CARE_LEAVER", "PLATFORM_ADMIN"})
    void shouldLetOnlyTenantAdminsReadTheHistory(DemoUser user) {
        assertThat(code(graphql.as(user, VERSIONS, Map.of()))).isEqualTo("FORBIDDEN");
        assertThat(code(graphql.as(user, DIFFERENCES, Map.of("from", 1, "to", 1)))).isEqualTo("FORBIDDEN");
    }

    @Test
    @CrossTenantCase({"offerVersions", "offerDifferences"})
    void shouldKeepEachAuthoritysHistoryToItself() {
        PublishedOffer northmoors = latest("northmoor");
        String marker = "Northmoor's own change " + UUID.randomUUID();
        int marked = republish("northmoor", northmoors, marker, "test");
        republish("northmoor", northmoors, northmoors.introduction(), "test");

        JsonNode theirs = graphql.as(DemoUser.NORTHMOOR_ADMIN, DIFFERENCES, Map.of("from", northmoors.version(), "to", marked)).data();
        assertThat(theirs.toString()).as("Northmoor's admin sees it").contains(marker);

        assertThat(graphql.as(DemoUser.NORTHMOOR_ADMIN, VERSIONS, Map.of()).data().path("offerVersions").values())
                .hasSize(publishedCount("northmoor"));

        JsonNode versions = graphql.as(DemoUser.WEALDSHIRE_ADMIN, VERSIONS, Map.of()).data().path("offerVersions");
        assertThat(versions.values()).hasSize(publishedCount("wealdshire"))
                .allSatisfy(version -> assertThat(version.path("title").asString()).isEqualTo(latest("wealdshire").title()));
        // The same numbers asked of Wealdshire are Wealdshire's versions, or none: never Northmoor's.
        GraphQlHttp.Response asked = graphql.as(DemoUser.WEALDSHIRE_ADMIN, DIFFERENCES, Map.of("from", northmoors.version(), "to", marked));
        assertThat(asked.body()).doesNotContain(marker).doesNotContain("Northmoor");
    }

    /** The test's changes, in the offer's reading order (Work comes before Money): a new introduction, no driving lessons, more money for setting up home. */
    private static void assertTheTestsChanges(JsonNode changes, PublishedOffer current) {
        assertThat(changes.values()).extracting(c -> c.path("kind").asString(), c -> c.path("area").asString(null),
                        c -> c.path("entitlementKey").asString(null), c -> c.path("label").asString(), c -> c.path("field").asString(null))
                .containsExactly(
                        tuple("CHANGED", null, null, "The offer", "Introduction"),
                        tuple("REMOVED", "EMPLOYMENT", "driving-lessons", "Driving lessons", null),
                        tuple("CHANGED", "MONEY_AND_FINANCIAL_SKILLS", "setting-up-home-allowance", "Setting-up-home allowance", "What you get"));
        assertThat(changes.get(0).path("before").asString()).isEqualTo(current.introduction());
        assertThat(changes.get(0).path("after").asString()).isEqualTo("Changed for the history test");
        assertThat(changes.get(1).path("before").asString()).isEqualTo("Up to 10 driving lessons when you are in work.");
        assertThat(changes.get(1).path("after").isNull()).isTrue();
        assertThat(changes.get(2).path("before").asString()).startsWith("£3,500\n");
        assertThat(changes.get(2).path("after").asString()).startsWith("£4,000\n");
    }

    /** Null: the driving lessons are taken out. */
    private static EntitlementContent changeForTheTest(EntitlementContent content) {
        if ("driving-lessons".equals(content.key())) {
            return null;
        }
        if (!"setting-up-home-allowance".equals(content.key())) {
            return content;
        }
        WhatYouGet what = content.whatYouGet();
        return new EntitlementContent(content.key(), content.title(), content.summary(), content.area(),
                new WhatYouGet(what.description(), Money.pounds(4_000), what.frequency(), what.upTo(), what.cap()),
                content.whoQualifies(), content.howToClaim(), content.national(), content.legalBasis(),
                content.lastReviewedOn(), content.availableUntil());
    }

    private JsonNode differences(int from, int to) {
        GraphQlHttp.Response response = graphql.as(DemoUser.WEALDSHIRE_ADMIN, DIFFERENCES, Map.of("from", from, "to", to));
        assertThat(response.errors().isMissingNode()).as(response.body()).isTrue();
        return response.data().path("offerDifferences");
    }

    private static String code(GraphQlHttp.Response response) {
        return response.errors().get(0).path("extensions").path("code").asString();
    }

    private PublishedOffer latest(String authority) {
        return demo.as(authority, () -> offers.latestPublished(tenants.findActiveBySlug(authority).orElseThrow()).orElseThrow());
    }

    private int publishedCount(String authority) {
        return demo.as(authority, () -> demo.dsl().fetchCount(OFFER_VERSION, OFFER_VERSION.STATUS.eq("PUBLISHED")));
    }

    private int republish(String authority, PublishedOffer offer, String introduction, String publishedBy) {
        return demo.as(authority, () -> offers.publish(offer.title(), introduction, sections(offer, UnaryOperator.identity()), publishedBy));
    }

    /** The offer's sections with each entitlement changed by {@code change}; one it turns to null is left out. */
    private static List<NewSection> sections(PublishedOffer offer, UnaryOperator<EntitlementContent> change) {
        return offer.sections().stream()
                .map(section -> new NewSection(section.area(), section.title(), section.introduction(),
                        section.entitlements().stream().map(PublishedOffer.Entitlement::content)
                                .map(change).filter(Objects::nonNull).toList()))
                .toList();
    }
}
