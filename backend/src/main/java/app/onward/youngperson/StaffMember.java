package app.onward.youngperson;

/** A member of staff as young people and colleagues see them. */
public record StaffMember(StaffMemberId id, String name, String jobTitle, String email, String phone, Team team) {
}
