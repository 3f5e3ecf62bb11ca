package app.onward.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One request for the page, alone, before the load, with the capture header: the backend writes every statement
 * it ran for it to the statement file (the raw SQL the load generator replays), and the answer says what the
 * page holds and how big it is. Neither the answer nor what was sent is printed: counts and sizes only.
 *
 * @param answer what the page's answer holds, and its size, in words
 */
record PageCapture(List<String> statements, String answer) {

    static final String HEADER = "X-Onward-Benchmark-Capture";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern FIRST_TABLE = Pattern.compile("\\bfrom\\s+\"onward\"\\.\"(\\w+)\"", Pattern.CASE_INSENSITIVE);

    /** @param token the user's access token; null to ask signed out */
    static PageCapture take(String graphqlUrl, Scenario scenario, String token, Path statementFile) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(graphqlUrl))
                .header("Content-Type", "application/json")
                .header(HEADER, "1")
                .POST(HttpRequest.BodyPublishers.ofString(scenario.body()));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        HttpResponse<String> response = HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200 || response.body().contains("\"errors\":")) {
            // The error's message and code only: the body may hold personal data.
            throw new IllegalStateException("The " + scenario.name() + " page failed before the load: HTTP "
                    + response.statusCode() + " " + errorCodes(response.body()));
        }
        Instant deadline = Instant.now().plusSeconds(10);
        while (!Files.exists(statementFile) && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
        List<String> statements = SqlReplay.statements(statementFile);
        if (statements.stream().noneMatch(sql -> sql.contains("\"onward\".\"" + scenario.reads() + "\""))) {
            throw new IllegalStateException("The backend read no " + scenario.reads() + " for the " + scenario.name()
                    + " page (" + statements.size() + " statements): something answered it before the capture, and the raw SQL would not be its read");
        }
        return new PageCapture(statements, answerInWords(scenario.dataField(),
                JSON.readTree(response.body()).path("data").path(scenario.dataField()),
                response.body().getBytes(StandardCharsets.UTF_8).length));
    }

    /** The table each statement reads first, in turn: "offer_version, offer_section, entitlement". */
    static String tablesRead(List<String> statements) {
        List<String> tables = new ArrayList<>();
        for (String sql : statements) {
            Matcher table = FIRST_TABLE.matcher(sql);
            tables.add(table.find() ? table.group(1) : sql.strip().split("\\s+")[0]);
        }
        return String.join(", ", tables);
    }

    /** What the page holds: its lists' sizes, without any of their content. */
    static String answerInWords(String dataField, JsonNode data, int bytes) {
        String size = String.format(Locale.UK, "%,d bytes of JSON", bytes);
        return switch (dataField) {
            case "offer" -> String.format(Locale.UK, "version %d, %d sections holding %d entitlements, and the list of all %d again; %s",
                    data.path("version").asInt(), data.path("sections").size(),
                    sum(data.path("sections"), section -> section.path("entitlements").size()),
                    data.path("entitlements").size(), size);
            case "caseload" -> String.format(Locale.UK, "%d young people of %,d; %s",
                    data.path("edges").size(), data.path("totalCount").asInt(), size);
            default -> size;
        };
    }

    private static int sum(JsonNode list, java.util.function.ToIntFunction<JsonNode> each) {
        int sum = 0;
        for (JsonNode item : list) {
            sum += each.applyAsInt(item);
        }
        return sum;
    }

    private static String errorCodes(String body) {
        Matcher codes = Pattern.compile("\"(?:classification|code)\":\"([A-Z_]+)\"").matcher(body);
        List<String> found = new ArrayList<>();
        while (codes.find()) {
            found.add(codes.group(1));
        }
        return found.isEmpty() ? "(no error code)" : found.toString();
    }
}
