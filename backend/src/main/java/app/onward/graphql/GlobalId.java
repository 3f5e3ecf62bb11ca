package app.onward.graphql;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

/**
 * Global ids: opaque to clients, unique across types ({@code base64url("Entitlement:<uuid>")}), so that a
 * client can cache by id and never mistakes one kind of record for another.
 */
public final class GlobalId {

    private GlobalId() {
    }

    public static String of(String type, UUID id) {
        return Base64.getUrlEncoder().withoutPadding()
                .encodeToString((type + ":" + id).getBytes(StandardCharsets.UTF_8));
    }

    /** The uuid inside {@code globalId} when it names a record of {@code type}. */
    public static Optional<UUID> parse(String type, String globalId) {
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(globalId), StandardCharsets.UTF_8);
            String prefix = type + ":";
            return decoded.startsWith(prefix)
                    ? Optional.of(UUID.fromString(decoded.substring(prefix.length())))
                    : Optional.empty();
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
