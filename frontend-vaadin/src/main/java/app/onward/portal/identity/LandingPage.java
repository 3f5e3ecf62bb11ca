package app.onward.portal.identity;

import java.util.Collection;

/** Where a user goes after signing in: staff to the staff portal, young people to their own view. */
public enum LandingPage {
    STAFF_HOME("/staff"),
    YOUNG_PERSON_HOME("/my"),
    /** Signed in, but their account has no Onward role yet. */
    NO_ACCESS("/no-access");

    private final String path;

    LandingPage(String path) {
        this.path = path;
    }

    public String path() {
        return path;
    }

    /** Staff first: someone who is both (a care-experienced member of staff) works in the staff portal. */
    public static LandingPage forRoles(Collection<Role> roles) {
        if (roles.stream().anyMatch(Role::isStaff)) {
            return STAFF_HOME;
        }
        if (roles.contains(Role.CARE_LEAVER)) {
            return YOUNG_PERSON_HOME;
        }
        return NO_ACCESS;
    }
}
