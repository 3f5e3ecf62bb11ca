package app.onward.graphql;

/**
 * What was wrong with a mutation's input, for one field: expected failures are data, not errors.
 * {@code field} is a path into the input ({@code givenName}), or null when about the whole input.
 */
public record UserError(String field, String message, String code) {

    public static UserError required(String field, String what) {
        return new UserError(field, "Enter " + what, "REQUIRED");
    }

    public static UserError tooLong(String field, String what, int max) {
        return new UserError(field, capitalised(what) + " must be " + max + " characters or fewer", "TOO_LONG");
    }

    public static UserError invalid(String field, String message) {
        return new UserError(field, message, "INVALID");
    }

    public static UserError notAllowed(String field, String message) {
        return new UserError(field, message, "NOT_ALLOWED");
    }

    public static UserError notFound(String field, String message) {
        return new UserError(field, message, "NOT_FOUND");
    }

    public static UserError conflict(String message) {
        return new UserError(null, message, "CONFLICT");
    }

    private static String capitalised(String what) {
        return what.isEmpty() ? what : Character.toUpperCase(what.charAt(0)) + what.substring(1);
    }
}
