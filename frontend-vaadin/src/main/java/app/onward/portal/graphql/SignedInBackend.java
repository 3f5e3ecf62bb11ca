package app.onward.portal.graphql;

import app.onward.portal.OnwardProperties;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.security.oauth2.client.web.client.SecurityContextHolderPrincipalResolver;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend as the signed-in user: every call carries that user's own access token (refreshed when it has
 * expired), so the backend decides what they may see exactly as it would for any other client.
 * <p>
 * The user is read through this application's own security-context strategy (the bean Spring Security's filters and
 * Vaadin use), never the JVM-wide {@code SecurityContextHolder}: each application context started in the same JVM
 * replaces that one, and a page served by a controller then found no user and sent no token.
 */
@Component
public class SignedInBackend extends BackendClient {

    SignedInBackend(RestClient.Builder restClients, OnwardProperties properties,
                    OAuth2AuthorizedClientManager authorizedClients,
                    OAuth2AuthorizedClientRepository authorizedClientStore,
                    SecurityContextHolderStrategy securityContexts) {
        super(restClients.clone()
                .baseUrl(properties.backendUrl().toString())
                .requestInterceptor(userTokenInterceptor(authorizedClients, authorizedClientStore, securityContexts))
                .build());
    }

    private static OAuth2ClientHttpRequestInterceptor userTokenInterceptor(
            OAuth2AuthorizedClientManager authorizedClients, OAuth2AuthorizedClientRepository authorizedClientStore,
            SecurityContextHolderStrategy securityContexts) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        interceptor.setPrincipalResolver(new SecurityContextHolderPrincipalResolver(securityContexts));
        // A token the backend refuses is dropped, so the next call asks the user to sign in again.
        interceptor.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClientStore));
        // The registration is the authority the user signed in with: one Keycloak realm per authority.
        interceptor.setClientRegistrationIdResolver(request ->
                securityContexts.getContext().getAuthentication() instanceof OAuth2AuthenticationToken signedIn
                        ? signedIn.getAuthorizedClientRegistrationId()
                        : null);
        return interceptor;
    }
}
