package app.onward.infra.bench;

import app.onward.infra.keycloak.KeycloakTokens;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Base64;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * A real access token from Keycloak's token endpoint for one user, fetched again a minute before it
 * expires, so a run longer than the token's lifespan never sends an expired one.
 */
final class BearerToken implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long REFRESH_BEFORE_SECONDS = 60;

    private final String keycloakUrl;
    private final String realm;
    private final String username;
    private final String password;
    private final ScheduledExecutorService refresher = Executors.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().factory());
    private volatile String token;
    private volatile long expiresAt;

    BearerToken(String keycloakUrl, String realm, String username, String password) {
        this.keycloakUrl = keycloakUrl;
        this.realm = realm;
        this.username = username;
        this.password = password;
        refresh();
        refresher.scheduleWithFixedDelay(this::refreshIfDue, 5, 5, TimeUnit.SECONDS);
    }

    String current() {
        return token;
    }

    private void refreshIfDue() {
        if (Instant.now().getEpochSecond() >= expiresAt - REFRESH_BEFORE_SECONDS) {
            refresh();
        }
    }

    private void refresh() {
        String fresh = KeycloakTokens.passwordGrant(keycloakUrl, realm, username, password);
        expiresAt = expiry(fresh);
        token = fresh;
    }

    /** The {@code exp} claim of a JWT, read without checking the signature (the backend checks it). */
    static long expiry(String jwt) {
        String[] parts = jwt.split("\\.");
        try {
            return JSON.readTree(Base64.getUrlDecoder().decode(parts[1])).path("exp").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException("Not a JWT", e);
        }
    }

    @Override
    public void close() {
        refresher.shutdownNow();
    }
}
