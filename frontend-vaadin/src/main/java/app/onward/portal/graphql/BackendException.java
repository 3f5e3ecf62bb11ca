package app.onward.portal.graphql;

/**
 * A call to the backend that did not give an answer. Its message is for the log (codes and paths, never
 * personal data); people see {@link BackendProblem#friendlyMessage()}.
 */
public class BackendException extends RuntimeException {

    private final BackendProblem problem;

    public BackendException(BackendProblem problem, String logMessage, Throwable cause) {
        super(logMessage, cause);
        this.problem = problem;
    }

    public BackendProblem problem() {
        return problem;
    }
}
