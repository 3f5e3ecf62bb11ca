package app.onward.youngperson;

/**
 * A care-experienced young person's own view of their record (GraphQL {@code Mine}). {@code youngPerson} is
 * theirs, proven by their token; fields of {@code Mine} elsewhere (their plan) start from it.
 */
public record Mine(YoungPersonId youngPerson, String knownAs, PersonalAdviserContact personalAdviser) {

    public record PersonalAdviserContact(String name, String jobTitle, String email, String phone, String teamName) {
    }
}
