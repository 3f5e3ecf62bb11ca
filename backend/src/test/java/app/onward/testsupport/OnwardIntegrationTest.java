package app.onward.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;

/**
 * The whole backend on a random port, against the {@link TestStack}'s real PostgreSQL, Keycloak and Redis
 * (with this run's key prefix), with the demo authorities and their offers loaded.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("dev")
@ContextConfiguration(initializers = OnwardIntegrationTest.Stack.class)
public @interface OnwardIntegrationTest {

    class Stack implements ApplicationContextInitializer<ConfigurableApplicationContext> {
        @Override
        public void initialize(ConfigurableApplicationContext context) {
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("test-stack", Map.of(
                    "spring.datasource.url", TestStack.database().jdbcUrl(),
                    "onward.keycloak.url", TestStack.keycloak().baseUrl(),
                    "onward.redis.url", TestStack.REDIS_URL,
                    "onward.redis.key-prefix", TestStack.REDIS_PREFIX,
                    "onward.identity.clock-skew", "PT0S")));
        }
    }
}
