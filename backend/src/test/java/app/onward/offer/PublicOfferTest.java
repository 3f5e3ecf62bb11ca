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

    private static final String SECTIONS = """
            query($authority: String!) { offer(authority: $authority) { sections { area title entitlements { key title
              whatYouGet { description amount { pence text } frequency upTo cap amountInWords }
              whoQualifies { fromAge fromDaysBefore untilAge categories circumstances { circumstance required } }
              howToClaim { steps proof contact { name phone email web } }
              nationalEntitlement legalBasis lastReviewedOn } } } }""";

    private JsonNode entitlement(String authority, String key) {
        JsonNode sections = graphql.anonymous(SECTIONS, Map.of("authority", authority)).data().path("offer").path("sections");
        for (JsonNode section : sections) {
            for (JsonNode entitlement : section.path("entitlements")) {
                if (entitlement.path("key").asString().equals(key)) {
                    return entitlement;
                }
            }
        }
        throw new AssertionError("No " + key + " in " + authority + "'s offer");
    }

    @Test
    void shouldServeTheOfferInSectionsForTheAreasTheLawNames() {
        JsonNode sections = graphql.anonymous(SECTIONS, Map.of("authority", "northmoor")).data().path("offer").path("sections");

        assertThat(sections.values()).extracting(section -> section.path("area").asString()).containsExactly(
                "HEALTH_AND_WELLBEING", "RELATIONSHIPS", "EDUCATION_AND_TRAINING", "EMPLOYMENT", "ACCOMMODATION",
                "MONEY_AND_FINANCIAL_SKILLS", "HOUSING_AND_HOMELESSNESS_PREVENTION");
        assertThat(sections.get(0).path("title").asString()).isEqualTo("Health and wellbeing");
        assertThat(sections.values()).allSatisfy(section -> assertThat(section.path("entitlements").values()).isNotEmpty());
    }

    @Test
    void shouldSayWhoQualifiesHowMuchUntilWhenAndExactlyHowToClaim() {
        JsonNode councilTax = entitlement("northmoor", "council-tax-exemption");

        assertThat(councilTax.path("whoQualifies").path("fromAge").asInt()).isEqualTo(18);
        assertThat(councilTax.path("whoQualifies").path("untilAge").asInt()).isEqualTo(25);
        assertThat(councilTax.path("whoQualifies").path("categories").values()).extracting(JsonNode::asString)
                .containsExactly("FORMER_RELEVANT");
        assertThat(councilTax.path("whoQualifies").path("circumstances").get(0).path("circumstance").asString())
                .isEqualTo("LIVING_OUTSIDE_AUTHORITY");
        assertThat(councilTax.path("whoQualifies").path("circumstances").get(0).path("required").asBoolean()).isFalse();
        assertThat(councilTax.path("howToClaim").path("steps").values()).hasSize(2);
        assertThat(councilTax.path("howToClaim").path("proof").get(0).asString()).isEqualTo("Your tenancy agreement");
        assertThat(councilTax.path("howToClaim").path("contact").path("phone").asString()).isEqualTo("0113 496 0100");
        assertThat(councilTax.path("nationalEntitlement").isNull()).isTrue();
        assertThat(councilTax.path("lastReviewedOn").asString()).isEqualTo("2026-10-01");

        JsonNode wealdshire = entitlement("wealdshire", "council-tax-help");
        assertThat(wealdshire.path("whoQualifies").path("untilAge").asInt()).as("the authorities' rules differ").isEqualTo(21);
    }

    @Test
    void shouldShowMoneyAsAYoungPersonReadsItAndEachAuthoritysImprovements() {
        JsonNode bursary = entitlement("northmoor", "sixteen-to-nineteen-bursary").path("whatYouGet");
        assertThat(bursary.path("amount").path("pence").asInt()).isEqualTo(120_000);
        assertThat(bursary.path("amountInWords").asString()).isEqualTo("Up to £1,200 a year");
        assertThat(entitlement("northmoor", "sixteen-to-nineteen-bursary").path("nationalEntitlement").asString())
                .isEqualTo("SIXTEEN_TO_NINETEEN_BURSARY");

        assertThat(entitlement("northmoor", "setting-up-home-allowance").path("whatYouGet").path("amount").path("text").asString())
                .isEqualTo("£3,000");
        assertThat(entitlement("wealdshire", "setting-up-home-allowance").path("whatYouGet").path("amount").path("text").asString())
                .isEqualTo("£3,500");
        assertThat(entitlement("northmoor", "personal-adviser").path("whatYouGet").path("amount").isNull()).isTrue();
        assertThat(entitlement("northmoor", "universal-credit-before-eighteen").path("whoQualifies").path("fromDaysBefore").asInt())
                .isEqualTo(28);
    }

    @Test
    void shouldFindOneEntitlementByItsKeyAndNothingForAnUnknownKey() {
        String query = "query($key: String!) { entitlement(authority: \"northmoor\", key: $key) { key title summary } }";

        assertThat(graphql.anonymous(query, Map.of("key", "free-wifi")).data().path("entitlement").path("title").asString())
                .isEqualTo("Free Wi-Fi for your first home");
        GraphQlHttp.Response unknown = graphql.anonymous(query, Map.of("key", "no-such-thing"));
        assertThat(unknown.data().path("entitlement").isNull()).isTrue();
        assertThat(unknown.errors().isMissingNode()).isTrue();
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
