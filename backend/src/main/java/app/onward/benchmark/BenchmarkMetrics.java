package app.onward.benchmark;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The offer benchmark reads the checker's own timing from inside the backend ({@code onward.checker.evaluation},
 * see EntitlementChecker) on the actuator's metrics endpoint. Only the benchmark exposes that endpoint
 * ({@code management.endpoints.web.exposure.include=health,metrics}, set by the benchmark run) and only this
 * chain lets it through, read-only; it exists only with the benchmark volume, which the backend refuses under
 * the {@code prod} profile (BenchmarkVolume). Everywhere else the API's own chain refuses every actuator path
 * but health. The meters hold counts and durations, tagged by authority: nothing anyone answered.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty("onward.benchmark.young-people-per-authority")
class BenchmarkMetrics {

    @Bean
    @Order(1)
    SecurityFilterChain metricsForTheBenchmark(HttpSecurity http) throws Exception {
        return http
                .securityMatcher("/actuator/metrics/**")
                .csrf(AbstractHttpConfigurer::disable)
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers(HttpMethod.GET, "/actuator/metrics/**").permitAll()
                        .anyRequest().denyAll())
                .build();
    }
}
