package app.onward.infra.keycloak;

import java.util.List;
import java.util.stream.Stream;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.RealmRepresentation;
import org.keycloak.representations.idm.UserRepresentation;

/** The demo users, read from the same realm files that are imported, for the launcher and for tests. */
public final class DemoSignIns {

    private DemoSignIns() {
    }

    /** Every demo user of every realm file, in file order. */
    public static List<DemoSignIn> all() {
        return RealmFiles.realms().stream()
                .map(RealmFiles::toRealm)
                .flatMap(realm -> realm.getUsers() == null
                        ? Stream.empty()
                        : realm.getUsers().stream().map(user -> signIn(realm, user)))
                .toList();
    }

    private static DemoSignIn signIn(RealmRepresentation realm, UserRepresentation user) {
        String where = user.getUsername() + " in " + realm.getRealm();
        if (user.getRealmRoles() == null || user.getRealmRoles().size() != 1) {
            throw new IllegalStateException("A demo user has exactly one realm role; " + where + " has "
                    + user.getRealmRoles());
        }
        String password = user.getCredentials() == null ? null : user.getCredentials().stream()
                .filter(credential -> CredentialRepresentation.PASSWORD.equals(credential.getType()))
                .map(CredentialRepresentation::getValue)
                .findFirst()
                .orElse(null);
        if (password == null) {
            throw new IllegalStateException("A demo user has a password; " + where + " has none");
        }
        return new DemoSignIn(realm.getRealm(), realm.getDisplayName(), user.getUsername(), password,
                user.getRealmRoles().getFirst(), user.getFirstName() + " " + user.getLastName());
    }
}
