package app.onward.identity;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.observation.SecurityObservationSettings;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.server.resource.authentication.JwtIssuerAuthenticationManagerResolver;
import org.springframework.security.oauth2.server.resource.web.authentication.BearerTokenAuthenticationFilter;
import org.springframework.security.web.SecurityFilterChain;

/**
 * The backend is a stateless resource server. {@code /graphql} is open because public queries (an
 * authority's published offer, its published "you said, we did") need no sign-in; a token, when sent, must be valid or the request is refused
 * with 401. What a signed-in user may do is decided by the services, per query. The Open Referral UK feed
 * ({@code GET /open-referral/**}) is open for the same reason: it serves only published offers.
 */
@Configuration(proxyBeanMethods = false)
class SecurityConfiguration {

    @Bean
    SecurityFilterChain api(HttpSecurity http, IssuerAuthenticationManagers issuers) throws Exception {
        return http
                .csrf(AbstractHttpConfigurer::disable)
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests
                        .requestMatchers("/graphql", "/graphiql", "/graphiql/**").permitAll()
                        .requestMatchers("/actuator/health", "/actuator/health/**").permitAll()
                        .requestMatchers(HttpMethod.GET, "/open-referral/**").permitAll()
                        .anyRequest().denyAll())
                .oauth2ResourceServer(server -> server
                        .authenticationManagerResolver(new JwtIssuerAuthenticationManagerResolver(issuers)))
                .addFilterAfter(new TenantContextFilter(), BearerTokenAuthenticationFilter.class)
                .build();
    }

    /**
     * No Micrometer observation around each security filter, authentication and authorisation: nothing reads
     * them, and on the public offer page they took about a sixth of the backend's time (docs/performance.md).
     * Each request is still observed as a whole (http.server.requests).
     */
    @Bean
    static SecurityObservationSettings noSecurityObservations() {
        return SecurityObservationSettings.noObservations();
    }
}
