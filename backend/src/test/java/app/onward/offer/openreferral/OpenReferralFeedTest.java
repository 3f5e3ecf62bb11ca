package app.onward.offer.openreferral;

import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The Open Referral UK (HSDS 3.0) feed of an authority's published offer: one service per entitlement. */
@OnwardIntegrationTest
class OpenReferralFeedTest {

    private static final String PUBLIC_OFFER = """
            query($authority: String!) { offer(authority: $authority) { entitlements { key title summary } } }""";

    @LocalServerPort
    int port;
    OpenReferralHttp feed;
    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        feed = new OpenReferralHttp(port);
        graphql = new GraphQlHttp(port);
    }

    static JsonNode service(JsonNode services, String key) {
        for (JsonNode service : services.path("contents")) {
            if (service.path("url").asString().endsWith("/offer/" + key)) {
                return service;
            }
        }
        throw new AssertionError("No service for " + key);
    }

    @Test
    void shouldServeOneActiveServicePerPublishedEntitlementInReadingOrder() {
        OpenReferralHttp.Response response = feed.anonymous("northmoor/services");
        JsonNode services = response.json();
        JsonNode entitlements = graphql.anonymous(PUBLIC_OFFER, Map.of("authority", "northmoor")).data()
                .path("offer").path("entitlements");

        assertThat(response.status()).isEqualTo(200);
        assertThat(response.contentType()).startsWith("application/json");
        assertThat(response.allowOrigin()).as("the UK compliance rules ask every answer to allow any origin").isEqualTo("*");
        assertThat(services.path("contents").values()).extracting(service -> service.path("name").asString())
                .containsExactlyElementsOf(entitlements.values().stream().map(e -> e.path("title").asString()).toList());
        assertThat(services.path("contents").values()).extracting(service -> service.path("url").asString())
                .containsExactlyElementsOf(entitlements.values().stream()
                        .map(e -> "http://localhost:8080/northmoor/offer/" + e.path("key").asString()).toList());
        assertThat(services.path("contents").values()).allSatisfy(service -> {
            assertThat(UUID.fromString(service.path("id").asString()).version()).isEqualTo(5);
            assertThat(service.path("status").asString()).isEqualTo("active");
            assertThat(service.path("organization").path("name").asString()).isEqualTo("Northmoor City Council");
            assertThat(service.path("last_modified").asString()).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z");
        });
        assertThat(service(services, "free-wifi").path("description").asString())
                .startsWith("We pay for home broadband for 12 months when you move into your own place.")
                .contains("What you get: Home broadband, set up and paid for by us for 12 months.");
    }

    @Test
    void shouldKeepEveryIdTheSameFromOneCallToTheNext() {
        JsonNode first = feed.ok("northmoor/services");
        JsonNode second = feed.ok("northmoor/services");

        assertThat(second).isEqualTo(first);
        assertThat(first.path("contents").values()).extracting(service -> service.path("id").asString()).doesNotHaveDuplicates();
        assertThat(first.path("contents").values()).extracting(service -> service.path("organization").path("id").asString())
                .containsOnly(first.path("contents").get(0).path("organization").path("id").asString());
    }

    @Test
    void shouldSayWhoQualifiesHowToClaimAndWhoToAsk() {
        JsonNode councilTax = service(feed.ok("northmoor/services"), "council-tax-exemption");

        assertThat(councilTax.path("minimum_age").asInt()).isEqualTo(18);
        assertThat(councilTax.path("maximum_age").asInt()).as("until the 25th birthday").isEqualTo(24);
        assertThat(councilTax.path("eligibility_description").asString())
                .startsWith("It is for care-experienced young people who:\n- are aged 18 to 24, up to their 25th birthday");
        assertThat(councilTax.path("application_process").asString()).startsWith("1. Fill in the council tax exemption form");
        assertThat(councilTax.path("required_documents").values()).extracting(d -> d.path("document").asString())
                .containsExactly("Your tenancy agreement");
        JsonNode contact = councilTax.path("contacts").get(0);
        assertThat(contact.path("name").asString()).isEqualTo("Northmoor council tax team");
        assertThat(contact.path("email").asString()).isEqualTo("counciltax@northmoor.example.org");
        assertThat(contact.path("url").asString()).isEqualTo("https://northmoor.example.org/council-tax");
        assertThat(contact.path("phones").get(0).path("number").asString()).isEqualTo("0113 496 0100");
        assertThat(councilTax.path("email").asString()).isEqualTo("counciltax@northmoor.example.org");
        assertThat(councilTax.path("assured_date").asString()).isEqualTo("2026-10-01");
        assertThat(councilTax.path("cost_options").values()).as("not money").isEmpty();

        JsonNode universalCredit = service(feed.ok("northmoor/services"), "universal-credit-before-eighteen");
        assertThat(universalCredit.path("minimum_age").asInt()).as("from 28 days before the 18th birthday").isEqualTo(17);
    }

    @Test
    void shouldGiveMoneyAsACostOptionInPoundsForEachAuthority() {
        JsonNode northmoor = service(feed.ok("northmoor/services"), "setting-up-home-allowance").path("cost_options");
        JsonNode wealdshire = service(feed.ok("wealdshire/services"), "setting-up-home-allowance").path("cost_options");

        assertThat(northmoor.values()).hasSize(1);
        assertThat(northmoor.get(0).path("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("3000.00"));
        assertThat(northmoor.get(0).path("currency").asString()).isEqualTo("GBP");
        assertThat(northmoor.get(0).path("amount_description").asString()).startsWith("£3,000").contains("not a charge");
        assertThat(wealdshire.get(0).path("amount").decimalValue()).isEqualByComparingTo(new BigDecimal("3500.00"));
        assertThat(service(feed.ok("northmoor/services"), "sixteen-to-nineteen-bursary").path("cost_options").get(0)
                .path("amount_description").asString()).startsWith("Up to £1,200 a year");
    }

    @Test
    void shouldServeOneServiceByItsIdExactlyAsTheListDoes() {
        JsonNode listed = service(feed.ok("northmoor/services"), "council-tax-exemption");

        assertThat(feed.ok("northmoor/services/" + listed.path("id").asString())).isEqualTo(listed);
    }

    @Test
    void shouldPageTheListAsHsdsSays() {
        int total = feed.ok("northmoor/services").path("total_items").asInt();
        JsonNode second = feed.ok("northmoor/services?page=2&per_page=2");

        assertThat(second.path("total_items").asInt()).isEqualTo(total).isGreaterThan(4);
        assertThat(second.path("total_pages").asInt()).isEqualTo((total + 1) / 2);
        assertThat(second.path("page_number").asInt()).isEqualTo(2);
        assertThat(second.path("size").asInt()).isEqualTo(2);
        assertThat(second.path("first_page").asBoolean()).isFalse();
        assertThat(second.path("last_page").asBoolean()).isFalse();
        assertThat(second.path("empty").asBoolean()).isFalse();
        assertThat(second.path("contents").values()).extracting(s -> s.path("id").asString())
                .containsExactlyElementsOf(feed.ok("northmoor/services").path("contents").values().stream()
                        .skip(2).limit(2).map(s -> s.path("id").asString()).toList());

        JsonNode beyond = feed.ok("northmoor/services?page=99");
        assertThat(beyond.path("empty").asBoolean()).isTrue();
        assertThat(beyond.path("contents").values()).isEmpty();
        for (String wrong : List.of("page=0", "per_page=0", "per_page=501", "page=two")) {
            OpenReferralHttp.Response refused = feed.anonymous("northmoor/services?" + wrong);
            assertThat(refused.status()).as(wrong).isEqualTo(400);
            assertThat(refused.body()).doesNotContain("Exception", "at app.onward", "at org.");
        }
    }

    @Test
    void shouldSayWhichStandardAndProfileItFollows() {
        JsonNode details = feed.ok("northmoor");

        assertThat(details.path("version").asString()).isEqualTo("3.0");
        assertThat(details.path("profile").asString()).isEqualTo("https://github.com/OpenReferralUK/uk-profile");
        assertThat(details.path("publisher").path("name").asString()).isEqualTo("Northmoor City Council");
    }
}
