package app.onward.portal.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer.AuthorizedUrl;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientProviderBuilder;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizedClientManager;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.DelegatingRequestMatcherHeaderWriter;
import org.springframework.security.web.header.writers.frameoptions.XFrameOptionsHeaderWriter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.NegatedRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import app.onward.portal.identity.Role;
import org.springframework.security.config.annotation.web.configurers.HeadersConfigurer;

/**
 * Who may open what. Public pages are open to everyone; the Vaadin views are guarded by their
 * {@code @RolesAllowed}; signing in goes to the authority's own Keycloak realm (one client registration per
 * authority, {@link AuthorityClientRegistrations}). Signing out ends the portal session, and with it the
 * Keycloak session, server to server ({@link KeycloakSessionEnder}). Not RP-initiated logout through the browser:
 * that would put the ID token, which carries the user's name and email, in a URL.
 */
@Configuration
class SecurityConfiguration {

    /** Chooses an authority, then sends the browser to that authority's sign-in. */
    static final String SIGN_IN_PAGE = "/sign-in";
    /** Decides between the staff portal and the young person's view (identity.SignInPages). */
    static final String AFTER_SIGN_IN = "/signed-in";
    /** The offer editor's preview of the draft (offer.authoring.OfferPreviewPages). */
    static final String OFFER_PREVIEW = "/staff/offer/preview/**";

    @Bean
    SecurityFilterChain portalSecurity(HttpSecurity http) {
        http.authorizeHttpRequests(requests -> requests
                // The offer's draft, previewed: tenant admins only (the backend gives the draft to no one else too).
                // First, as "/*/offer/*" below would otherwise open it to everyone.
                .requestMatchers(OFFER_PREVIEW).hasAuthority(Role.TENANT_ADMIN.authority())
                .requestMatchers("/", SIGN_IN_PAGE, "/signed-out", "/*/offer", "/*/offer/*", "/*/offer.pdf", "/*/check", "/*/check/pdf", "/*/you-said-we-did", "/*/sign-in", "/assets/**", "/error")
                .permitAll()
                // Leaving quickly must work even for a session that has just ended.
                .requestMatchers("/quick-exit").permitAll());
        // No one may frame Onward's pages, except the offer editor framing its own preview.
        RequestMatcher preview = PathPatternRequestMatcher.withDefaults().matcher(OFFER_PREVIEW);
        http.headers(headers -> headers
                .frameOptions(HeadersConfigurer.FrameOptionsConfig::disable)
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(preview,
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.SAMEORIGIN)))
                .addHeaderWriter(new DelegatingRequestMatcherHeaderWriter(new NegatedRequestMatcher(preview),
                        new XFrameOptionsHeaderWriter(XFrameOptionsHeaderWriter.XFrameOptionsMode.DENY))));
        // Leaving quickly is sent as a beacon, which cannot carry a CSRF token; the worst a forged one can do is
        // sign someone out.
        http.csrf(csrf -> csrf.ignoringRequestMatchers("/quick-exit"));
        http.oauth2Login(login -> login
                // Also given to Vaadin below, but Spring Security picks its entry point before Vaadin's turn.
                .loginPage(SIGN_IN_PAGE)
                .userInfoEndpoint(userInfo -> userInfo.userAuthoritiesMapper(new RealmRoleAuthorities())));
        http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin
                .oauth2LoginPage(SIGN_IN_PAGE)
                .defaultSuccessUrl(AFTER_SIGN_IN)
                // Anything not listed above needs a signed-in user; Vaadin views then check their roles.
                .anyRequest(AuthorizedUrl::authenticated));
        return http.build();
    }

    /** Tokens live in the HTTP session, so they end with it (and {@link KeycloakSessionEnder} can find them). */
    @Bean
    OAuth2AuthorizedClientRepository authorizedClientRepository() {
        return new HttpSessionOAuth2AuthorizedClientRepository();
    }

    /** Hands out the signed-in user's access token, refreshing it when it has expired. */
    @Bean
    OAuth2AuthorizedClientManager authorizedClientManager(ClientRegistrationRepository registrations,
                                                          OAuth2AuthorizedClientRepository authorizedClients) {
        var manager = new DefaultOAuth2AuthorizedClientManager(registrations, authorizedClients);
        manager.setAuthorizedClientProvider(OAuth2AuthorizedClientProviderBuilder.builder()
                .authorizationCode()
                .refreshToken()
                .build());
        return manager;
    }
}
