package app.onward.offer;

import app.onward.testsupport.CrossTenantCase;
import app.onward.testsupport.DemoRecords;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

import java.util.HashMap;
import java.util.Map;

import static app.onward.jooq.Tables.ENTITLEMENT_CLAIM;
import static org.assertj.core.api.Assertions.assertThat;

/** Delivery: a young person says how claiming went; their adviser is told and sees it; leaders see counts only. */
@OnwardIntegrationTest
@Import(DemoRecords.class)
class EntitlementClaimsTest {

    private static final String RECORD = """
            mutation($input: RecordEntitlementClaimInput!) { recordEntitlementClaim(input: $input) {
              claim { entitlementKey status reason } userErrors { field message code } } }""";
    private static final String COUNTS = "{ entitlementClaimCounts { entitlementKey title appliedFor received refused } }";

    @LocalServerPort
    int port;
    @Autowired
    DemoRecords demo;
    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    private JsonNode record(DemoUser user, String key, String status, String reason) {
        Map<String, Object> input = new HashMap<>(Map.of("entitlementKey", key, "status", status));
        if (reason != null) {
            input.put("reason", reason);
        }
        GraphQlHttp.Response response = graphql.as(user, RECORD, Map.of("input", input));
        assertThat(response.errors().isMissingNode()).as(response.body()).isTrue();
        return response.data().path("recordEntitlementClaim");
    }

    private JsonNode count(DemoUser user, String key) {
        for (JsonNode count : graphql.as(user, COUNTS, Map.of()).data().path("entitlementClaimCounts")) {
            if (count.path("entitlementKey").asString().equals(key)) {
                return count;
            }
        }
        return null;
    }

    @Test
    void shouldKeepWhereEachClaimStandsTellTheAdviserAndCountItForLeaders() {
        JsonNode before = count(DemoUser.NORTHMOOR_LEADER, "leisure-pass");
        int receivedBefore = before == null ? 0 : before.path("received").asInt();

        assertThat(record(DemoUser.NORTHMOOR_CARE_LEAVER, "leisure-pass", "APPLIED_FOR", null).path("userErrors").values()).isEmpty();
        JsonNode received = record(DemoUser.NORTHMOOR_CARE_LEAVER, "leisure-pass", "RECEIVED", null);

        assertThat(received.path("claim").path("status").asString()).isEqualTo("RECEIVED");
        JsonNode mine = graphql.as(DemoUser.NORTHMOOR_CARE_LEAVER, "{ mine { entitlementClaims { entitlementKey status } } }", Map.of())
                .data().path("mine").path("entitlementClaims");
        assertThat(mine.values()).filteredOn(claim -> claim.path("entitlementKey").asString().equals("leisure-pass"))
                .singleElement().satisfies(claim -> assertThat(claim.path("status").asString()).isEqualTo("RECEIVED"));

        String tyler = demo.youngPerson("northmoor", "Tyler");
        JsonNode seenByAdviser = graphql.as(DemoUser.NORTHMOOR_ADVISER, "query($id: ID!) { youngPerson(id: $id) { entitlementClaims { entitlementKey title status } } }",
                Map.of("id", tyler)).data().path("youngPerson").path("entitlementClaims");
        assertThat(seenByAdviser.values()).extracting(claim -> claim.path("entitlementKey").asString() + " " + claim.path("status").asString())
                .contains("leisure-pass RECEIVED");
        assertThat(seenByAdviser.values()).extracting(claim -> claim.path("title").asString()).contains("Northmoor leisure pass");
        assertThat(graphql.as(DemoUser.NORTHMOOR_ADVISER, "{ notices { kind youngPerson { id } } }", Map.of()).data().path("notices").values())
                .anySatisfy(notice -> {
                    assertThat(notice.path("kind").asString()).isEqualTo("ENTITLEMENT_CLAIM_RECORDED");
                    assertThat(notice.path("youngPerson").path("id").asString()).isEqualTo(tyler);
                });

        JsonNode after = count(DemoUser.NORTHMOOR_LEADER, "leisure-pass");
        assertThat(after.path("received").asInt()).as("counted once, where it stands now").isEqualTo(receivedBefore + 1);
        assertThat(after.path("title").asString()).isEqualTo("Northmoor leisure pass");
        assertThat(graphql.as(DemoUser.NORTHMOOR_LEADER, COUNTS, Map.of()).body()).doesNotContain("Tyler", tyler);
    }

