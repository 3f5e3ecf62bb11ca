package app.onward.youngperson;

import app.onward.clock.ContactFrequency;
import app.onward.clock.StoredClocks;

import java.time.LocalDate;

/**
 * A young person's record as staff read it: their details, the current entries of their dated histories, and
 * their stored clocks. Read in one statement for a whole caseload page (see internal.YoungPersonRows).
 *
 * @param category          the current care-leaver category; null when none is recorded
 * @param inTouch           the current in-touch status; null when none is recorded
 * @param personalAdviser   null while none is allocated
 * @param clocks            null when no clocks run (the young person died)
 */
public record YoungPerson(YoungPersonId id, int version, String givenName, String familyName, String preferredName,
                          String pronouns, LocalDate dateOfBirth, boolean unaccompaniedAsylumSeeking, boolean isParent,
                          boolean hasDisability, String disabilityDetails, String ethnicity, String preferredLanguage,
                          ContactDetails contactDetails, boolean hasAccount, ContactFrequency contactFrequency,
                          String category, String inTouch, Team team, StaffMember personalAdviser, StoredClocks clocks) {

    public record ContactDetails(String phone, String email, boolean consentsToTexts, boolean consentsToEmail) {
    }

    /** What to call them: the preferred name, or else the given name. */
    public String knownAs() {
        return preferredName == null || preferredName.isBlank() ? givenName : preferredName;
    }
}
