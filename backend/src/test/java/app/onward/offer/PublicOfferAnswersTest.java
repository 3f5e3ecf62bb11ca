package app.onward.offer;

import app.onward.offer.PublicOfferAnswers.AuthorityArgument;
import app.onward.offer.internal.OfferRepository;
import app.onward.offer.internal.OfferRepository.NewSection;
import app.onward.tenant.TenantDirectory;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The public offer's kept answers: the same answer as running the query, each authority its own, a newly
 * published version at once, and only for a query of the offer alone.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class PublicOfferAnswersTest {

    /** As the portal's public offer page asks it. */
    private static final String OFFER = """
            query Offer($authority: String!) {
              offer(authority: $authority) {
                authority { slug name } version title introduction
                sections { area title entitlements { ...Shown } }
                entitlements { ...Shown }
              }
            }
            fragment Shown on Entitlement { id key title whatYouGet { amountInWords } whoQualifies { inWords } nationalEntitlement }""";

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

    @Test
    void shouldAnswerEachAuthorityWithItsOwnOfferWhetherTheAnswerWasKeptOrNot() {
        String northmoor = ask("northmoor");
        String wealdshire = ask("wealdshire");

        assertThat(ask("northmoor")).isEqualTo(northmoor);
        assertThat(ask("wealdshire")).isEqualTo(wealdshire);
        assertThat(northmoor).contains("\"slug\":\"northmoor\"", "council-tax-exemption").doesNotContain("council-tax-help", "wealdshire");
        assertThat(wealdshire).contains("\"slug\":\"wealdshire\"", "council-tax-help").doesNotContain("council-tax-exemption", "northmoor");
        assertThat(graphql.anonymous(OFFER, Map.of("authority", "nowhere")).data().path("offer").isNull()).isTrue();
    }

    @Test
    void shouldAnswerWithANewlyPublishedVersionAtOnce() {
        ask("wealdshire");
        PublishedOffer current = demo.as("wealdshire",
                () -> offers.latestPublished(tenants.findActiveBySlug("wealdshire").orElseThrow()).orElseThrow());
        String introduction = "Updated for this test: " + UUID.randomUUID();
        int newer = republish(current, introduction);
        try {
            var offer = graphql.anonymous(OFFER, Map.of("authority", "wealdshire")).data().path("offer");

            assertThat(offer.path("version").asInt()).isEqualTo(newer);
            assertThat(offer.path("introduction").asString()).isEqualTo(introduction);
        } finally {
            republish(current, current.introduction());
        }
    }

    @Test
    void shouldKeepAnswersOnlyToAQueryOfTheOfferAlone() {
        assertThat(PublicOfferAnswers.loneOfferQuery(OFFER)).contains(new AuthorityArgument(null, "authority"));
        assertThat(PublicOfferAnswers.loneOfferQuery("{ offer(authority: \"northmoor\") { version } }"))
                .contains(new AuthorityArgument("northmoor", null));

        assertThat(PublicOfferAnswers.loneOfferQuery("query($t: DateTime) { offer(authority: \"northmoor\", asOf: $t) { version } }")).isEmpty();
        assertThat(PublicOfferAnswers.loneOfferQuery("{ offer(authority: \"northmoor\") { version } authorities { slug } }")).isEmpty();
        assertThat(PublicOfferAnswers.loneOfferQuery("{ offer(authority: \"northmoor\") @include(if: true) { version } }")).isEmpty();
        assertThat(PublicOfferAnswers.loneOfferQuery("query @skip(if: false) { offer(authority: \"northmoor\") { version } }")).isEmpty();
        assertThat(PublicOfferAnswers.loneOfferQuery("query A { offer(authority: \"northmoor\") { version } } query B { authorities { slug } }")).isEmpty();
        assertThat(PublicOfferAnswers.loneOfferQuery("mutation { offer(authority: \"northmoor\") { version } }")).isEmpty();
        assertThat(PublicOfferAnswers.loneOfferQuery("{ me { subject } }")).isEmpty();
        assertThat(PublicOfferAnswers.loneOfferQuery("{ offer(authority: ")).isEmpty();
    }

    @Test
    void shouldKeepAnswersOnlyToRequestsThatSendNothingButTheAuthority() {
        AuthorityArgument variable = new AuthorityArgument(null, "authority");
        AuthorityArgument literal = new AuthorityArgument("northmoor", null);

        assertThat(variable.slug(Map.of("authority", "wealdshire"))).contains("wealdshire");
        assertThat(variable.slug(Map.of("authority", "wealdshire", "padding", "x".repeat(1_000)))).isEmpty();
        assertThat(variable.slug(Map.of("authority", 42))).isEmpty();
        assertThat(variable.slug(Map.of())).isEmpty();
        assertThat(literal.slug(Map.of())).contains("northmoor");
        assertThat(literal.slug(Map.of("authority", "wealdshire"))).isEmpty();
    }

    private String ask(String authority) {
        GraphQlHttp.Response response = graphql.anonymous(OFFER, Map.of("authority", authority));
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.json().has("errors")).isFalse();
        return response.body();
    }

    private int republish(PublishedOffer offer, String introduction) {
        List<NewSection> sections = offer.sections().stream()
                .map(section -> new NewSection(section.area(), section.title(), section.introduction(),
                        section.entitlements().stream().map(PublishedOffer.Entitlement::content).toList()))
                .toList();
        return demo.as("wealdshire", () -> offers.publish(offer.title(), introduction, sections, "test"));
    }
}
