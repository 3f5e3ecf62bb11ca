package app.onward.youngperson;

import app.onward.audit.AuditLog;
import app.onward.clock.CaseClocks;
import app.onward.clock.Today;
import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;
import app.onward.youngperson.YoungPersonInputs.UpdateYoungPersonDetailsInput;
import app.onward.youngperson.internal.AuditTrail;
import app.onward.youngperson.internal.YoungPersonRepository;
import org.jooq.Field;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * Editing a young person's details, with no lost updates: the edit carries the version it was read at, and a
 * save against a newer version writes nothing and says which fields someone else changed since.
 */
@Service
public class YoungPersonDetailsChanges {

    static final String ACTION = "UPDATE_YOUNG_PERSON_DETAILS";

    private final RecordAccess access;
    private final YoungPersonRepository youngPeople;
    private final AuditTrail trail;
    private final CaseClocks clocks;
    private final AuditLog audit;
    private final Today today;

    YoungPersonDetailsChanges(RecordAccess access, YoungPersonRepository youngPeople, AuditTrail trail, CaseClocks clocks,
                              AuditLog audit, Today today) {
        this.access = access;
        this.youngPeople = youngPeople;
        this.trail = trail;
        this.clocks = clocks;
        this.audit = audit;
        this.today = today;
    }

    public record FieldChange(String field, String before, String after) {
    }

    public record DetailsConflict(List<FieldChange> changedFields, YoungPerson current) {
    }

    public record Result(YoungPerson youngPerson, List<UserError> userErrors, DetailsConflict conflict) {
    }

    @Transactional
    public Result update(UpdateYoungPersonDetailsInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        access.requireMayOpen(id);
        Map<String, Object> stored = youngPeople.details(id.value()).orElseThrow();
        LocalDate registeredOn = ((OffsetDateTime) stored.get(YOUNG_PERSON.CREATED_AT.getName()))
                .atZoneSameInstant(Today.ENGLAND).toLocalDate();
        InputChecks checks = validate(input, registeredOn);
        if (!checks.ok()) {
            return new Result(null, checks.errors(), null);
        }
        Map<DetailField, Object> wanted = values(input);
        Map<Field<?>, Object> columns = new LinkedHashMap<>();
        wanted.forEach((field, value) -> columns.put(field.column, value));
        if (!youngPeople.updateDetails(id.value(), input.version(), columns)) {
            YoungPerson current = youngPeople.find(id.value(), YOUNG_PERSON.ID.eq(id.value())).orElseThrow();
            return new Result(null, List.of(UserError.conflict("Someone else saved these details since you opened them. "
                    + "Check what they changed, then make your changes again.")),
                    new DetailsConflict(changesSince(id, input.version(), stored), current));
        }
        Map<String, Object> before = new LinkedHashMap<>();
        Map<String, Object> after = new LinkedHashMap<>();
        wanted.forEach((field, value) -> {
            Object old = stored.get(field.column.getName());
            if (!Objects.equals(old, value)) {
                before.put(field.input, field.audited(old));
                after.put(field.input, field.audited(value));
            }
        });
        before.put("version", input.version());
        after.put("version", input.version() + 1);
        audit.record(ACTION, Ids.YOUNG_PERSON, id.value(), before, after);
        clocks.recompute(id);
        return new Result(youngPeople.find(id.value(), YOUNG_PERSON.ID.eq(id.value())).orElseThrow(), List.of(), null);
    }

    /** The fields others changed after {@code version}, from the audit trail; "before" as it was at that version. */
    private List<FieldChange> changesSince(YoungPersonId id, int version, Map<String, Object> current) {
        Map<String, String> firstBefore = new LinkedHashMap<>();
        for (AuditTrail.Change change : trail.changesAfterVersion(Ids.YOUNG_PERSON, id.value(), ACTION, version)) {
            change.before().forEach((field, value) -> {
                if (!field.equals("version")) {
                    firstBefore.putIfAbsent(field, value);
                }
            });
        }
        List<FieldChange> changes = new ArrayList<>();
        for (DetailField field : DetailField.values()) {
            if (firstBefore.containsKey(field.input)) {
                Object now = current.get(field.column.getName());
                changes.add(new FieldChange(field.input, field.special ? null : firstBefore.get(field.input),
                        now == null ? null : now.toString()));
            }
        }
        return changes;
    }

    private InputChecks validate(UpdateYoungPersonDetailsInput input, LocalDate registeredOn) {
        InputChecks checks = new InputChecks()
                .required("givenName", "their given name", input.givenName(), 100)
                .required("familyName", "their family name", input.familyName(), 100)
                .optional("preferredName", "the name they prefer", input.preferredName(), 100)
                .optional("pronouns", "pronouns", input.pronouns(), 30)
                .optional("disabilityDetails", "disability details", input.disabilityDetails(), 2000)
                .required("preferredLanguage", "their preferred language", input.preferredLanguage(), 50)
                .email("email", input.email())
                .phone("phone", input.phone());
        // Judged against the day they were registered, so a record kept past the 26th birthday can still be corrected.
        YoungPersonChanges.ageCheck(input.dateOfBirth(), registeredOn).ifPresent(checks::add);
        if (!DetailField.ETHNICITY_CODES.contains(input.ethnicity())) {
            checks.add(UserError.invalid("ethnicity", "Choose an ethnicity from the DfE list (NOBT when not yet known)"));
        }
        if (input.consentsToTexts() && InputChecks.blankToNull(input.phone()) == null) {
            checks.add(UserError.invalid("consentsToTexts", "Enter a phone number to send texts to"));
        }
        if (input.consentsToEmail() && InputChecks.blankToNull(input.email()) == null) {
            checks.add(UserError.invalid("consentsToEmail", "Enter an email address to send email to"));
        }
        return checks;
    }

    private static Map<DetailField, Object> values(UpdateYoungPersonDetailsInput input) {
        Map<DetailField, Object> values = new LinkedHashMap<>();
        values.put(DetailField.GIVEN_NAME, input.givenName().strip());
        values.put(DetailField.FAMILY_NAME, input.familyName().strip());
        values.put(DetailField.PREFERRED_NAME, InputChecks.blankToNull(input.preferredName()));
        values.put(DetailField.PRONOUNS, InputChecks.blankToNull(input.pronouns()));
        values.put(DetailField.DATE_OF_BIRTH, input.dateOfBirth());
        values.put(DetailField.UNACCOMPANIED_ASYLUM_SEEKING, input.unaccompaniedAsylumSeeking());
        values.put(DetailField.IS_PARENT, input.isParent());
        values.put(DetailField.HAS_DISABILITY, input.hasDisability());
        values.put(DetailField.DISABILITY_DETAILS, InputChecks.blankToNull(input.disabilityDetails()));
        values.put(DetailField.ETHNICITY, input.ethnicity());
        values.put(DetailField.PREFERRED_LANGUAGE, input.preferredLanguage().strip());
        values.put(DetailField.PHONE, InputChecks.blankToNull(input.phone()));
        values.put(DetailField.EMAIL, InputChecks.blankToNull(input.email()));
        values.put(DetailField.CONSENTS_TO_TEXTS, input.consentsToTexts());
        values.put(DetailField.CONSENTS_TO_EMAIL, input.consentsToEmail());
        return values;
    }
}
