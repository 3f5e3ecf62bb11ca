package app.onward.testsupport;

import app.onward.infra.keycloak.KeycloakServer;
import app.onward.infra.keycloak.RealmImporter;
import app.onward.infra.postgres.EmbeddedDatabase;
import app.onward.infra.redis.SharedRedis;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.UUID;

/**
 * The real parts the backend's tests run against, started once per test JVM: a throwaway embedded
 * PostgreSQL 17 and a Keycloak with the realm files imported. The machine's Redis is shared, so this run
 * uses its own key prefix and removes its keys when the JVM ends; it never flushes anything else.
 */
public final class TestStack {

    public static final String REDIS_URL = System.getenv().getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
    public static final String REDIS_PREFIX = "onward-test-" + UUID.randomUUID() + ":";

    private static EmbeddedDatabase database;
    private static KeycloakServer keycloak;

    private TestStack() {
    }

    public static synchronized EmbeddedDatabase database() {
        start();
        return database;
    }

    public static synchronized KeycloakServer keycloak() {
        start();
        return keycloak;
    }

    private static void start() {
        if (database != null) {
            return;
        }
        database = EmbeddedDatabase.startTemporary();
        try {
            keycloak = KeycloakServer.start(KeycloakServer.Options.withFreePorts("backend-tests"));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not start Keycloak for the tests", e);
        }
        RealmImporter.forPortal("http://localhost:1", "not-used-by-backend-tests").withDevCliClient()
                .importInto(keycloak.adminClient());
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(TestStack::stop));
    }

    private static void stop() {
        SharedRedis.deleteWithPrefix(REDIS_URL, REDIS_PREFIX);
        keycloak.close();
        database.close();
    }
}
