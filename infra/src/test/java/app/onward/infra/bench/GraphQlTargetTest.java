package app.onward.infra.bench;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What counts as an answer, against a real HTTP server standing in for the backend. */
class GraphQlTargetTest {

    private HttpServer server;
    private volatile int status = 200;
    private volatile String answer;
    private final List<String> sent = new CopyOnWriteArrayList<>();
    private final List<String> authorizations = new CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/graphql", exchange -> {
            sent.add(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            authorizations.add(String.valueOf(exchange.getRequestHeaders().getFirst("Authorization")));
            byte[] body = answer.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(status, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldCountOnlyAnAnswerWithTheFieldsDataAndNoErrors() {
        GraphQlTarget offer = target(List.of("{}"));

        answer = "{\"data\":{\"offer\":{\"version\":2,\"title\":\"Our offer to you – £3,000\"}}}";
        assertThatCode(offer::call).doesNotThrowAnyException();

        answer = "{\"errors\":[{\"message\":\"Too deep\"}],\"data\":{\"offer\":{\"version\":2}}}";
        assertThatThrownBy(offer::call).hasMessageContaining("without data or with errors");
        answer = "{\"data\":{\"offer\":null}}";
        assertThatThrownBy(offer::call).hasMessageContaining("without data or with errors");
        answer = "{\"data\":{\"caseload\":{}}}";
        assertThatThrownBy(offer::call).hasMessageContaining("without data or with errors");
        answer = "{";
        assertThatThrownBy(offer::call).hasMessageContaining("without data or with errors");
        status = 503;
        answer = "{\"data\":{\"offer\":{}}}";
        assertThatThrownBy(offer::call).hasMessageContaining("HTTP 503");
    }

    @Test
    void shouldSendEachBodyInTurnSignedOut() throws Exception {
        answer = "{\"data\":{\"offer\":{}}}";
        GraphQlTarget offer = target(List.of("{\"query\":\"a\"}", "{\"query\":\"b\"}"));

        for (int i = 0; i < 3; i++) {
            offer.call();
        }

        assertThat(sent).containsExactly("{\"query\":\"a\"}", "{\"query\":\"b\"}", "{\"query\":\"a\"}");
        assertThat(authorizations).containsOnly("null");
    }

    private GraphQlTarget target(List<String> bodies) {
        return new GraphQlTarget(URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/graphql"), bodies, "offer", null);
    }
}
