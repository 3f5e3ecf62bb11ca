package app.onward.portal.graphql;

import app.onward.portal.OnwardProperties;
import org.springframework.stereotype.Component;
import org.springframework.web.client.RestClient;

/**
 * The backend's public queries, asked without a token: what a signed-out visitor may read (DESIGN.md,
 * "Identity"). Public pages use only this, even for a signed-in visitor, so they look the same to everyone.
 */
@Component
public class PublicBackend extends BackendClient {

    PublicBackend(RestClient.Builder restClients, OnwardProperties properties) {
        super(restClients.clone().baseUrl(properties.backendUrl().toString()).build());
    }
}
