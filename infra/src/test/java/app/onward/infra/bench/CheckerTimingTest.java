package app.onward.infra.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The backend's own timing of the checker, read from the actuator's answers (in seconds) into milliseconds. */
class CheckerTimingTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void shouldReadCountMeanPercentilesAndMaxInMilliseconds() throws Exception {
        JsonNode timer = json.readTree("""
                {"name":"onward.checker.evaluation","baseUnit":"seconds","measurements":[
                  {"statistic":"COUNT","value":4000.0},{"statistic":"TOTAL_TIME","value":0.8},{"statistic":"MAX","value":0.0031}],
                 "availableTags":[]}""");
        Map<String, Double> percentiles = Map.of("0.5", 0.00018, "0.9", 0.00025, "0.99", 0.00061, "0.999", 0.0012);

        CheckerTiming timing = CheckerTiming.of(timer, phi -> json.readTree(
                "{\"measurements\":[{\"statistic\":\"VALUE\",\"value\":" + percentiles.get(phi) + "}]}"));

        assertThat(timing.count()).isEqualTo(4_000);
        assertThat(timing.meanMillis()).isCloseTo(0.2, within(1e-9));
        assertThat(timing.p50Millis()).isCloseTo(0.18, within(1e-9));
        assertThat(timing.p99Millis()).isCloseTo(0.61, within(1e-9));
        assertThat(timing.p999Millis()).isCloseTo(1.2, within(1e-9));
        assertThat(timing.maxMillis()).isCloseTo(3.1, within(1e-9));
    }
}
