package app.onward.portal.security;

import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.security.oauth2.client.OAuth2AuthorizedClient;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.web.HttpSessionOAuth2AuthorizedClientRepository;
import org.springframework.stereotype.Component;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.web.client.RestClient;
import org.springframework.web.client.RestClientException;

import java.util.Map;

/**
 * When a portal session ends without the browser passing through Keycloak (signed out for being idle, "Leave
 * this site quickly", or the session simply expiring), ends the user's Keycloak session too. Otherwise the next
 * person to pick up a shared phone could press "Sign in" and be let straight in without a password.
 * <p>
 * Uses Keycloak's logout endpoint with the session's refresh token and the portal's client credentials, the way
 * Keycloak's own adapters end a session from the server.
 */
@Component
class KeycloakSessionEnder implements HttpSessionListener {

    private static final Logger log = LoggerFactory.getLogger(KeycloakSessionEnder.class);

    /** Where {@link HttpSessionOAuth2AuthorizedClientRepository} keeps a session's tokens; the portal uses no other store. */
    private static final String AUTHORIZED_CLIENTS = HttpSessionOAuth2AuthorizedClientRepository.class.getName()
            + ".AUTHORIZED_CLIENTS";

    private final RestClient keycloak;

    KeycloakSessionEnder(RestClient.Builder restClients) {
        this.keycloak = restClients.clone().build();
    }

    @Override
    public void sessionDestroyed(HttpSessionEvent event) {
        if (event.getSession().getAttribute(AUTHORIZED_CLIENTS) instanceof Map<?, ?> authorizedClients) {
            authorizedClients.values().stream()
                    .filter(OAuth2AuthorizedClient.class::isInstance)
                    .map(OAuth2AuthorizedClient.class::cast)
                    .forEach(this::endKeycloakSession);
        }
    }

    private void endKeycloakSession(OAuth2AuthorizedClient client) {
        ClientRegistration registration = client.getClientRegistration();
        Object endSession = registration.getProviderDetails().getConfigurationMetadata().get("end_session_endpoint");
        if (endSession == null || client.getRefreshToken() == null) {
            return;
        }
        var form = new LinkedMultiValueMap<String, String>();
        form.add("client_id", registration.getClientId());
        form.add("client_secret", registration.getClientSecret());
        form.add("refresh_token", client.getRefreshToken().getTokenValue());
        try {
            keycloak.post().uri(endSession.toString())
                    .contentType(MediaType.APPLICATION_FORM_URLENCODED)
                    .body(form)
                    .retrieve()
                    .toBodilessEntity();
        } catch (RestClientException failure) {
            // The Keycloak session then ends by its own idle timeout; nothing more the portal can do.
            log.warn("Could not end the Keycloak session of realm {}: {}", registration.getRegistrationId(),
                    failure.getMessage());
        }
    }
}
