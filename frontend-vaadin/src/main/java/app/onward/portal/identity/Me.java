package app.onward.portal.identity;

import java.util.List;

/**
 * The signed-in user as the backend knows them (the {@code me} query).
 *
 * @param authority null for platform operators, who belong to no authority
 */
public record Me(String subject, String name, String username, String email, List<Role> roles, Authority authority) {
}
