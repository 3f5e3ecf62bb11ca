package app.onward.settings;

import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** An authority's review period and non-working days: tenant admins change them, staff read them. */
@OnwardIntegrationTest
class AuthoritySettingsTest {

    private static final String SETTINGS = """
            { authoritySettings { reviewAfterChangeWorkingDays bankHolidaysCheckedOn
              nonWorkingDays(from: "2026-12-01", to: "2026-12-31") { day description local } } }""";

    @LocalServerPort
    int port;

    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    @Test
    void shouldShowTheDefaultReviewPeriodAndTheBankHolidaysWithTheDateTheyWereChecked() {
        JsonNode settings = graphql.as(DemoUser.WEALDSHIRE_ADMIN, SETTINGS, Map.of()).data().path("authoritySettings");
        assertThat(settings.path("reviewAfterChangeWorkingDays").asInt()).isEqualTo(20);
        assertThat(settings.path("bankHolidaysCheckedOn").asString()).isEqualTo("2026-11-22");
        assertThat(settings.path("nonWorkingDays").values()).extracting(day -> day.path("day").asString() + ":" + day.path("local").asBoolean())
                .containsExactly("2026-12-25:false", "2026-12-28:false");
    }

    @Test
    void shouldLetATenantAdminAddAndRemoveTheirOwnNonWorkingDay() {
        String add = "mutation { addNonWorkingDay(input: { day: \"2026-12-24\", description: \"Christmas Eve closure\" }) { settings { nonWorkingDays(from: \"2026-12-24\", to: \"2026-12-24\") { description local } } userErrors { field code } } }";
        JsonNode added = graphql.as(DemoUser.WEALDSHIRE_ADMIN, add, Map.of()).data().path("addNonWorkingDay");
        try {
            assertThat(added.path("settings").path("nonWorkingDays").get(0).path("local").asBoolean()).isTrue();
            JsonNode twice = graphql.as(DemoUser.WEALDSHIRE_ADMIN, add, Map.of()).data().path("addNonWorkingDay");
            assertThat(twice.path("userErrors").get(0).path("field").asString()).isEqualTo("day");
        } finally {
            graphql.as(DemoUser.WEALDSHIRE_ADMIN, "mutation { removeNonWorkingDay(input: { day: \"2026-12-24\" }) { userErrors { code } } }", Map.of());
        }
        assertThat(graphql.as(DemoUser.WEALDSHIRE_ADMIN, "{ authoritySettings { nonWorkingDays(from: \"2026-12-24\", to: \"2026-12-24\") { day } } }", Map.of())
                .data().path("authoritySettings").path("nonWorkingDays").values()).isEmpty();
    }

    @Test
    void shouldRefuseAReviewPeriodOutOfRange() {
        JsonNode refused = graphql.as(DemoUser.WEALDSHIRE_ADMIN, "mutation { updateAuthoritySettings(input: { reviewAfterChangeWorkingDays: 0 }) { settings { reviewAfterChangeWorkingDays } userErrors { field code } } }",
                Map.of()).data().path("updateAuthoritySettings");
        assertThat(refused.path("settings").isNull()).isTrue();
        assertThat(refused.path("userErrors").get(0).path("field").asString()).isEqualTo("reviewAfterChangeWorkingDays");
    }

    @ParameterizedTest
    @EnumSource(value = DemoUser.class, names = {"WEALDSHIRE_ADVISER", "WEALDSHIRE_MANAGER", "WEALDSHIRE_CARE_LEAVER", "WEALDSHIRE_LEADER"})
    void shouldLetOnlyATenantAdminChangeTheSettings(DemoUser user) {
        GraphQlHttp.Response response = graphql.as(user, "mutation { updateAuthoritySettings(input: { reviewAfterChangeWorkingDays: 15 }) { userErrors { code } } }", Map.of());
        assertThat(response.errors().get(0).path("extensions").path("code").asString()).isEqualTo("FORBIDDEN");
    }
}
