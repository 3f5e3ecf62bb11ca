package app.onward.portal.caseload;

/**
 * What was wrong with a mutation's input (common.graphqls).
 *
 * @param field a path into the input ('givenName'); null when about the whole input
 */
public record UserError(String field, String message, String code) {

    public static final String FIELDS = "userErrors { field message code }";
}
