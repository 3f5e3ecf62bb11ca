package app.onward.infra.keycloak;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;

/** Loopback ports for servers we start. */
final class FreePorts {

    private FreePorts() {
    }

    /** A port nothing listens on now; the kernel hands out a different one each time. */
    static int pick() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }

    /**
     * Fails clearly when {@code port} is taken. Without this check a second Keycloak on the same ports
     * would die quietly while the readiness probe got its answer from the first one.
     */
    static int requireFree(int port, String what) {
        try (ServerSocket ignored = new ServerSocket(port, 1, InetAddress.getLoopbackAddress())) {
            return port;
        } catch (IOException e) {
            throw new IllegalStateException("The " + what + " port " + port
                    + " is already in use (is another Keycloak running?)", e);
        }
    }
}
