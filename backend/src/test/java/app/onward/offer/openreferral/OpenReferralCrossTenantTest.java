package app.onward.offer.openreferral;

import app.onward.testsupport.DemoUser;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The feed's part of the cross-tenant suite ({@code CrossTenantIsolationTest} covers GraphQL fields, and this is
 * REST): with a real token of one authority, another authority's feed is exactly its public feed, and holds
 * nothing of the caller's own authority.
 */
@OnwardIntegrationTest
class OpenReferralCrossTenantTest {

    @LocalServerPort
    int port;
    OpenReferralHttp feed;

    @BeforeEach
    void connect() {
        feed = new OpenReferralHttp(port);
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = "PLATFORM_ADMIN", mode = EnumSource.Mode.EXCLUDE)
    void shouldShowAnyUserAnotherAuthoritysPublicFeedAndNothingElse(DemoUser user) {
        String other = user.authority().equals("northmoor") ? "wealdshire" : "northmoor";
        OpenReferralHttp.Response response = feed.as(user, other + "/services");
        assertThat(response.status()).as(response.body()).isEqualTo(200);
        JsonNode theirs = response.json();
        JsonNode own = feed.as(user, user.authority() + "/services").json();

        assertThat(theirs).isEqualTo(feed.ok(other + "/services"));
        assertThat(ids(theirs)).doesNotContainAnyElementsOf(ids(own));
        assertThat(theirs.path("contents").values()).allSatisfy(service -> {
            assertThat(service.path("url").asString()).contains("/" + other + "/offer/");
            assertThat(service.path("organization").path("name").asString()).isNotEqualTo(own.path("contents").get(0)
                    .path("organization").path("name").asString());
        });
        for (String id : ids(own)) {
            assertThat(feed.as(user, other + "/services/" + id).status()).as("their own service, asked of another authority")
                    .isEqualTo(404);
        }
    }

    private static List<String> ids(JsonNode services) {
        return services.path("contents").values().stream().map(service -> service.path("id").asString()).toList();
    }
}
