package app.onward.portal.graphql;

import java.util.Arrays;

/**
 * What went wrong when the portal asked the backend, in words a person can act on. The codes are the
 * backend's {@code extensions.code} (docs/api.md) plus {@link #UNAVAILABLE} for a backend
 * that could not be reached.
 */
public enum BackendProblem {
    UNAUTHENTICATED("Your sign-in has ended. Please sign in again."),
    FORBIDDEN("You do not have access to this."),
    NOT_FOUND("We could not find what you were looking for."),
    VALIDATION("Some of the information was not right. Please check it and try again."),
    INTERNAL("Something went wrong on our side. Please try again in a few minutes."),
    UNAVAILABLE("Onward is not available right now. Please try again in a few minutes.");

    private final String friendlyMessage;

    BackendProblem(String friendlyMessage) {
        this.friendlyMessage = friendlyMessage;
    }

    public String friendlyMessage() {
        return friendlyMessage;
    }

    /** An error code the portal does not know yet is treated as the backend's own failure. */
    static BackendProblem fromCode(Object code) {
        return Arrays.stream(values())
                .filter(problem -> problem != UNAVAILABLE && problem.name().equals(code))
                .findFirst()
                .orElse(INTERNAL);
    }
}
