package app.onward.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * The checker's evaluations as the backend itself timed them: its Micrometer timer
 * {@code onward.checker.evaluation} (every entitlement of the offer assessed against one set of answers, nothing
 * else of the request), read from the actuator's metrics endpoint for one authority. The backend computes the
 * percentiles over roughly the last two minutes; read straight after the load, and with every evaluation of that
 * authority made by the load, they are the load's.
 *
 * @param count evaluations of this authority's offer since the backend started
 */
record CheckerTiming(long count, double meanMillis, double p50Millis, double p90Millis, double p99Millis,
                     double p999Millis, double maxMillis) {

    static final String METER = "onward.checker.evaluation";
    private static final ObjectMapper JSON = new ObjectMapper();

    static CheckerTiming read(String backendUrl, String authority) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        String base = backendUrl + "/actuator/metrics/";
        String tag = "tag=authority:" + authority;
        JsonNode timer = get(http, base + METER + "?" + tag);
        return of(timer, phi -> get(http, base + METER + ".percentile?" + tag + "&tag=phi:" + phi));
    }

    @FunctionalInterface
    interface Percentiles {
        JsonNode at(String phi) throws IOException, InterruptedException;
    }

    /** From the endpoint's answers: the timer's own, and one per percentile. Values there are in seconds. */
    static CheckerTiming of(JsonNode timer, Percentiles percentiles) throws IOException, InterruptedException {
        long count = (long) statistic(timer, "COUNT");
        double totalMillis = statistic(timer, "TOTAL_TIME") * 1000;
        return new CheckerTiming(count, count == 0 ? 0 : totalMillis / count,
                value(percentiles.at("0.5")), value(percentiles.at("0.9")), value(percentiles.at("0.99")),
                value(percentiles.at("0.999")), statistic(timer, "MAX") * 1000);
    }

    private static double value(JsonNode percentile) {
        return statistic(percentile, "VALUE") * 1000;
    }

    private static double statistic(JsonNode meter, String name) {
        for (JsonNode measurement : meter.path("measurements")) {
            if (name.equals(measurement.path("statistic").asText())) {
                return measurement.path("value").asDouble();
            }
        }
        throw new IllegalStateException("The backend's " + meter.path("name").asText("meter") + " has no " + name);
    }

    private static JsonNode get(HttpClient http, String url) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(url)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new IllegalStateException("The backend's metrics answered HTTP " + response.statusCode() + " for " + url);
        }
        return JSON.readTree(response.body());
    }
}
