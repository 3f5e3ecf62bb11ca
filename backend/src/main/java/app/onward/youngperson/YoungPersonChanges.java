package app.onward.youngperson;

import app.onward.audit.AuditLog;
import app.onward.clock.CaseClocks;
import app.onward.clock.ContactFrequency;
import app.onward.clock.Today;
import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;
import app.onward.identity.CurrentUser;
import app.onward.youngperson.YoungPersonInputs.AgreeContactFrequencyInput;
import app.onward.youngperson.YoungPersonInputs.AllocatePersonalAdviserInput;
import app.onward.youngperson.YoungPersonInputs.RecordCareLeaverCategoryInput;
import app.onward.youngperson.YoungPersonInputs.RecordInTouchStatusInput;
import app.onward.youngperson.YoungPersonInputs.RegisterYoungPersonInput;
import app.onward.youngperson.internal.StaffRepository;
import app.onward.youngperson.internal.YoungPersonRepository;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.YOUNG_PERSON;

/**
 * Registering a young person and appending to their dated histories. Each mutation: authorised by
 * {@link RecordAccess}, validated field by field (nothing written when anything is wrong), audited and its
 * clocks recomputed in the same transaction. Editing the details is {@link YoungPersonDetailsChanges}.
 */
@Service
public class YoungPersonChanges {

    /** Who may be registered: a care leaver is 16 to 25 (see docs/decisions/0010-clocks.md). */
    static final int YOUNGEST = 16;
    static final int OLDEST = 25;

    private final RecordAccess access;
    private final YoungPersonRepository youngPeople;
    private final StaffRepository staff;
    private final CaseClocks clocks;
    private final AuditLog audit;
    private final Today today;

    YoungPersonChanges(RecordAccess access, YoungPersonRepository youngPeople, StaffRepository staff, CaseClocks clocks,
                       AuditLog audit, Today today) {
        this.access = access;
        this.youngPeople = youngPeople;
        this.staff = staff;
        this.clocks = clocks;
        this.audit = audit;
        this.today = today;
    }

    /** A young person (null when nothing was written) and what was wrong with the input. */
    public record Result(YoungPerson youngPerson, List<UserError> userErrors) {
        static Result errors(List<UserError> errors) {
            return new Result(null, errors);
        }
    }

    @Transactional
    public Result register(RegisterYoungPersonInput input) {
        StaffMemberRef me = access.requireStaff();
        LocalDate now = today.date();
        InputChecks checks = new InputChecks()
                .required("givenName", "their given name", input.givenName(), 100)
                .required("familyName", "their family name", input.familyName(), 100)
                .optional("preferredName", "the name they prefer", input.preferredName(), 100)
                .optional("pronouns", "pronouns", input.pronouns(), 30);
        ageCheck(input.dateOfBirth(), now).ifPresent(checks::add);
        categoryDateCheck("categoryAppliesFrom", input.dateOfBirth(), input.categoryAppliesFrom(), now).ifPresent(checks::add);
        Optional<StaffMember> adviser = Optional.empty();
        if (input.personalAdviserId() != null) {
            adviser = Ids.staffMember(input.personalAdviserId()).flatMap(id -> staff.find(id.value()))
                    .filter(member -> member.team().id().equals(me.team()));
            if (adviser.isEmpty()) {
                checks.add(UserError.notFound("personalAdviserId", "Choose a personal adviser from your team"));
            }
        }
        if (!checks.ok()) {
            return Result.errors(checks.errors());
        }
        String by = CurrentUser.require().subject();
        UUID id = youngPeople.insert(new YoungPersonRepository.NewYoungPerson(input.givenName().strip(),
                input.familyName().strip(), InputChecks.blankToNull(input.preferredName()),
                InputChecks.blankToNull(input.pronouns()), input.dateOfBirth(),
                Boolean.TRUE.equals(input.unaccompaniedAsylumSeeking()), me.team().value()));
        youngPeople.appendCategory(id, input.category(), input.categoryAppliesFrom(), by);
        adviser.ifPresent(member -> youngPeople.allocate(id, member.id().value(), now, by));
        clocks.recompute(new YoungPersonId(id));
        audit.record("REGISTER_YOUNG_PERSON", Ids.YOUNG_PERSON, id, null, Map.of(
                "givenName", input.givenName().strip(), "familyName", input.familyName().strip(),
                "dateOfBirth", input.dateOfBirth().toString(), "category", input.category(),
                "categoryAppliesFrom", input.categoryAppliesFrom().toString(), "version", 1,
                "personalAdviserId", adviser.map(member -> member.id().toString()).orElse("")));
        return new Result(reread(id), List.of());
    }

