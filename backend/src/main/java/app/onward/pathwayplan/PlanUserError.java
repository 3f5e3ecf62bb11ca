package app.onward.pathwayplan;

/** What was wrong with a mutation's input (the contract's UserError): a path into the input, a message, a code. */
public record PlanUserError(String field, String message, String code) {

    public static PlanUserError notFound(String field, String message) {
        return new PlanUserError(field, message, "NOT_FOUND");
    }

    public static PlanUserError notAllowed(String field, String message) {
        return new PlanUserError(field, message, "NOT_ALLOWED");
    }
}
