package app.onward.portal.caseload;

import app.onward.portal.caseload.Terms.CircumstanceChangeKind;
import app.onward.portal.caseload.Terms.ContactFrequency;
import app.onward.portal.caseload.Terms.ContactKind;
import app.onward.portal.graphql.BackendException;
import app.onward.portal.graphql.BackendProblem;
import app.onward.portal.graphql.SignedInBackend;
import org.springframework.stereotype.Component;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A young person's record and the changes staff make to it, through the backend's GraphQL API as the signed-in
 * member of staff (youngperson.graphqls). Each change answers with the record as it now is, so the page shows
 * the backend's clocks, never its own sums. Every method throws {@link BackendException} when there is no answer.
 */
@Component
public class YoungPeople {

    private static final String RECORD = "query Record($id: ID!) { youngPerson(id: $id) "
            + YoungPersonRecord.FIELDS + " }\n" + YoungPersonRecord.FRAGMENTS;

    private static final String UPDATE_DETAILS = """
            mutation Update($input: UpdateYoungPersonDetailsInput!) {
              updateYoungPersonDetails(input: $input) {
                youngPerson %1$s %2$s
                conflict { changedFields { field before after } current %1$s }
              }
            }
            """.formatted(YoungPersonRecord.FIELDS, UserError.FIELDS) + YoungPersonRecord.FRAGMENTS;

    private static final String LOG_CONTACT = """
            mutation LogContact($input: LogContactInput!) {
              logContact(input: $input) {
                contact { id } youngPerson %s %s
                languageFlags { found start end suggestion explanation }
              }
            }
            """.formatted(YoungPersonRecord.FIELDS, UserError.FIELDS) + YoungPersonRecord.FRAGMENTS;

    private static final String RECORD_CHANGE = """
            mutation RecordChange($input: RecordCircumstanceChangeInput!) {
              recordCircumstanceChange(input: $input) { change { id } youngPerson %s %s }
            }
            """.formatted(YoungPersonRecord.FIELDS, UserError.FIELDS) + YoungPersonRecord.FRAGMENTS;

    /** The small history-appending mutations, which all answer with a {@code YoungPersonPayload}. */
    private static final String SMALL_CHANGE = """
            mutation Change($input: %s!) { %s(input: $input) { youngPerson %s %s } }
            """;

    private static final String RECORD_ACCOMMODATION = """
            mutation RecordAccommodation($input: RecordAccommodationInput!) {
              recordAccommodation(input: $input) { accommodation { id code } youngPerson %s %s }
            }
            """.formatted(YoungPersonRecord.FIELDS, UserError.FIELDS) + YoungPersonRecord.FRAGMENTS;

    private static final String RECORD_ACTIVITY = """
            mutation RecordActivity($input: RecordActivityInput!) {
              recordActivity(input: $input) { activity { id code } youngPerson %s %s }
            }
            """.formatted(YoungPersonRecord.FIELDS, UserError.FIELDS) + YoungPersonRecord.FRAGMENTS;

    private static final String ANSWER_CORRECTION = """
            mutation Answer($input: AnswerCorrectionRequestInput!) {
              answerCorrectionRequest(input: $input) { correctionRequest { id } %s }
            }
            """.formatted(UserError.FIELDS);

    private static final String TEAM = "{ myTeam { id name members " + StaffRef.FIELDS + " } }";

    private final SignedInBackend backend;

    YoungPeople(SignedInBackend backend) {
        this.backend = backend;
    }

    /** Empty when there is no such young person or they are not one this member of staff may open. */
    public Optional<YoungPersonRecord> find(String id) {
        return backend.fetch(RECORD, Map.of("id", id), "youngPerson", YoungPersonRecord.class);
    }

    /** The signed-in member of staff's team: the advisers a manager may allocate. */
    public List<StaffRef> teamMembers() {
        return backend.fetch(TEAM, Map.of(), "myTeam", Team.class).map(Team::members).orElse(List.of());
    }

    public DetailsPayload updateDetails(Map<String, Object> input) {
        return mutate(UPDATE_DETAILS, "updateYoungPersonDetails", input, DetailsPayload.class);
    }

    public LogContactPayload logContact(String youngPersonId, ContactKind kind, LocalDate happenedOn,
                                        Boolean seenAlone, String notes) {
        var input = new HashMap<String, Object>();
        input.put("youngPersonId", youngPersonId);
        input.put("kind", kind.name());
        input.put("happenedOn", iso(happenedOn));
        input.put("seenAlone", seenAlone);
        input.put("notes", notes);
        return mutate(LOG_CONTACT, "logContact", input, LogContactPayload.class);
    }

