package app.onward.portal.graphql;

import app.onward.portal.OnwardProperties;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClientManager;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizedClientRepository;
import org.springframework.security.oauth2.client.web.client.OAuth2ClientHttpRequestInterceptor;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend as the signed-in user: every call carries that user's own access token (refreshed when it has
 * expired), so the backend decides what they may see exactly as it would for any other client.
 */
@Component
public class SignedInBackend extends BackendClient {

    SignedInBackend(RestClient.Builder restClients, OnwardProperties properties,
                    OAuth2AuthorizedClientManager authorizedClients,
                    OAuth2AuthorizedClientRepository authorizedClientStore) {
        super(restClients.clone()
                .baseUrl(properties.backendUrl().toString())
                .requestInterceptor(userTokenInterceptor(authorizedClients, authorizedClientStore))
                .build());
    }

    private static OAuth2ClientHttpRequestInterceptor userTokenInterceptor(
            OAuth2AuthorizedClientManager authorizedClients, OAuth2AuthorizedClientRepository authorizedClientStore) {
        var interceptor = new OAuth2ClientHttpRequestInterceptor(authorizedClients);
        // A token the backend refuses is dropped, so the next call asks the user to sign in again.
        interceptor.setAuthorizationFailureHandler(
                OAuth2ClientHttpRequestInterceptor.authorizationFailureHandler(authorizedClientStore));
        // The registration is the authority the user signed in with: one Keycloak realm per authority.
        interceptor.setClientRegistrationIdResolver(request ->
                SecurityContextHolder.getContext().getAuthentication() instanceof OAuth2AuthenticationToken signedIn
                        ? signedIn.getAuthorizedClientRegistrationId()
                        : null);
        return interceptor;
    }
}
