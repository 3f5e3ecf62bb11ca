package app.onward.identity;

import app.onward.tenant.Tenant;

import java.util.Optional;
import java.util.Set;

/**
 * Who is calling, as their token proves it. {@code tenant} is empty only for platform operators, whose realm
 * belongs to no authority. Names are for display to that user only: never logged.
 */
public record SignedInUser(String subject, String username, String name, String email, Set<OnwardRole> roles,
                           Optional<Tenant> tenant) {

    public boolean has(OnwardRole role) {
        return roles.contains(role);
    }
}
