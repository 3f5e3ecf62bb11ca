package app.onward.infra.stack;

import app.onward.infra.keycloak.DemoSignIn;
import app.onward.infra.keycloak.DemoSignIns;
import app.onward.infra.redis.SharedRedis;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * What {@code ./onward run} runs: everything Onward needs, on embedded defaults, with demo data, until
 * Ctrl-C. Every port and address can be overridden by an environment variable (see the README).
 */
public final class OnwardLauncher {

    /** Every demo user's password, from the realm files. */
    private static final String DEMO_PASSWORD = DemoSignIns.all().getFirst().password();

    public static void main(String[] args) throws InterruptedException {
        Map<String, String> env = System.getenv();
        Path root = Path.of(env.getOrDefault("ONWARD_HOME", ".")).toAbsolutePath().normalize();
        Path dataDirectory = Path.of(env.getOrDefault("ONWARD_DATA_DIR", root.resolve(".onward").toString()));
        int portalPort = Integer.parseInt(env.getOrDefault("PORTAL_PORT", "8080"));
        String portalUrl = env.getOrDefault("PORTAL_URL", "http://localhost:" + portalPort);
        int keycloakPort = Integer.parseInt(env.getOrDefault("KEYCLOAK_PORT", "8180"));
        String redisUrl = env.getOrDefault("REDIS_URL", "redis://127.0.0.1:6379");
        Instant started = Instant.now();

        say("Onward: starting, with data in " + dataDirectory);
        say(SharedRedis.answers(redisUrl)
                ? "  Redis answers at " + redisUrl + ": caches and cross-instance events are on"
                : "  No Redis at " + redisUrl + ": running without it");
        OnwardStack stack = OnwardStack.builder()
                .dataDirectory(dataDirectory)
                .postgresPort(Integer.parseInt(env.getOrDefault("POSTGRES_PORT", "15432")))
                .keycloakPorts(keycloakPort, Integer.parseInt(env.getOrDefault("KEYCLOAK_MANAGEMENT_PORT", "9180")))
                .keycloakPublicUrl(env.getOrDefault("KEYCLOAK_URL", "http://localhost:" + keycloakPort))
                .portalUrl(portalUrl)
                .backend(root.resolve("backend/target/onward-backend.jar"), Integer.parseInt(env.getOrDefault("BACKEND_PORT", "8081")))
                .portal(root.resolve("frontend-vaadin/target/onward-portal.jar"), portalPort)
                .redis(redisUrl, env.getOrDefault("ONWARD_REDIS_PREFIX", "onward:"))
                .logDirectory(dataDirectory.resolve("logs"))
                .keycloakLabel("dev")
                .progress(step -> say("  " + step + " …"))
                .start();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().unstarted(() -> {
            say("\nOnward: stopping everything it started …");
            stack.close();
            say("Onward: stopped.");
            stopped.countDown();
        }));

        printWhereToGo(stack, portalUrl, dataDirectory, Duration.between(started, Instant.now()));
        stopped.await();
    }

    private static void printWhereToGo(OnwardStack stack, String portalUrl, Path dataDirectory, Duration took) {
        say("""

                Onward is ready (in %d s).

                  Portal            %s
                  Public offers     %s/northmoor/offer   %s/wealdshire/offer
                  GraphQL API       %s   (GraphiQL: %s/graphiql)
                  Keycloak          %s   (admin console: user %s, password %s)
                  Logs              %s (Keycloak: %s)

                Demo sign-ins (every password: %s)""".formatted(took.toSeconds(), portalUrl, portalUrl, portalUrl,
                stack.backendGraphqlUrl(), stack.backendUrl(), stack.keycloakUrl(),
                stack.keycloak().adminUsername(), stack.keycloak().adminPassword(), dataDirectory.resolve("logs"),
                stack.keycloak().logFile(), DEMO_PASSWORD));
        String authority = null;
        for (DemoSignIn signIn : DemoSignIns.all()) {
            if (!signIn.authorityName().equals(authority)) {
                authority = signIn.authorityName();
                String slug = signIn.realm().substring("onward-".length());
                say("  " + authority + (slug.equals("platform") ? "" : " (sign in at " + portalUrl + "/" + slug + "/sign-in)"));
            }
            say("    %-24s %s".formatted(signIn.username(), signIn.role()));
        }
        say("""

                Get a token for scripts (development only):
                  curl -s -d grant_type=password -d client_id=onward-dev-cli -d username=northmoor.adviser \\
                       -d password=%s %s/realms/onward-northmoor/protocol/openid-connect/token

                Press Ctrl-C to stop everything.""".formatted(DEMO_PASSWORD, stack.keycloakUrl()));
    }

    private static void say(String line) {
        System.out.println(line);
    }
}