    public ChangePayload recordCircumstanceChange(String youngPersonId, CircumstanceChangeKind kind,
                                                  LocalDate occurredOn, boolean intoAuthorityAccommodation,
                                                  String description) {
        var input = new HashMap<String, Object>();
        input.put("youngPersonId", youngPersonId);
        input.put("kind", kind.name());
        input.put("occurredOn", iso(occurredOn));
        input.put("intoAuthorityAccommodation", intoAuthorityAccommodation);
        input.put("description", description);
        return mutate(RECORD_CHANGE, "recordCircumstanceChange", input, ChangePayload.class);
    }

    public AccommodationPayload recordAccommodation(String youngPersonId, LocalDate from,
                                                    AccommodationTerms.AccommodationType type,
                                                    AccommodationTerms.Suitability suitability) {
        var input = new HashMap<String, Object>();
        input.put("youngPersonId", youngPersonId);
        input.put("from", iso(from));
        input.put("type", type.name());
        input.put("suitability", suitability.name());
        return mutate(RECORD_ACCOMMODATION, "recordAccommodation", input, AccommodationPayload.class);
    }

    public ActivityPayload recordActivity(String youngPersonId, LocalDate from, AccommodationTerms.ActivityCode code) {
        var input = new HashMap<String, Object>();
        input.put("youngPersonId", youngPersonId);
        input.put("from", iso(from));
        input.put("code", code.name());
        return mutate(RECORD_ACTIVITY, "recordActivity", input, ActivityPayload.class);
    }

    public RecordPayload allocateAdviser(String youngPersonId, String adviserId, LocalDate startsOn) {
        var input = new HashMap<String, Object>();
        input.put("youngPersonId", youngPersonId);
        input.put("adviserId", adviserId);
        input.put("startsOn", iso(startsOn));
        return smallChange("AllocatePersonalAdviserInput", "allocatePersonalAdviser", input);
    }

    public RecordPayload agreeContactFrequency(String youngPersonId, ContactFrequency frequency) {
        return smallChange("AgreeContactFrequencyInput", "agreeContactFrequency",
                Map.of("youngPersonId", youngPersonId, "frequency", frequency.name()));
    }

    public AnswerPayload answerCorrectionRequest(String correctionRequestId, String answer) {
        return mutate(ANSWER_CORRECTION, "answerCorrectionRequest",
                Map.of("correctionRequestId", correctionRequestId, "answer", answer), AnswerPayload.class);
    }

    private RecordPayload smallChange(String inputType, String mutation, Map<String, Object> input) {
        String document = SMALL_CHANGE.formatted(inputType, mutation, YoungPersonRecord.FIELDS, UserError.FIELDS)
                + YoungPersonRecord.FRAGMENTS;
        return mutate(document, mutation, input, RecordPayload.class);
    }

    private <T> T mutate(String document, String mutation, Map<String, Object> input, Class<T> payload) {
        return backend.fetch(document, Map.of("input", input), mutation, payload).orElseThrow(() ->
                new BackendException(BackendProblem.INTERNAL, "No payload from " + mutation, null));
    }

    /** The contract's Date scalar: ISO-8601. */
    static String iso(LocalDate date) {
        return date == null ? null : date.toString();
    }

    record Team(String id, String name, List<StaffRef> members) {}

    /** Something that may have gone wrong field by field. */
    public interface HasUserErrors {
        List<UserError> userErrors();
    }

    public record RecordPayload(YoungPersonRecord youngPerson, List<UserError> userErrors) implements HasUserErrors {}

    public record FieldChange(String field, String before, String after) {}

    public record DetailsConflict(List<FieldChange> changedFields, YoungPersonRecord current) {}

    /** @param conflict set when someone else saved first: nothing was saved */
    public record DetailsPayload(YoungPersonRecord youngPerson, List<UserError> userErrors, DetailsConflict conflict)
            implements HasUserErrors {}

    /** Words in the notes that young people find stigmatising: advice only, the contact is saved anyway. */
    public record LanguageFlag(String found, int start, int end, String suggestion, String explanation) {}

    public record Saved(String id) {}

    public record LogContactPayload(Saved contact, YoungPersonRecord youngPerson, List<UserError> userErrors,
                                    List<LanguageFlag> languageFlags) implements HasUserErrors {}

    public record ChangePayload(Saved change, YoungPersonRecord youngPerson, List<UserError> userErrors)
            implements HasUserErrors {}

    public record SavedCode(String id, String code) {}

    public record AccommodationPayload(SavedCode accommodation, YoungPersonRecord youngPerson, List<UserError> userErrors)
            implements HasUserErrors {}

    public record ActivityPayload(SavedCode activity, YoungPersonRecord youngPerson, List<UserError> userErrors)
            implements HasUserErrors {}

    public record AnswerPayload(Saved correctionRequest, List<UserError> userErrors) implements HasUserErrors {}
}
