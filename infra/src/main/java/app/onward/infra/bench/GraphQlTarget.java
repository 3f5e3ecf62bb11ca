package app.onward.infra.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * POSTs one GraphQL request, with a bearer token or signed out, over HTTP/1.1 keep-alive connections (the
 * client keeps as many as the rate needs). With several bodies, each request takes the next in turn. An answer
 * counts only when it is 200 with data and without errors; its body is never printed (it may hold personal
 * data), nor is what was sent.
 *
 * <p>The answer is read as bytes and only its start is looked at: graphql-java writes {@code errors} before
 * {@code data}, so an answer that starts {@code {"data":{"<field>":{} has the field's data and no error.
 * Decoding 120 kB of public offer into a String took the generator, on the same machine as the backend, more
 * CPU than anything else it did for the request.
 */
final class GraphQlTarget implements OpenModel.Target {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI url;
    private final List<String> bodies;
    private final AtomicLong sent = new AtomicLong();
    private final byte[] dataFirst;
    private final BearerToken token;

    /**
     * @param dataField the query's top-level field, e.g. {@code caseload}: the answer must carry it.
     * @param token     null to ask signed out, as a public page does
     */
    GraphQlTarget(URI url, List<String> bodies, String dataField, BearerToken token) {
        if (bodies.isEmpty()) {
            throw new IllegalArgumentException("Nothing to send");
        }
        this.url = url;
        this.bodies = List.copyOf(bodies);
        this.dataFirst = ("{\"data\":{\"" + dataField + "\":{").getBytes(StandardCharsets.UTF_8);
        this.token = token;
    }

    @Override
    public void call() throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofSeconds(5))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(bodies.get((int) (sent.getAndIncrement() % bodies.size()))));
        if (token != null) {
            request.header("Authorization", "Bearer " + token.current());
        }
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("HTTP " + response.statusCode());
        }
        byte[] answer = response.body();
        if (answer.length < dataFirst.length || !Arrays.equals(answer, 0, dataFirst.length, dataFirst, 0, dataFirst.length)) {
            throw new IllegalStateException("GraphQL answered without data or with errors");
        }
    }
}
