package app.onward.portal.security;

import app.onward.portal.OnwardProperties;
import app.onward.portal.identity.Authority;
import app.onward.portal.identity.AuthorityDirectory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.stereotype.Component;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * One OpenID Connect client registration per authority, its id the authority's slug, built on first use from
 * the backend's public {@code authority(slug)} query and the realm's discovery document. A new authority can
 * sign in as soon as the backend knows it, without restarting the portal.
 * <p>
 * Registrations are kept for the life of the process (an authority's realm does not move); unknown slugs are
 * not remembered, so nobody can fill the cache with made-up names.
 */
@Component
public class AuthorityClientRegistrations implements ClientRegistrationRepository {

    /** The portal's client in every authority's realm (docs/decisions/0003-a-realm-per-authority.md). */
    static final String CLIENT_ID = "onward-portal";

    private final AuthorityDirectory authorities;
    private final String clientSecret;
    private final Map<String, ClientRegistration> bySlug = new ConcurrentHashMap<>();

    AuthorityClientRegistrations(AuthorityDirectory authorities, OnwardProperties properties) {
        this.authorities = authorities;
        this.clientSecret = properties.portalClientSecret();
    }

    /**
     * @return null for a slug no active authority has
     * @throws SignInUnavailableException when the authority's sign-in cannot be reached
     * @throws app.onward.portal.graphql.BackendException when the backend cannot be reached
     */
    @Override
    public ClientRegistration findByRegistrationId(String slug) {
        ClientRegistration known = bySlug.get(slug);
        if (known != null) {
            return known;
        }
        ClientRegistration found = authorities.find(slug).map(this::registrationFor).orElse(null);
        if (found != null) {
            bySlug.putIfAbsent(slug, found);
        }
        return found;
    }

    private ClientRegistration registrationFor(Authority authority) {
        ClientRegistration.Builder fromDiscovery;
        try {
            fromDiscovery = ClientRegistrations.fromIssuerLocation(authority.signInIssuer());
        } catch (RuntimeException unreachable) {
            throw new SignInUnavailableException(authority, unreachable);
        }
        return fromDiscovery
                .registrationId(authority.slug())
                .clientName(authority.name())
                .clientId(CLIENT_ID)
                .clientSecret(clientSecret)
                .scope("openid", "profile", "email")
                .redirectUri("{baseUrl}/login/oauth2/code/{registrationId}")
                .clientSettings(ClientRegistration.ClientSettings.builder().requireProofKey(true).build())
                .build();
    }
}
