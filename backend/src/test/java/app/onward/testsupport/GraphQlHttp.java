package app.onward.testsupport;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/**
 * Calls the running backend's /graphql over real HTTP, exactly as the portal or an authority's own system
 * would, so tests see real status codes (a refused token is a 401, not an exception).
 */
public final class GraphQlHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final URI endpoint;

    public GraphQlHttp(int port) {
        this.endpoint = URI.create("http://localhost:" + port + "/graphql");
    }

    public Response anonymous(String query, Map<String, Object> variables) {
        return send(query, variables, null);
    }

    public Response as(DemoUser user, String query, Map<String, Object> variables) {
        return send(query, variables, user.token());
    }

    public Response withBearer(String token, String query, Map<String, Object> variables) {
        return send(query, variables, token);
    }

    private Response send(String query, Map<String, Object> variables, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(endpoint)
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(
                            JSON.writeValueAsString(Map.of("query", query, "variables", variables))));
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    public record Response(int status, String body) {

        public JsonNode json() {
            return JSON.readTree(body);
        }

        public JsonNode data() {
            return json().path("data");
        }

        public JsonNode errors() {
            return json().path("errors");
        }
    }
}
