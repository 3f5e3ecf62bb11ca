package app.onward.graphql;

import graphql.analysis.MaxQueryComplexityInstrumentation;
import graphql.analysis.MaxQueryDepthInstrumentation;
import graphql.scalars.ExtendedScalars;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.graphql.autoconfigure.GraphQlSourceBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.graphql.data.method.annotation.support.AnnotatedControllerConfigurer;
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

    /** Each distinct query is parsed and validated once (see ParsedDocuments). */
    @Bean
    GraphQlSourceBuilderCustomizer parsedDocuments(@Value("${onward.graphql.parsed-documents:500}") int capacity) {
        return builder -> builder.configureGraphQl(graphQl -> graphQl.preparsedDocumentProvider(new ParsedDocuments(capacity)));
    }

    /**
     * Controller methods run on the request's own thread. With virtual threads on, Spring Boot hands Spring for
     * GraphQL the application task executor and every synchronous controller method counts as blocking, so each
     * field of each node (a page of 50 has hundreds) was handed to another thread and back. The request already
     * runs on a virtual thread, so blocking on it costs nothing; the hand-offs cost most of a caseload page's time
     * (docs/performance.md).
     */
    @Bean
    static BeanPostProcessor controllerMethodsOnTheRequestThread() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessBeforeInitialization(Object bean, String name) {
                if (bean instanceof AnnotatedControllerConfigurer configurer) {
                    configurer.setBlockingMethodPredicate(method -> false);
                }
                return bean;
            }
        };
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
