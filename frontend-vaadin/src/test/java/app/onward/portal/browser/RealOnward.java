package app.onward.portal.browser;

import app.onward.infra.stack.OnwardStack;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The real parts the portal talks to (embedded PostgreSQL, Keycloak with the demo realms, the packaged backend),
 * started once for the whole test run and stopped when the JVM ends. The portal itself runs in the test's JVM, on
 * a port chosen here because Keycloak's redirect URIs must name it before it starts.
 */
final class RealOnward {

    static final int PORTAL_PORT = OnwardStack.freePort();

    /** Built by the backend module, which Maven builds before this one. */
    private static final Path BACKEND_JAR = Path.of("../backend/target/onward-backend.jar");

    private static OnwardStack stack;

    private RealOnward() {
    }

    static synchronized OnwardStack stack() {
        if (stack == null) {
            if (!Files.isRegularFile(BACKEND_JAR)) {
                throw new IllegalStateException("No backend jar at " + BACKEND_JAR.toAbsolutePath()
                        + ": build it first (./mvnw -pl backend -am package -DskipTests), or run ./mvnw verify");
            }
            stack = OnwardStack.builder()
                    .portalUrl(portalUrl())
                    .backend(BACKEND_JAR, 0)
                    .start();
            Runtime.getRuntime().addShutdownHook(new Thread(stack::close, "onward-stack-stop"));
        }
        return stack;
    }

    static String portalUrl() {
        return "http://localhost:" + PORTAL_PORT;
    }
}
