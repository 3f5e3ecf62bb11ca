package app.onward.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * POSTs one GraphQL request with a bearer token over HTTP/1.1 keep-alive connections (the client keeps
 * as many as the rate needs). An answer counts only when it is 200 with data and without errors; its body
 * is never printed (it holds personal data).
 */
final class GraphQlTarget implements OpenModel.Target {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI url;
    private final String body;
    private final String dataField;
    private final BearerToken token;

    /** @param dataField the query's top-level field, e.g. {@code caseload}: the answer must carry it. */
    GraphQlTarget(URI url, String body, String dataField, BearerToken token) {
        this.url = url;
        this.body = body;
        this.dataField = "\"data\":{\"" + dataField + "\":{";
        this.token = token;
    }

    @Override
    public void call() throws Exception {
        HttpRequest request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .header("Authorization", "Bearer " + token.current())
                .POST(HttpRequest.BodyPublishers.ofString(body))
                .build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        String answer = response.body();
        if (!answer.contains(dataField) || answer.contains("\"errors\":")) {
            throw new IllegalStateException("GraphQL answered without data or with errors");
        }
    }
}