    @Test
    void shouldAskWhyWhenRefusedAndRefuseWhatIsNotInTheOffer() {
        int before = demo.as("northmoor", () -> demo.dsl().fetchCount(ENTITLEMENT_CLAIM));

        assertThat(record(DemoUser.NORTHMOOR_CARE_LEAVER, "free-wifi", "REFUSED", " ").path("userErrors").values())
                .extracting(error -> error.path("field").asString() + " " + error.path("code").asString()).containsExactly("reason REQUIRED");
        assertThat(record(DemoUser.NORTHMOOR_CARE_LEAVER, "free-wifi", "RECEIVED", "Because").path("userErrors").values())
                .extracting(error -> error.path("field").asString()).containsExactly("reason");
        assertThat(record(DemoUser.NORTHMOOR_CARE_LEAVER, "council-tax-help", "APPLIED_FOR", null).path("userErrors").values())
                .as("Wealdshire's entitlement is not in Northmoor's offer")
                .extracting(error -> error.path("field").asString() + " " + error.path("code").asString()).containsExactly("entitlementKey NOT_FOUND");
        assertThat(record(DemoUser.NORTHMOOR_CARE_LEAVER, "free-wifi", "REFUSED", "x".repeat(501)).path("userErrors").get(0)
                .path("code").asString()).isEqualTo("TOO_LONG");
        assertThat(demo.as("northmoor", () -> demo.dsl().fetchCount(ENTITLEMENT_CLAIM))).as("nothing written").isEqualTo(before);

        JsonNode refused = record(DemoUser.NORTHMOOR_CARE_LEAVER, "free-wifi", "REFUSED", "They said my flat is not ready yet");
        assertThat(refused.path("claim").path("reason").asString()).isEqualTo("They said my flat is not ready yet");
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"NORTHMOOR_ADVISER", "NORTHMOOR_LEADER", "NORTHMOOR_ADMIN"})
    void shouldLetOnlyAYoungPersonRecordTheirOwnClaims(DemoUser user) {
        GraphQlHttp.Response response = graphql.as(user, RECORD, Map.of("input", Map.of("entitlementKey", "free-wifi", "status", "APPLIED_FOR")));
        assertThat(response.errors().get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"NORTHMOOR_CARE_LEAVER", "NORTHMOOR_ADVISER", "NORTHMOOR_YOUTH_VOICE"})
    void shouldShowCountsOnlyToLeadersManagersAndAdmins(DemoUser user) {
        assertThat(graphql.as(user, COUNTS, Map.of()).errors().get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
    }

    @Test
    @CrossTenantCase({"entitlementClaimCounts", "recordEntitlementClaim"})
    void shouldKeepEachAuthoritysClaimsAndCountsToItself() {
        assertThat(record(DemoUser.WEALDSHIRE_CARE_LEAVER, "mobile-data", "RECEIVED", null).path("userErrors").values()).isEmpty();
        assertThat(record(DemoUser.NORTHMOOR_CARE_LEAVER, "free-wifi", "APPLIED_FOR", null).path("userErrors").values()).isEmpty();

        assertThat(graphql.as(DemoUser.NORTHMOOR_LEADER, COUNTS, Map.of()).data().path("entitlementClaimCounts").values())
                .extracting(count -> count.path("entitlementKey").asString()).doesNotContain("mobile-data");
        assertThat(graphql.as(DemoUser.WEALDSHIRE_LEADER, COUNTS, Map.of()).data().path("entitlementClaimCounts").values())
                .extracting(count -> count.path("entitlementKey").asString()).contains("mobile-data").doesNotContain("free-wifi");
        assertThat(graphql.as(DemoUser.WEALDSHIRE_CARE_LEAVER, "{ mine { entitlementClaims { entitlementKey } } }", Map.of())
                .data().path("mine").path("entitlementClaims").values()).extracting(claim -> claim.path("entitlementKey").asString())
                .doesNotContain("free-wifi", "leisure-pass");
    }
}
