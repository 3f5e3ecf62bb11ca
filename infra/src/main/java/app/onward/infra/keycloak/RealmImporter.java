package app.onward.infra.keycloak;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.keycloak.admin.client.Keycloak;
import org.keycloak.representations.idm.RealmRepresentation;

/**
 * Imports the versioned realm files into a running Keycloak through its admin API, for the development
 * run and for tests.
 *
 * <p>Idempotent the blunt way: a realm that exists already is deleted and created again, so a changed
 * file always takes effect (and whatever was done by hand in that realm is gone).
 */
public final class RealmImporter {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)}");

    private final Map<String, String> placeholders;
    private final boolean withDevCliClient;

    private RealmImporter(Map<String, String> placeholders, boolean withDevCliClient) {
        this.placeholders = placeholders;
        this.withDevCliClient = withDevCliClient;
    }

    /**
     * An importer for realms whose {@code onward-portal} client serves the portal at {@code portalUrl}
     * with {@code portalClientSecret}.
     */
    public static RealmImporter forPortal(String portalUrl, String portalClientSecret) {
        return new RealmImporter(Map.of(
                "PORTAL_URL", portalUrl.replaceAll("/+$", ""),
                "PORTAL_CLIENT_SECRET", portalClientSecret), false);
    }

    /**
     * The same, adding the development client {@code onward-dev-cli} (password grant) to every realm.
     * Only for the development run and tests: the realm files themselves never contain it.
     */
    public RealmImporter withDevCliClient() {
        return new RealmImporter(placeholders, true);
    }

    /** The realms as they will be imported: placeholders filled in, the dev client added if asked for. */
    public List<RealmRepresentation> realms() {
        return RealmFiles.realms().stream().map(this::prepare).toList();
    }

    /** Imports every realm, replacing any realm of the same name; returns the realm names. */
    public List<String> importInto(Keycloak admin) {
        Set<String> existing = admin.realms().findAll().stream()
                .map(RealmRepresentation::getRealm)
                .collect(Collectors.toSet());
        List<String> imported = new ArrayList<>();
        for (RealmRepresentation realm : realms()) {
            if (existing.contains(realm.getRealm())) {
                admin.realms().realm(realm.getRealm()).remove();
            }
            admin.realms().create(realm);
            imported.add(realm.getRealm());
        }
        return imported;
    }

    private RealmRepresentation prepare(JsonNode file) {
        RealmRepresentation realm = RealmFiles.toRealm(fillIn(file));
        if (withDevCliClient) {
            realm.getClients().add(RealmFiles.devCliClient());
        }
        return realm;
    }

    /** Replaces the placeholders in every string of the tree; one without a value is an error. */
    private JsonNode fillIn(JsonNode node) {
        if (node instanceof ObjectNode object) {
            object.properties().forEach(field -> field.setValue(fillIn(field.getValue())));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, fillIn(array.get(i)));
            }
        } else if (node.isTextual()) {
            return TextNode.valueOf(fillIn(node.textValue()));
        }
        return node;
    }

    private String fillIn(String text) {
        Matcher matcher = PLACEHOLDER.matcher(text);
        StringBuilder filled = new StringBuilder();
        while (matcher.find()) {
            String value = placeholders.get(matcher.group(1));
            if (value == null) {
                throw new IllegalStateException("No value for the placeholder " + matcher.group() + " in a realm file");
            }
            matcher.appendReplacement(filled, Matcher.quoteReplacement(value));
        }
        return matcher.appendTail(filled).toString();
    }
}
