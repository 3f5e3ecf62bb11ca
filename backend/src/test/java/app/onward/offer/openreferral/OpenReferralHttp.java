package app.onward.offer.openreferral;

import app.onward.testsupport.DemoUser;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** GETs from the running backend's Open Referral feed over real HTTP, signed out or with a demo user's token. */
final class OpenReferralHttp {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final HttpClient HTTP = HttpClient.newHttpClient();

    private final String base;

    OpenReferralHttp(int port) {
        this.base = "http://localhost:" + port + "/open-referral/";
    }

    Response anonymous(String path) {
        return get(path, null);
    }

    Response as(DemoUser user, String path) {
        return get(path, user.token());
    }

    /** The body of a 200 answer; anything else fails the test, saying what came back. */
    JsonNode ok(String path) {
        Response response = anonymous(path);
        if (response.status() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.status() + ": " + response.body());
        }
        return response.json();
    }

    private Response get(String path, String token) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).GET();
            if (token != null) {
                request.header("Authorization", "Bearer " + token);
            }
            HttpResponse<String> response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Access-Control-Allow-Origin").orElse(null), response.body());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    record Response(int status, String contentType, String allowOrigin, String body) {

        JsonNode json() {
            return JSON.readTree(body);
        }
    }
}
