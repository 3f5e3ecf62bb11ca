package app.onward.offer;

import app.onward.graphql.GlobalId;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@OnwardIntegrationTest
class PublicOfferTest {

    private static final String OFFER = """
            query($authority: String!) { offer(authority: $authority) {
              authority { slug name signInIssuer } version publishedAt title introduction
              entitlements { id title summary } } }""";

    @LocalServerPort
    int port;
    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    @Test
    void shouldServeAnAuthoritysPublishedOfferToAnyoneSignedOut() {
        JsonNode offer = graphql.anonymous(OFFER, Map.of("authority", "northmoor")).data().path("offer");

        assertThat(offer.path("authority").path("name").asString()).isEqualTo("Northmoor City Council");
        assertThat(offer.path("version").asInt()).isPositive();
        assertThat(offer.path("publishedAt").asString()).matches("\\d{4}-\\d{2}-\\d{2}T.*");
        assertThat(offer.path("entitlements").values()).extracting(e -> e.path("title").asString())
                .contains("Setting-up-home allowance", "No council tax until you are 25", "Free Wi-Fi for your first home");
        offer.path("entitlements").forEach(entitlement -> {
            assertThat(GlobalId.parse("Entitlement", entitlement.path("id").asString())).isPresent();
            assertThat(entitlement.path("summary").asString()).isNotBlank();
        });
    }

    @Test
    void shouldServeEachAuthorityItsOwnLocalEntitlements() {
        JsonNode wealdshire = graphql.anonymous(OFFER, Map.of("authority", "wealdshire")).data().path("offer");
        assertThat(wealdshire.path("entitlements").values()).extracting(e -> e.path("title").asString())
                .contains("Council tax help until you are 21")
                .doesNotContain("No council tax until you are 25");
    }

    @Test
    void shouldAnswerNullForAnUnknownAuthorityWithoutAnError() {
        GraphQlHttp.Response response = graphql.anonymous(OFFER, Map.of("authority", "atlantis"));
        assertThat(response.data().path("offer").isNull()).isTrue();
        assertThat(response.errors().isMissingNode()).isTrue();
    }

    @Test
    void shouldListTheActiveAuthoritiesPublicly() {
        JsonNode authorities = graphql.anonymous("{ authorities { slug name signInIssuer } }", Map.of())
                .data().path("authorities");
        assertThat(authorities.values()).extracting(a -> a.path("slug").asString()).contains("northmoor", "wealdshire");
        assertThat(authorities.values()).extracting(a -> a.path("signInIssuer").asString())
                .allMatch(issuer -> issuer.endsWith("/realms/onward-" + issuer.substring(issuer.lastIndexOf('-') + 1)));
    }

    @Test
    void shouldNotLeakAStackTraceWhenAQueryIsInvalid() {
        GraphQlHttp.Response response = graphql.as(DemoUser.NORTHMOOR_ADVISER, "{ offer { nonsense } }", Map.of());
        assertThat(response.body()).doesNotContain("Exception", "at app.onward", "at org.");
        assertThat(response.errors().size()).isPositive();
    }

    @Test
    void shouldRefuseAQueryDeeperThanTheLimit() {
        String deep = "{ me { authority { name } } }".repeat(1);
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, deep, Map.of()).errors().isMissingNode()).isTrue();
        String tooDeep = "{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } } }";
        assertThat(graphql.anonymous(tooDeep, Map.of()).errors().get(0).path("message").asString())
                .containsIgnoringCase("depth");
    }
}
