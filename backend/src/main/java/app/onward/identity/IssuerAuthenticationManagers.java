package app.onward.identity;

import app.onward.tenant.Tenant;
import app.onward.tenant.TenantDirectory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.AuthenticationManagerResolver;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidatorResult;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationProvider;
import org.springframework.stereotype.Component;

import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Trusts exactly the issuers of known, active tenants, plus the platform realm: one JWT decoder per issuer,
 * each checking signature (the realm's own keys), expiry, issuer and audience. A token of an unknown issuer
 * or of a suspended authority gets no decoder, so it is refused with 401 before anything else runs.
 * The tenant of a request is the tenant of its token's issuer. See docs/decisions/0003-a-realm-per-authority.md.
 */
@Component
class IssuerAuthenticationManagers implements AuthenticationManagerResolver<String> {

    private final TenantDirectory tenants;
    private final String platformIssuer;
    private final String audience;
    private final Duration clockSkew;
    private final Map<String, AuthenticationManager> managers = new ConcurrentHashMap<>();

    IssuerAuthenticationManagers(TenantDirectory tenants,
                                 @Value("${onward.identity.platform-issuer}") String platformIssuer,
                                 @Value("${onward.identity.audience:onward-api}") String audience,
                                 @Value("${onward.identity.clock-skew:PT30S}") Duration clockSkew) {
        this.tenants = tenants;
        this.platformIssuer = platformIssuer;
        this.audience = audience;
        this.clockSkew = clockSkew;
    }

    @Override
    public AuthenticationManager resolve(String issuer) {
        boolean trusted = platformIssuer.equals(issuer) || tenants.findActiveByIssuer(issuer).isPresent();
        return trusted ? managers.computeIfAbsent(issuer, this::managerFor) : null;
    }

    private AuthenticationManager managerFor(String issuer) {
        NimbusJwtDecoder decoder = NimbusJwtDecoder.withJwkSetUri(issuer + "/protocol/openid-connect/certs").build();
        decoder.setJwtValidator(new DelegatingOAuth2TokenValidator<>(
                new JwtTimestampValidator(clockSkew), new JwtIssuerValidator(issuer), this::hasOurAudience));
        JwtAuthenticationProvider provider = new JwtAuthenticationProvider(decoder);
        provider.setJwtAuthenticationConverter(jwt -> new OnwardAuthentication(jwt, userOf(jwt, issuer)));
        return provider::authenticate;
    }

    private OAuth2TokenValidatorResult hasOurAudience(Jwt jwt) {
        List<String> audiences = jwt.getAudience();
        return audiences != null && audiences.contains(audience)
                ? OAuth2TokenValidatorResult.success()
                : OAuth2TokenValidatorResult.failure(new OAuth2Error("invalid_token", "Not meant for Onward", null));
    }

    private SignedInUser userOf(Jwt jwt, String issuer) {
        Optional<Tenant> tenant = platformIssuer.equals(issuer) ? Optional.empty() : tenants.findActiveByIssuer(issuer);
        if (!platformIssuer.equals(issuer) && tenant.isEmpty()) {
            // suspended between resolving and converting
            throw new InvalidBearerTokenException("Unknown or suspended authority");
        }
        Set<OnwardRole> roles = rolesOf(jwt);
        if (tenant.isPresent()) {
            roles.remove(OnwardRole.PLATFORM_ADMIN); // only the platform realm can make a platform admin
        } else {
            roles.retainAll(Set.of(OnwardRole.PLATFORM_ADMIN));
        }
        String username = Optional.ofNullable(jwt.getClaimAsString("preferred_username")).orElse(jwt.getSubject());
        String name = Optional.ofNullable(jwt.getClaimAsString("name")).orElse(username);
        return new SignedInUser(jwt.getSubject(), username, name, jwt.getClaimAsString("email"), Set.copyOf(roles), tenant);
    }

    private static Set<OnwardRole> rolesOf(Jwt jwt) {
        Set<OnwardRole> roles = new LinkedHashSet<>();
        if (jwt.getClaim("realm_access") instanceof Map<?, ?> realmAccess
                && realmAccess.get("roles") instanceof Collection<?> names) {
            names.forEach(name -> OnwardRole.fromRealmRole(String.valueOf(name)).ifPresent(roles::add));
        }
        return roles;
    }
}
