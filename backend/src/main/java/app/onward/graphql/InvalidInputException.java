package app.onward.graphql;

/**
 * A query's input that cannot be answered, with a plain message saying which field and why. Mutations report
 * such problems as {@code userErrors} on their payload; a query has no payload, so it answers an error with the
 * code {@code INVALID_INPUT} and this message. The message must never repeat what was typed: it may be
 * personal (a date of birth).
 */
public class InvalidInputException extends RuntimeException {

    private final String field;

    public InvalidInputException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
