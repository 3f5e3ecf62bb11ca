package app.onward.infra.keycloak;

/**
 * A demo user of the realm files, as a person would sign in.
 *
 * @param realm e.g. {@code onward-northmoor}
 * @param authorityName the realm's display name, e.g. {@code Northmoor City Council}
 * @param role the user's one Onward realm role, e.g. {@code care-leaver}
 */
public record DemoSignIn(String realm, String authorityName, String username, String password, String role,
                         String fullName) {

    @Override
    public String toString() {
        // Parameterised test names and launcher output read better without the password in them.
        return username + " (" + role + ", " + authorityName + ")";
    }
}
