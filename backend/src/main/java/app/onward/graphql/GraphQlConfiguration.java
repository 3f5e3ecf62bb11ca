package app.onward.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import io.micrometer.observation.ObservationPredicate;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

import java.time.Duration;

/** Limits every query's depth and cost, and the API's concurrent work, so no request can take the service down. */
@Configuration(proxyBeanMethods = false)
class GraphQlConfiguration {

    @Bean
    RuntimeWiringConfigurer scalars() {
        return wiring -> wiring.scalar(ExtendedScalars.DateTime).scalar(ExtendedScalars.Date);
    }

    /** Before security, so that refusing costs no token check. */
    @Bean
    FilterRegistrationBean<OverloadGuard> overloadGuard(
            @Value("${onward.overload.max-concurrent-requests:64}") int maxConcurrentRequests,
            @Value("${onward.overload.queue-wait:1s}") Duration wait) {
        var registration = new FilterRegistrationBean<>(new OverloadGuard(maxConcurrentRequests, wait));
        registration.addUrlPatterns("/graphql");
        registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /**
     * Observations per request, not per field: an observation for each data fetcher and data loader cost about
     * a tenth of the backend's time on a caseload page (docs/performance.md) and feeds nothing we use.
     */
    @Bean
    ObservationPredicate noObservationPerField() {
        return (name, context) -> !name.startsWith("graphql.datafetcher") && !name.startsWith("graphql.dataloader");
    }

    @Bean
    MaxQueryDepthInstrumentation maxQueryDepth(@Value("${onward.graphql.max-depth:12}") int maxDepth) {
        return new MaxQueryDepthInstrumentation(maxDepth);
    }

    @Bean
    MaxQueryComplexityInstrumentation maxQueryComplexity(@Value("${onward.graphql.max-complexity:1000}") int max) {
        return new MaxQueryComplexityInstrumentation(max);
    }
}
