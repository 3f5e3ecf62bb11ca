package app.onward.infra.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Real tokens from Keycloak's token endpoint, for tests and scripts. Uses the development client
 * {@code onward-dev-cli}, which only the development run and tests add to the realms.
 */
public final class KeycloakTokens {

    public static final String DEV_CLI_CLIENT_ID = "onward-dev-cli";

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private KeycloakTokens() {
    }

    /** The tokens of a successful request. {@code idToken} is null unless the {@code openid} scope was asked for. */
    public record Tokens(String accessToken, String idToken) {
    }

    /** Keycloak said no: the HTTP status and the body (an OAuth error such as {@code invalid_grant}). */
    public static final class TokenRequestRefused extends RuntimeException {

        private final int status;
        private final String body;

        TokenRequestRefused(String endpoint, int status, String body) {
            super("Token request to " + endpoint + " refused: HTTP " + status + " " + body);
            this.status = status;
            this.body = body;
        }

        public int status() {
            return status;
        }

        public String body() {
            return body;
        }
    }

    /** Signs {@code username} in to {@code realm} with the password grant; returns the access token. */
    public static String passwordGrant(String baseUrl, String realm, String username, String password) {
        Map<String, String> form = new LinkedHashMap<>();
        form.put("grant_type", "password");
        form.put("client_id", DEV_CLI_CLIENT_ID);
        form.put("username", username);
        form.put("password", password);
        return request(baseUrl, realm, form).accessToken();
    }

    /** Any request to the token endpoint of {@code realm}, the form given as is. */
    public static Tokens request(String baseUrl, String realm, Map<String, String> form) {
        String endpoint = baseUrl.replaceAll("/+$", "") + "/realms/" + realm + "/protocol/openid-connect/token";
        HttpRequest request = HttpRequest.newBuilder(URI.create(endpoint))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(formEncoded(form)))
                .build();
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new TokenRequestRefused(endpoint, response.statusCode(), response.body());
            }
            JsonNode body = JSON.readTree(response.body());
            return new Tokens(body.path("access_token").textValue(), body.path("id_token").textValue());
        } catch (IOException e) {
            throw new UncheckedIOException("Token request to " + endpoint + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted during a token request to " + endpoint, e);
        }
    }

    private static String formEncoded(Map<String, String> form) {
        return form.entrySet().stream()
                .map(field -> URLEncoder.encode(field.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(field.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }
}
