package app.onward.infra.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.keycloak.representations.idm.ClientRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * The versioned realm files ({@code infra/keycloak/realms}) and the development client overlay
 * ({@code infra/keycloak/dev}), read from the classpath.
 *
 * <p>Parsed with the Jackson 2 that keycloak-admin-client brings and whose annotations its
 * representations carry, and strictly: a misspelt field fails here rather than being dropped silently on
 * its way to Keycloak.
 */
final class RealmFiles {

    /** Lists the realm files, one a line: a folder on the classpath cannot be listed inside a jar. */
    private static final String INDEX = "keycloak/realms/realms.txt";
    private static final String DEV_CLI_CLIENT = "keycloak/dev/onward-dev-cli-client.json";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RealmFiles() {
    }

    /** Each realm file as a JSON tree, placeholders such as {@code ${PORTAL_URL}} still in place. */
    static List<JsonNode> realms() {
        return read(INDEX).lines()
                .map(String::strip)
                .filter(line -> !line.isEmpty() && !line.startsWith("#"))
                .map(name -> tree("keycloak/realms/" + name))
                .toList();
    }

    static ClientRepresentation devCliClient() {
        return toRepresentation(tree(DEV_CLI_CLIENT), ClientRepresentation.class, DEV_CLI_CLIENT);
    }

    static RealmRepresentation toRealm(JsonNode realm) {
        return toRepresentation(realm, RealmRepresentation.class, "realm " + realm.path("realm").asText());
    }

    private static <T> T toRepresentation(JsonNode tree, Class<T> type, String source) {
        try {
            return JSON.treeToValue(tree, type);
        } catch (IOException e) {
            throw new IllegalStateException("Not a valid " + type.getSimpleName() + ": " + source, e);
        }
    }

    private static JsonNode tree(String resource) {
        try {
            return JSON.readTree(read(resource));
        } catch (IOException e) {
            throw new IllegalStateException("Not valid JSON: " + resource, e);
        }
    }

    private static String read(String resource) {
        try (InputStream in = RealmFiles.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Not on the classpath: " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + resource, e);
        }
    }
}
