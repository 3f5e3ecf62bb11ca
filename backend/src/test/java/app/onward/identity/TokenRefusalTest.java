package app.onward.identity;

import app.onward.infra.keycloak.KeycloakTokens;
import app.onward.tenant.TenantAdministration;
import app.onward.testsupport.DemoUser;
import app.onward.testsupport.GraphQlHttp;
import app.onward.testsupport.OnwardIntegrationTest;
import app.onward.testsupport.TestStack;
import com.nimbusds.jose.JOSEObjectType;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.keycloak.representations.idm.ClientRepresentation;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Only tokens of known, active authorities' realms, signed by them, unexpired and meant for Onward get in. */
@OnwardIntegrationTest
class TokenRefusalTest {

    private static final String ME = "{ me { name } }";

    @LocalServerPort
    int port;
    @Autowired
    TenantAdministration administration;

    GraphQlHttp graphql;

    @BeforeEach
    void connect() {
        graphql = new GraphQlHttp(port);
    }

    @Test
    void shouldAcceptARealTokenOfAnActiveAuthority() {
        GraphQlHttp.Response response = graphql.as(DemoUser.NORTHMOOR_ADVISER, ME, Map.of());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.data().path("me").path("name").asString()).isNotBlank();
    }

    @Test
    void shouldRefuseATokenFromAnUnknownIssuer() throws Exception {
        String token = selfSigned("http://localhost:1/realms/onward-elsewhere", "someone", Instant.now().plusSeconds(300));
        assertThat(graphql.withBearer(token, ME, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseATokenWithTheRightIssuerButAnotherSignature() throws Exception {
        String token = selfSigned(TestStack.keycloak().issuer("onward-northmoor"), "someone", Instant.now().plusSeconds(300));
        assertThat(graphql.withBearer(token, ME, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseARealTokenWhosePayloadWasChanged() {
        String[] parts = DemoUser.NORTHMOOR_CARE_LEAVER.token().split("\\.");
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]))
                .replace("\"care-leaver\"", "\"tenant-admin\"");
        String tampered = parts[0] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes()) + "." + parts[2];
        assertThat(graphql.withBearer(tampered, ME, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseAnExpiredRealToken() throws Exception {
        String clientId = "onward-expiry-test";
        var clients = TestStack.keycloak().adminClient().realm("onward-northmoor").clients();
        if (clients.findByClientId(clientId).isEmpty()) {
            ClientRepresentation devClient = clients.findByClientId("onward-dev-cli").getFirst();
            devClient.setId(null);
            devClient.setClientId(clientId);
            // Keycloak counts whole seconds from a floored iat: 5 s leaves the "fresh" call a safe margin.
            devClient.getAttributes().put("access.token.lifespan", "5");
            devClient.getProtocolMappers().forEach(mapper -> mapper.setId(null));
            clients.create(devClient).close();
        }
        String token = passwordGrant(clientId);
        assertThat(graphql.withBearer(token, ME, Map.of()).status()).as("fresh").isEqualTo(200);
        Thread.sleep(6_100);
        assertThat(graphql.withBearer(token, ME, Map.of()).status()).as("expired").isEqualTo(401);
    }

    @Test
    void shouldRefuseARealTokenNotMeantForOnward() {
        String adminCliToken = passwordGrant("admin-cli");
        assertThat(graphql.withBearer(adminCliToken, ME, Map.of()).status()).isEqualTo(401);
    }

    @Test
    void shouldRefuseTokensOfASuspendedAuthorityAndAcceptThemAgainWhenReactivated() {
        String token = DemoUser.WEALDSHIRE_ADVISER.token();
        try {
            administration.suspend("wealdshire");
            assertThat(graphql.withBearer(token, ME, Map.of()).status()).isEqualTo(401);
        } finally {
            administration.reactivate("wealdshire");
        }
        assertThat(graphql.withBearer(token, ME, Map.of()).status()).isEqualTo(200);
    }

    @Test
    void shouldAnswerEveryMalformedTokenWith401AndNever500() throws Exception {
        String unsigned = Base64.getUrlEncoder().withoutPadding().encodeToString("{\"alg\":\"none\"}".getBytes()) + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(
                ("{\"iss\":\"" + TestStack.keycloak().issuer("onward-northmoor") + "\",\"sub\":\"x\"}").getBytes()) + ".";
        for (String token : List.of("garbage", "a.b.c", "...", unsigned, "eyJhbGciOiJSUzI1NiJ9.e30.AAAA",
                selfSigned("", "x", Instant.now().plusSeconds(60)))) {
            assertThat(graphql.withBearer(token, ME, Map.of()).status()).as(token).isEqualTo(401);
        }
    }

    @Test
    void shouldTellAnAnonymousCallerOfMeToSignInWithACode() {
        GraphQlHttp.Response response = graphql.anonymous(ME, Map.of());
        assertThat(response.status()).isEqualTo(200);
        assertThat(response.errors().get(0).path("extensions").path("code").asString()).isEqualTo("UNAUTHENTICATED");
        assertThat(response.body()).doesNotContain("Exception", "at app.onward");
    }

    private static String passwordGrant(String clientId) {
        return KeycloakTokens.request(TestStack.keycloak().baseUrl(), "onward-northmoor", Map.of(
                "grant_type", "password", "client_id", clientId,
                "username", "northmoor.adviser", "password", DemoUser.PASSWORD)).accessToken();
    }

    private static String selfSigned(String issuer, String subject, Instant expires) throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair keys = generator.generateKeyPair();
        SignedJWT jwt = new SignedJWT(
                new JWSHeader.Builder(JWSAlgorithm.RS256).type(JOSEObjectType.JWT).keyID("forged").build(),
                new JWTClaimsSet.Builder().issuer(issuer).subject(subject).audience("onward-api")
                        .expirationTime(Date.from(expires)).issueTime(new Date())
                        .claim("realm_access", Map.of("roles", List.of("tenant-admin"))).build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) keys.getPrivate()));
        return jwt.serialize();
    }
}
