package app.onward.portal.identity;

import java.util.regex.Pattern;

/**
 * A local authority using Onward: a tenant, with its own Keycloak realm.
 *
 * @param slug         its short name in addresses, e.g. {@code northmoor}
 * @param name         e.g. "Northmoor City Council"
 * @param signInIssuer the OpenID Connect issuer of its realm
 */
public record Authority(String slug, String name, String signInIssuer) {

    /**
     * The first part of a public page's address, for the MVC mappings: never {@code staff} or {@code my}, whose
     * addresses belong to the signed-in views (Vaadin gets only what no controller claims: {@code /staff/offer} is
     * the offer editor, not the offer of an authority called "staff"). Anything else is claimed, so an address that
     * cannot be an authority's gets the public pages' own 404.
     */
    public static final String SLUG_IN_PATH = "{slug:(?!staff$|my$).+}";

    private static final Pattern SLUG = Pattern.compile("(?!staff$|my$)[a-z0-9][a-z0-9-]{0,62}");

    /** Whether a piece of an address could be a slug at all, so that junk never reaches the backend. */
    public static boolean couldBeSlug(String candidate) {
        return candidate != null && SLUG.matcher(candidate).matches();
    }
}
