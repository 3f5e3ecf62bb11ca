package app.onward.infra.keycloak;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/** One real Keycloak, the realm files imported with the dev client, and real tokens for every demo user. */
class KeycloakServerTest {

    private static final String PORTAL_URL = "http://localhost:18080";
    private static final String PORTAL_SECRET = "test-portal-secret";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final RealmImporter IMPORTER = RealmImporter.forPortal(PORTAL_URL, PORTAL_SECRET).withDevCliClient();

    private static KeycloakServer server;

    @BeforeAll
    static void startKeycloakWithTheRealms() throws IOException {
        server = KeycloakServer.start(KeycloakServer.Options.withFreePorts("test"));
        IMPORTER.importInto(server.adminClient());
    }

    @AfterAll
    static void stopKeycloak() {
        if (server != null) {
            server.close();
        }
    }

    static List<DemoSignIn> demoSignIns() {
        return DemoSignIns.all();
    }

    @ParameterizedTest
    @MethodSource("demoSignIns")
    void demoUserGetsAnAccessTokenForTheApiWithExactlyTheirRole(DemoSignIn demo) {
        String token = KeycloakTokens.passwordGrant(server.baseUrl(), demo.realm(), demo.username(), demo.password());

        JsonNode claims = payload(token);
        assertThat(claims.path("iss").asText()).isEqualTo(server.issuer(demo.realm()));
        assertThat(strings(claims.path("aud"))).contains("onward-api");
        // Only the Onward role: the realms' default role is empty, so no offline_access or
        // uma_authorization, and imported users do not get the default role itself.
        assertThat(strings(claims.at("/realm_access/roles"))).containsExactly(demo.role());
        assertThat(claims.path("preferred_username").asText()).isEqualTo(demo.username());
    }

    @Test
    void issuerIsThePublicUrlHoweverKeycloakIsReached() {
        DemoSignIn demo = DemoSignIns.all().getFirst();

        String token = KeycloakTokens.passwordGrant("http://127.0.0.1:" + server.port(), demo.realm(), demo.username(),
                demo.password());

        assertThat(payload(token).path("iss").asText())
                .isEqualTo(server.issuer(demo.realm()))
                .startsWith("http://localhost:" + server.port() + "/realms/");
    }

    @Test
    void idTokenCarriesTheRealmRolesToo() {
        DemoSignIn adviser = signIn("northmoor.adviser");

        KeycloakTokens.Tokens tokens = KeycloakTokens.request(server.baseUrl(), adviser.realm(), Map.of(
                "grant_type", "password", "client_id", KeycloakTokens.DEV_CLI_CLIENT_ID, "scope", "openid",
                "username", adviser.username(), "password", adviser.password()));

        JsonNode idToken = payload(tokens.idToken());
        assertThat(strings(idToken.at("/realm_access/roles"))).containsExactly("personal-adviser");
        assertThat(idToken.path("name").asText()).isEqualTo(adviser.fullName());
        assertThat(idToken.path("email").asText()).endsWith("@northmoor.example");
    }

    @Test
    void wrongPasswordIsRefused() {
        DemoSignIn careLeaver = signIn("wealdshire.careleaver");

        assertThatThrownBy(() -> KeycloakTokens.passwordGrant(server.baseUrl(), careLeaver.realm(),
                careLeaver.username(), "not-the-password"))
                .isInstanceOfSatisfying(KeycloakTokens.TokenRequestRefused.class, refused -> {
                    // Keycloak 26.7 answers 400 here, as RFC 6749 section 5.2 says, where older ones said 401.
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.body()).contains("invalid_grant");
                });
    }

    @Test
    void portalClientDoesNotAllowThePasswordGrant() {
        DemoSignIn admin = signIn("northmoor.admin");

        assertThatThrownBy(() -> KeycloakTokens.request(server.baseUrl(), admin.realm(), Map.of(
                "grant_type", "password", "client_id", "onward-portal", "client_secret", PORTAL_SECRET,
                "username", admin.username(), "password", admin.password())))
                .isInstanceOfSatisfying(KeycloakTokens.TokenRequestRefused.class, refused -> {
                    assertThat(refused.status()).isEqualTo(400);
                    assertThat(refused.body()).contains("unauthorized_client");
                });
    }

    @Test
    void portalClientIsConfidentialWithTheCodeFlowAndPkceOnly() {
        RealmResource northmoor = server.adminClient().realm("onward-northmoor");
        ClientRepresentation portal = northmoor.clients().findByClientId("onward-portal").getFirst();

        assertThat(portal.isPublicClient()).isFalse();
        assertThat(northmoor.clients().get(portal.getId()).getSecret().getValue()).isEqualTo(PORTAL_SECRET);
        assertThat(portal.isStandardFlowEnabled()).isTrue();
        assertThat(portal.isImplicitFlowEnabled()).isFalse();
        assertThat(portal.isDirectAccessGrantsEnabled()).isFalse();
        assertThat(portal.isServiceAccountsEnabled()).isFalse();
        assertThat(portal.getRedirectUris()).containsExactly(PORTAL_URL + "/*");
        assertThat(portal.getAttributes())
                .containsEntry("pkce.code.challenge.method", "S256")
                .containsEntry("post.logout.redirect.uris", PORTAL_URL + "/*");
    }

    @Test
    void realmsHaveTheAuthoritysNameAndShortLivedTokens() {
        RealmRepresentation wealdshire = server.adminClient().realm("onward-wealdshire").toRepresentation();

        assertThat(wealdshire.getDisplayName()).isEqualTo("Wealdshire County Council");
        assertThat(wealdshire.isBruteForceProtected()).isTrue();
        assertThat(wealdshire.getAccessTokenLifespan()).isEqualTo(300);
        assertThat(wealdshire.getSsoSessionIdleTimeout()).isEqualTo(1800);
    }

    @Test
    void importingAgainReplacesEachRealmWithItsFile() {
        RealmResource northmoor = server.adminClient().realm("onward-northmoor");
        String manager = northmoor.users().searchByUsername("northmoor.manager", true).getFirst().getId();
        northmoor.users().delete(manager).close();

        List<String> imported = IMPORTER.importInto(server.adminClient());

        assertThat(imported).containsExactly("onward-platform", "onward-northmoor", "onward-wealdshire");
        assertThat(server.adminClient().realms().findAll()).extracting(RealmRepresentation::getRealm)
                .containsExactlyInAnyOrder("master", "onward-platform", "onward-northmoor", "onward-wealdshire");
        DemoSignIn restored = signIn("northmoor.manager");
        assertThat(payload(KeycloakTokens.passwordGrant(server.baseUrl(), restored.realm(), restored.username(),
                restored.password())).path("preferred_username").asText()).isEqualTo("northmoor.manager");
    }

    private static DemoSignIn signIn(String username) {
        return DemoSignIns.all().stream().filter(demo -> demo.username().equals(username)).findFirst().orElseThrow();
    }

    /** The claims of a JWT, read without checking its signature (Keycloak just issued it to us). */
    private static JsonNode payload(String jwt) {
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(jwt.split("\\.")[1]));
        } catch (IOException e) {
            throw new AssertionError("Not a JWT: " + jwt, e);
        }
    }

    /** A claim that may be a single string or an array of them (as {@code aud} is). */
    private static List<String> strings(JsonNode claim) {
        List<String> values = new ArrayList<>();
        if (claim.isArray()) {
            claim.forEach(value -> values.add(value.asText()));
        } else if (claim.isTextual()) {
            values.add(claim.asText());
        }
        return values;
    }
}
