package app.onward.identity;

/** A query that needs a signed-in user was called without a valid token. */
public class NotSignedInException extends RuntimeException {

    public NotSignedInException() {
        super("Sign in to do this");
    }
}
