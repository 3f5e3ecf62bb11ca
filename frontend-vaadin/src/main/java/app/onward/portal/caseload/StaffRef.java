package app.onward.portal.caseload;

/** A member of staff as a young person's record names them. */
public record StaffRef(String id, String name) {

    static final String FIELDS = "{ id name }";
}
