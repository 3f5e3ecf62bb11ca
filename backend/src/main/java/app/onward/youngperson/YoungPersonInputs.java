package app.onward.youngperson;

import java.time.LocalDate;

/** The inputs of the young-person mutations, as the GraphQL schema names them. */
public final class YoungPersonInputs {

    private YoungPersonInputs() {
    }

    public record RegisterYoungPersonInput(String givenName, String familyName, String preferredName, String pronouns,
                                           LocalDate dateOfBirth, String category, LocalDate categoryAppliesFrom,
                                           Boolean unaccompaniedAsylumSeeking, String personalAdviserId) {
    }

    public record UpdateYoungPersonDetailsInput(String youngPersonId, int version, String givenName, String familyName,
                                                String preferredName, String pronouns, LocalDate dateOfBirth,
                                                boolean unaccompaniedAsylumSeeking, boolean isParent, boolean hasDisability,
                                                String disabilityDetails, String ethnicity, String preferredLanguage,
                                                String phone, String email, boolean consentsToTexts,
                                                boolean consentsToEmail) {
    }

    public record RecordCareLeaverCategoryInput(String youngPersonId, String category, LocalDate appliesFrom) {
    }

    public record RecordInTouchStatusInput(String youngPersonId, String status, LocalDate appliesFrom) {
    }

    public record AllocatePersonalAdviserInput(String youngPersonId, String adviserId, LocalDate startsOn) {
    }

    public record AgreeContactFrequencyInput(String youngPersonId, String frequency) {
    }
}