    @Transactional
    public Result recordCategory(RecordCareLeaverCategoryInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        access.requireMayOpen(id);
        YoungPerson person = reread(id.value());
        InputChecks checks = new InputChecks();
        categoryDateCheck("appliesFrom", person.dateOfBirth(), input.appliesFrom(), today.date()).ifPresent(checks::add);
        if (checks.ok() && !youngPeople.appendCategory(id.value(), input.category(), input.appliesFrom(),
                CurrentUser.require().subject())) {
            checks.add(UserError.invalid("appliesFrom", "A category is already recorded from that day"));
        }
        if (!checks.ok()) {
            return Result.errors(checks.errors());
        }
        clocks.recompute(id);
        audit.record("RECORD_CARE_LEAVER_CATEGORY", Ids.YOUNG_PERSON, id.value(), null,
                Map.of("category", input.category(), "appliesFrom", input.appliesFrom().toString()));
        return new Result(reread(id.value()), List.of());
    }

    @Transactional
    public Result recordInTouchStatus(RecordInTouchStatusInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        access.requireMayOpen(id);
        YoungPerson person = reread(id.value());
        InputChecks checks = new InputChecks();
        if (input.appliesFrom().isAfter(today.date()) || input.appliesFrom().isBefore(person.dateOfBirth())) {
            checks.add(UserError.invalid("appliesFrom", "Enter a date between their birth and today"));
        } else if (!youngPeople.appendInTouchStatus(id.value(), input.status(), input.appliesFrom(),
                CurrentUser.require().subject())) {
            checks.add(UserError.invalid("appliesFrom", "An in-touch status is already recorded from that day"));
        }
        if (!checks.ok()) {
            return Result.errors(checks.errors());
        }
        clocks.recompute(id);
        audit.record("RECORD_IN_TOUCH_STATUS", Ids.YOUNG_PERSON, id.value(), null,
                Map.of("status", input.status(), "appliesFrom", input.appliesFrom().toString()));
        return new Result(reread(id.value()), List.of());
    }

    /** Team managers only: an adviser of their team, from a day after the current allocation started. */
    @Transactional
    public Result allocate(AllocatePersonalAdviserInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        StaffMemberRef me = access.requireManager();
        access.requireMayOpen(id);
        InputChecks checks = new InputChecks();
        Optional<StaffMember> adviser = Ids.staffMember(input.adviserId()).flatMap(staffId -> staff.find(staffId.value()))
                .filter(member -> member.team().id().equals(me.team()));
        if (adviser.isEmpty()) {
            checks.add(UserError.notFound("adviserId", "Choose a personal adviser from your team"));
        }
        Optional<LocalDate> currentStart = youngPeople.currentAllocationStart(id.value());
        if (input.startsOn().isAfter(today.date())) {
            checks.add(UserError.invalid("startsOn", "Enter today or a day before"));
        } else if (currentStart.isPresent() && !input.startsOn().isAfter(currentStart.get())) {
            checks.add(UserError.invalid("startsOn", "Enter a day after the current allocation started"));
        }
        if (!checks.ok()) {
            return Result.errors(checks.errors());
        }
        YoungPerson before = reread(id.value());
        youngPeople.allocate(id.value(), adviser.get().id().value(), input.startsOn(), CurrentUser.require().subject());
        clocks.recompute(id);
        audit.record("ALLOCATE_PERSONAL_ADVISER", Ids.YOUNG_PERSON, id.value(),
                Map.of("adviserId", before.personalAdviser() == null ? "" : before.personalAdviser().id().toString()),
                Map.of("adviserId", adviser.get().id().toString(), "startsOn", input.startsOn().toString()));
        return new Result(reread(id.value()), List.of());
    }

    @Transactional
    public Result agreeContactFrequency(AgreeContactFrequencyInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        access.requireMayOpen(id);
        YoungPerson before = reread(id.value());
        youngPeople.setContactFrequency(id.value(), ContactFrequency.valueOf(input.frequency()).name());
        clocks.recompute(id);
        audit.record("AGREE_CONTACT_FREQUENCY", Ids.YOUNG_PERSON, id.value(),
                Map.of("frequency", before.contactFrequency().name()), Map.of("frequency", input.frequency()));
        return new Result(reread(id.value()), List.of());
    }

    private YoungPerson reread(UUID id) {
        return youngPeople.find(id, YOUNG_PERSON.ID.eq(id)).orElseThrow();
    }

    /** A care leaver is 16 to 25: registration asks for their care-leaver category, which starts at 16. */
    static Optional<UserError> ageCheck(LocalDate dateOfBirth, LocalDate on) {
        if (dateOfBirth.isAfter(on.minusYears(YOUNGEST)) || !dateOfBirth.isAfter(on.minusYears(OLDEST + 1))) {
            return Optional.of(UserError.invalid("dateOfBirth",
                    "Enter a date of birth for someone aged " + YOUNGEST + " to " + OLDEST + " (a care leaver)"));
        }
        return Optional.empty();
    }

    /** A category applies from the 16th birthday at the earliest, and not from a day still to come. */
    private static Optional<UserError> categoryDateCheck(String field, LocalDate dateOfBirth, LocalDate appliesFrom, LocalDate now) {
        if (appliesFrom.isAfter(now) || appliesFrom.isBefore(dateOfBirth.plusYears(16))) {
            return Optional.of(UserError.invalid(field, "Enter a date from their 16th birthday to today"));
        }
        return Optional.empty();
    }
}
