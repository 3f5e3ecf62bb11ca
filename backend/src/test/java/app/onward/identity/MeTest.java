package app.onward.identity;

import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@OnwardIntegrationTest
class MeTest {

    @LocalServerPort
    int port;

    @Test
    void shouldDescribeASignedInPersonalAdviserFromTheirToken() {
        JsonNode me = new GraphQlHttp(port).as(DemoUser.NORTHMOOR_ADVISER,
                "{ me { subject name username email roles authority { slug name signInIssuer } } }", Map.of()).data().path("me");
        assertThat(me.path("username").asString()).isEqualTo("northmoor.adviser");
        assertThat(me.path("name").asString()).isNotBlank().doesNotContain("northmoor.adviser");
        assertThat(me.path("subject").asString()).isNotBlank();
        assertThat(me.path("roles").values()).extracting(JsonNode::asString).containsExactly("PERSONAL_ADVISER");
        assertThat(me.path("authority").path("name").asString()).isEqualTo("Northmoor City Council");
    }

    @Test
    void shouldGiveAPlatformAdminNoAuthority() {
        JsonNode me = new GraphQlHttp(port).as(DemoUser.PLATFORM_ADMIN, "{ me { username roles authority { slug } } }", Map.of())
                .data().path("me");
        assertThat(me.path("roles").values()).extracting(JsonNode::asString).containsExactly("PLATFORM_ADMIN");
        assertThat(me.path("authority").isNull()).isTrue();
    }
}
