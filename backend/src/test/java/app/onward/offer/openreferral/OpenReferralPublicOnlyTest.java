package app.onward.offer.openreferral;

import app.onward.tenant.TenantAdministration;
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
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static app.onward.jooq.Tables.OFFER_VERSION;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed serves an authority's published offer and nothing else: not to a stranger, not to a signed-in user
 * of that or another authority, not a draft, and nothing at all of an unknown or suspended authority.
 */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class OpenReferralPublicOnlyTest {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final String PUBLIC_OFFER = """
            query($authority: String!) { offer(authority: $authority) { title authority { name } entitlements {
              key title summary whatYouGet { description amountInWords cap }
              howToClaim { steps proof contact { name phone email web } } } } }""";
    private static final String ENTITLEMENT = """
            key title summary
            whatYouGet { description amount { text } frequency upTo cap }
            whoQualifies { fromAge fromDaysBefore untilAge categories circumstances { circumstance required } }
            howToClaim { steps proof contact { name phone email web } }
            nationalEntitlement legalBasis lastReviewedOn availableUntil""";
    private static final String START = "mutation { startOfferDraft { draft { rowVersion title introduction sections { "
            + "area title introduction entitlements { " + ENTITLEMENT + " } } } userErrors { field message } } }";
    private static final String SAVE = "mutation($input: SaveOfferDraftInput!) { saveOfferDraft(input: $input) { "
            + "userErrors { field message } } }";

    @LocalServerPort
    int port;
    @Autowired
    TenantAdministration administration;
    @Autowired
    DemoRecords demo;
    OpenReferralHttp feed;
    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        feed = new OpenReferralHttp(port);
        graphql = new GraphQlHttp(port);
    }

    /** Other tests (and the demo) expect no draft. */
    @AfterEach
    void discardDrafts() {
        demo.as("northmoor", () -> demo.dsl().deleteFrom(OFFER_VERSION).where(OFFER_VERSION.STATUS.eq("DRAFT")).execute());
    }

    @Test
    void shouldAnswerAnUnknownAuthorityWith404AndASmallProblem() {
        for (String path : List.of("atlantis", "atlantis/services", "atlantis/services/7d0c3b1e-0000-5000-8000-000000000000",
                "northmoor/services/7d0c3b1e-0000-5000-8000-000000000000", "northmoor/services/not-an-id")) {
            OpenReferralHttp.Response response = feed.anonymous(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.contentType()).isEqualTo("application/problem+json");
            assertThat(response.allowOrigin()).isEqualTo("*");
            assertThat(response.json().path("status").asInt()).isEqualTo(404);
            assertThat(response.body()).doesNotContain("Exception", "at app.onward", "at org.", "trace");
        }
    }

    @Test
    void shouldServeNothingOfASuspendedAuthority() {
        String serviceId = feed.ok("wealdshire/services").path("contents").get(0).path("id").asString();
        try {
            administration.suspend("wealdshire");
            for (String path : List.of("wealdshire", "wealdshire/services", "wealdshire/services/" + serviceId)) {
                assertThat(feed.anonymous(path).status()).as(path).isEqualTo(404);
            }
        } finally {
            administration.reactivate("wealdshire");
        }
        assertThat(feed.anonymous("wealdshire/services/" + serviceId).status()).isEqualTo(200);
    }

    @Test
    void shouldNotFindAnotherAuthoritysServiceUnderThisAuthority() {
        String wealdshireService = feed.ok("wealdshire/services").path("contents").get(0).path("id").asString();

        assertThat(feed.anonymous("northmoor/services/" + wealdshireService).status()).isEqualTo(404);
        assertThat(service("northmoor", "setting-up-home-allowance").path("id"))
                .as("the same key gives each authority its own id")
                .isNotEqualTo(service("wealdshire", "setting-up-home-allowance").path("id"));
    }

    @Test
    void shouldCarryNoTextThatThePublicOfferDoesNotShow() {
        JsonNode offer = graphql.anonymous(PUBLIC_OFFER, Map.of("authority", "northmoor")).data().path("offer");
        String published = offer.toString();

        for (JsonNode service : feed.ok("northmoor/services").path("contents")) {
            assertThat(texts(service)).as("name, summary, what you get, steps, contact").hasSizeGreaterThanOrEqualTo(5);
            for (String text : texts(service)) {
                assertThat(published).as("every piece of the feed's text is on the public offer").contains(JSON.writeValueAsString(text)
                        .substring(1, JSON.writeValueAsString(text).length() - 1));
            }
        }
    }

    /** The service's free text from the offer, split into the pieces the feed puts together. */
    private static List<String> texts(JsonNode service) {
        List<String> texts = new ArrayList<>(List.of(service.path("name").asString()));
        texts.addAll(List.of(service.path("description").asString().replaceFirst("\\.$", "")
                .split("\n\nWhat you get: | \\(| for |\\)")));
        service.path("application_process").asString().lines().forEach(step -> texts.add(step.replaceFirst("^\\d+\\. ", "")));
        service.path("required_documents").forEach(document -> texts.add(document.path("document").asString()));
        service.path("contacts").forEach(contact -> {
            contact.properties().stream().filter(field -> field.getValue().isString())
                    .filter(field -> !field.getKey().equals("id")).forEach(field -> texts.add(field.getValue().asString()));
            contact.path("phones").forEach(phone -> texts.add(phone.path("number").asString()));
        });
        service.path("cost_options").forEach(cost -> texts.add(cost.path("option").asString()));
        texts.removeIf(String::isBlank);
        return texts;
    }

    @Test
    void shouldNeverServeADraft() throws Exception {
        JsonNode before = feed.ok("northmoor/services");
        JsonNode draft = graphql.as(DemoUser.NORTHMOOR_ADMIN, START, Map.of()).data().path("startOfferDraft").path("draft");
        assertThat(draft.path("sections").values()).isNotEmpty();
        ObjectNode input = asInput(draft);
        ObjectNode first = (ObjectNode) input.path("sections").get(0).path("entitlements").get(0);
        first.put("title", "Draft only: not yet decided");
        ObjectNode added = first.deepCopy();
        added.put("key", "draft-only-entitlement");
        ((tools.jackson.databind.node.ArrayNode) input.path("sections").get(0).path("entitlements")).add(added);

        GraphQlHttp.Response saved = graphql.as(DemoUser.NORTHMOOR_ADMIN, SAVE, Map.of("input", JSON.convertValue(input, Map.class)));
        assertThat(saved.errors().isMissingNode()).as(saved.body()).isTrue();
        assertThat(saved.data().path("saveOfferDraft").path("userErrors").values()).as(saved.body()).isEmpty();
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADMIN, START, Map.of()).body()).as("the draft holds the change")
                .contains("Draft only: not yet decided", "draft-only-entitlement");

        JsonNode after = feed.ok("northmoor/services");
        assertThat(after).isEqualTo(before);
        assertThat(after.toString()).doesNotContain("Draft only", "draft-only-entitlement");
    }

    /** The draft as a SaveOfferDraftInput: the output's shape, with money as typed text. */
    private static ObjectNode asInput(JsonNode draft) {
        ObjectNode input = ((ObjectNode) draft).deepCopy();
        for (JsonNode section : input.path("sections")) {
            for (JsonNode entitlement : section.path("entitlements")) {
                ObjectNode what = (ObjectNode) entitlement.path("whatYouGet");
                what.put("amount", what.path("amount").isNull() ? null : what.path("amount").path("text").asString());
            }
        }
        return input;
    }

    @ParameterizedTest
    @EnumSource(DemoUser.class)
    void shouldServeTheSameFeedSignedInAsSignedOut(DemoUser user) {
        for (String authority : List.of("northmoor", "wealdshire")) {
            for (String path : List.of(authority, authority + "/services")) {
                OpenReferralHttp.Response signedIn = feed.as(user, path);
                assertThat(signedIn.status()).as(path).isEqualTo(200);
                assertThat(signedIn.json()).as(path).isEqualTo(feed.ok(path));
            }
        }
    }

    private JsonNode service(String authority, String key) {
        return OpenReferralFeedTest.service(feed.ok(authority + "/services"), key);
    }
}
