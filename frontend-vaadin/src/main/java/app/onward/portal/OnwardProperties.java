package app.onward.portal;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * The portal's own settings (application.yml).
 *
 * @param backendUrl             the backend's GraphQL endpoint
 * @param portalClientSecret     the secret of the {@code onward-portal} client in every authority's realm
 * @param youngPersonIdleSignOut how long a young person stays signed in without using Onward: short, because
 *                               phones are shared
 * @param quickExitUrl           the neutral site that "Leave this site quickly" replaces the page with
 */
@ConfigurationProperties("onward")
public record OnwardProperties(
        URI backendUrl,
        String portalClientSecret,
        Duration youngPersonIdleSignOut,
        URI quickExitUrl) {

    public OnwardProperties {
        Objects.requireNonNull(backendUrl, "onward.backend-url (ONWARD_BACKEND_URL) is required");
        Objects.requireNonNull(youngPersonIdleSignOut, "onward.young-person-idle-sign-out is required");
        Objects.requireNonNull(quickExitUrl, "onward.quick-exit-url is required");
        if (portalClientSecret == null || portalClientSecret.isBlank()) {
            throw new IllegalArgumentException("onward.portal-client-secret (ONWARD_PORTAL_CLIENT_SECRET) is required");
        }
    }
}
