package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.CareLeaverCategory;
import app.onward.portal.caseload.Terms.CircumstanceChangeKind;
import app.onward.portal.caseload.Terms.ContactFrequency;
import app.onward.portal.caseload.Terms.ContactKind;
import app.onward.portal.caseload.Terms.InTouchStatus;
import app.onward.portal.caseload.Terms.ReportedBy;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;

/** A young person's record as their record page shows it (the {@code YoungPerson} type). */
public record YoungPersonRecord(
        String id, int version, String givenName, String familyName, String preferredName, String knownAs,
        String pronouns, LocalDate dateOfBirth, int age,
        CareLeaverCategory category, List<CategoryEntry> categoryHistory,
        boolean unaccompaniedAsylumSeeking, boolean isParent, boolean hasDisability, String disabilityDetails,
        String ethnicity, String preferredLanguage, ContactDetails contactDetails,
        InTouchStatus inTouch, List<InTouchEntry> inTouchHistory, TeamName team, boolean hasAccount,
        StaffRef personalAdviser, List<AdviserAllocation> adviserHistory, ContactFrequency contactFrequency,
        Clocks clocks, List<Contact> contacts, List<CircumstanceChange> circumstanceChanges,
        List<CorrectionRequest> correctionRequests, List<EntitlementClaim> entitlementClaims,
        List<Accommodation> accommodation, List<Activity> activity,
        List<Arrangements.StayingPut> stayingPut, List<Arrangements.StayingClose> stayingClose) {

    /** The selection for the whole record; the document needs {@link #FRAGMENTS} too. */
    static final String FIELDS = "{ ...record }";

    static final String FRAGMENTS = """
            fragment record on YoungPerson {
              id version givenName familyName preferredName knownAs pronouns dateOfBirth age
              category categoryHistory { category appliesFrom }
              unaccompaniedAsylumSeeking isParent hasDisability disabilityDetails ethnicity preferredLanguage
              contactDetails { phone email consentsToTexts consentsToEmail }
              inTouch inTouchHistory { status appliesFrom } team { id name } hasAccount
              personalAdviser %1$s adviserHistory { adviser %1$s startedOn endedOn } contactFrequency
              %2$s
              contacts(first: 20) { id kind happenedOn seenAlone notes recordedBy %1$s recordedAt }
              circumstanceChanges { id kind occurredOn intoAuthorityAccommodation description reportedBy recordedAt }
              correctionRequests { id whatIsWrong raisedAt answer answeredBy %1$s answeredAt }
              entitlementClaims { entitlementKey title status reason recordedAt }
              accommodation { id from until replaced type words suitability code recordedBy %1$s recordedAt }
              activity { id from until replaced code words recordedBy %1$s recordedAt }
              %3$s
            }
            """.formatted(StaffRef.FIELDS, Clocks.FIELDS, Arrangements.FIELDS) + Clocks.DUE_FRAGMENT;

    /** "Ty Mensah": what they are called, with their family name. */
    public String name() {
        return knownAs + " " + familyName;
    }

    public record CategoryEntry(CareLeaverCategory category, LocalDate appliesFrom) {}

    /** What the young person told us about claiming an entitlement, where it stands now. */
    public record EntitlementClaim(String entitlementKey, String title, String status, String reason, java.time.OffsetDateTime recordedAt) {

        String inWords() {
            return switch (status) {
                case "APPLIED_FOR" -> "Applied for";
                case "RECEIVED" -> "Received";
                case "REFUSED" -> "Turned down";
                default -> status;
            };
        }
    }

    /** Where they lived from a day (SSDA903 ACCOM); {@code until} null for now. Newest first on the record. */
    public record Accommodation(String id, LocalDate from, LocalDate until, boolean replaced,
                                AccommodationTerms.AccommodationType type, String words,
                                AccommodationTerms.Suitability suitability, String code, StaffRef recordedBy,
                                OffsetDateTime recordedAt) {}

    /** What they did from a day (SSDA903 ACTIV); {@code until} null for now. Newest first on the record. */
    public record Activity(String id, LocalDate from, LocalDate until, boolean replaced, AccommodationTerms.ActivityCode code,
                           String words, StaffRef recordedBy, OffsetDateTime recordedAt) {}

    public record InTouchEntry(InTouchStatus status, LocalDate appliesFrom) {}

    public record TeamName(String id, String name) {}

    public record AdviserAllocation(StaffRef adviser, LocalDate startedOn, LocalDate endedOn) {}

    public record ContactDetails(String phone, String email, boolean consentsToTexts, boolean consentsToEmail) {}

    /** @param seenAlone null for a phone call or a text */
    public record Contact(String id, ContactKind kind, LocalDate happenedOn, Boolean seenAlone, String notes,
                          StaffRef recordedBy, OffsetDateTime recordedAt) {}

    public record CircumstanceChange(String id, CircumstanceChangeKind kind, LocalDate occurredOn,
                                     boolean intoAuthorityAccommodation, String description, ReportedBy reportedBy,
                                     OffsetDateTime recordedAt) {}

    public record CorrectionRequest(String id, String whatIsWrong, OffsetDateTime raisedAt, String answer,
                                    StaffRef answeredBy, OffsetDateTime answeredAt) {

        public boolean answered() {
            return answer != null;
        }
    }
}
