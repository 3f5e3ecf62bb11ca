package app.onward.casework;

import app.onward.audit.AuditLog;
import app.onward.casework.CaseworkInputs.AnswerCorrectionRequestInput;
import app.onward.casework.CaseworkInputs.LogContactInput;
import app.onward.casework.CaseworkInputs.RecordCircumstanceChangeInput;
import app.onward.casework.CaseworkInputs.TellUsSomethingChangedInput;
import app.onward.casework.CaseworkInputs.TellUsSomethingIsWrongInput;
import app.onward.casework.internal.CaseworkRepository;
import app.onward.clock.CaseClocks;
import app.onward.clock.Today;
import app.onward.graphql.GlobalId;
import app.onward.graphql.InputChecks;
import app.onward.graphql.UserError;
import app.onward.identity.CurrentUser;
import app.onward.language.LanguageChecker;
import app.onward.language.LanguageFlag;
import app.onward.notice.NoticeKind;
import app.onward.notice.Notices;
import app.onward.youngperson.Ids;
import app.onward.youngperson.RecordAccess;
import app.onward.youngperson.StaffMemberRef;
import app.onward.youngperson.YoungPerson;
import app.onward.youngperson.YoungPersonId;
import app.onward.youngperson.YoungPersonService;
import org.jooq.impl.DSL;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.UUID;

import static app.onward.jooq.Tables.CIRCUMSTANCE_CHANGE;

/**
 * Contacts, changes of circumstances and correction requests. Staff write them for young people they may
 * open; a young person tells us about their own record only. Each write moves the clocks and is audited in
 * the same transaction; what a young person tells us reaches their adviser as a notice.
 */
@Service
public class CaseworkService {

    static final String CONTACT = "Contact";
    static final String CHANGE = "CircumstanceChange";
    static final String CORRECTION = "CorrectionRequest";
    private static final Set<String> NOT_SEEN = Set.of("PHONE", "TEXT");

    private final RecordAccess access;
    private final CaseworkRepository casework;
    private final YoungPersonService youngPeople;
    private final CaseClocks clocks;
    private final Notices notices;
    private final AuditLog audit;
    private final Today today;
    private final LanguageChecker language;

    CaseworkService(RecordAccess access, CaseworkRepository casework, YoungPersonService youngPeople, CaseClocks clocks,
                    Notices notices, AuditLog audit, Today today, LanguageChecker language) {
        this.language = language;
        this.access = access;
        this.casework = casework;
        this.youngPeople = youngPeople;
        this.clocks = clocks;
        this.notices = notices;
        this.audit = audit;
        this.today = today;
    }

    /** {@code languageFlags}: advice on the notes' words (language that cares); never a reason to refuse. */
    public record LoggedContact(Contact contact, YoungPerson youngPerson, List<UserError> userErrors,
                                List<LanguageFlag> languageFlags) {
    }

    public record RecordedChange(CircumstanceChange change, YoungPerson youngPerson, List<UserError> userErrors) {
    }

    public record Correction(CorrectionRequest correctionRequest, List<UserError> userErrors) {
    }

    @Transactional
    public LoggedContact logContact(LogContactInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        StaffMemberRef me = access.requireMayOpen(id);
        YoungPerson person = youngPeople.find(id).orElseThrow();
        LocalDate happenedOn = input.happenedOn() == null ? today.date() : input.happenedOn();
        InputChecks checks = new InputChecks().optional("notes", "notes", input.notes(), 10_000);
        dateCheck("happenedOn", happenedOn, person).ifPresent(checks::add);
        if (!checks.ok()) {
            return new LoggedContact(null, null, checks.errors(), List.of());
        }
        Boolean seenAlone = NOT_SEEN.contains(input.kind()) ? null : input.seenAlone();
        UUID contact = casework.insertContact(id.value(), input.kind(), happenedOn, seenAlone,
                input.notes() == null ? "" : input.notes().strip(), me.id().value());
        clocks.recompute(id);
        // Notes can hold anything about the young person's life: the audit records that they were written, not what.
        audit.record("LOG_CONTACT", CONTACT, contact, null, Map.of("youngPersonId", id.toString(), "kind", input.kind(),
                "happenedOn", happenedOn.toString(), "notes", "recorded"));
        return new LoggedContact(casework.contact(contact).orElseThrow(), youngPeople.find(id).orElseThrow(), List.of(),
                language.check(input.notes() == null ? "" : input.notes()));
    }

    @Transactional
    public RecordedChange recordChange(RecordCircumstanceChangeInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        access.requireMayOpen(id);
        YoungPerson person = youngPeople.find(id).orElseThrow();
        boolean intoAccommodation = Boolean.TRUE.equals(input.intoAuthorityAccommodation());
        InputChecks checks = new InputChecks().optional("description", "the description", input.description(), 2_000);
        dateCheck("occurredOn", input.occurredOn(), person).ifPresent(checks::add);
        if (intoAccommodation && !input.kind().equals("MOVED_HOME")) {
            checks.add(UserError.invalid("intoAuthorityAccommodation", "Only a move of home can be into accommodation we provide"));
        }
        if (!checks.ok()) {
            return new RecordedChange(null, null, checks.errors());
        }
        UUID change = casework.insertChange(id.value(), input.kind(), input.occurredOn(), intoAccommodation,
                input.description() == null ? "" : input.description().strip(), "STAFF", CurrentUser.require().subject());
        clocks.recompute(id);
        audit.record("RECORD_CIRCUMSTANCE_CHANGE", CHANGE, change, null, Map.of("youngPersonId", id.toString(),
                "kind", input.kind(), "occurredOn", input.occurredOn().toString(),
                "intoAuthorityAccommodation", intoAccommodation, "description", "recorded"));
        return new RecordedChange(casework.change(change).orElseThrow(), youngPeople.find(id).orElseThrow(), List.of());
    }

    /** A young person tells us something changed: a change of circumstances, and their adviser is told. */
    @Transactional
    public RecordedChange tellUsSomethingChanged(TellUsSomethingChangedInput input) {
        YoungPersonId own = access.requireOwnRecord();
        LocalDate occurredOn = input.occurredOn() == null ? today.date() : input.occurredOn();
        InputChecks checks = new InputChecks().optional("description", "what changed", input.description(), 2_000);
        if (occurredOn.isAfter(today.date())) {
            checks.add(UserError.invalid("occurredOn", "Enter today or a day before"));
        }
        if (!checks.ok()) {
            return new RecordedChange(null, null, checks.errors());
        }
        UUID change = casework.insertChange(own.value(), input.kind(), occurredOn, false,
                input.description() == null ? "" : input.description().strip(), "YOUNG_PERSON", CurrentUser.require().subject());
        clocks.recompute(own);
        notices.tellAdviser(own, NoticeKind.CIRCUMSTANCE_CHANGE_REPORTED, change);
        audit.record("TELL_US_SOMETHING_CHANGED", CHANGE, change, null, Map.of("youngPersonId", own.toString(),
                "kind", input.kind(), "occurredOn", occurredOn.toString(), "description", "recorded"));
        return new RecordedChange(casework.change(change).orElseThrow(), null, List.of());
    }

    /** A young person tells us something we hold is wrong: their adviser must answer. */
    @Transactional
    public Correction tellUsSomethingIsWrong(TellUsSomethingIsWrongInput input) {
        YoungPersonId own = access.requireOwnRecord();
        InputChecks checks = new InputChecks().required("whatIsWrong", "what is wrong", input.whatIsWrong(), 2_000);
        if (!checks.ok()) {
            return new Correction(null, checks.errors());
        }
        UUID request = casework.insertCorrection(own.value(), input.whatIsWrong().strip());
        notices.tellAdviser(own, NoticeKind.CORRECTION_REQUESTED, request);
        audit.record("TELL_US_SOMETHING_IS_WRONG", CORRECTION, request, null,
                Map.of("youngPersonId", own.toString(), "whatIsWrong", "recorded"));
        return new Correction(casework.correction(request).orElseThrow(), List.of());
    }

    /** Personal advisers only, for a young person they may open; an answer is given once. */
    @Transactional
    public Correction answer(AnswerCorrectionRequestInput input) {
        StaffMemberRef me = access.requireStaff();
        if (!me.isAdviser()) {
            throw new AccessDeniedException("Only a personal adviser answers a correction request");
        }
        CorrectionRequest request = GlobalId.parse(CORRECTION, input.correctionRequestId()).flatMap(casework::correction)
                .orElseThrow(() -> new NoSuchElementException("No such correction request"));
        access.requireMayOpen(request.youngPerson());
        InputChecks checks = new InputChecks().required("answer", "your answer", input.answer(), 2_000);
        if (checks.ok() && !casework.answer(request.id(), input.answer().strip(), me.id().value())) {
            checks.add(UserError.notAllowed("correctionRequestId", "This request has been answered already"));
        }
        if (!checks.ok()) {
            return new Correction(null, checks.errors());
        }
        audit.record("ANSWER_CORRECTION_REQUEST", CORRECTION, request.id(), Map.of("answered", false),
                Map.of("answered", true, "answer", "recorded"));
        return new Correction(casework.correction(request.id()).orElseThrow(), List.of());
    }

    // Lists for nested fields, many young people at a time (they were authorised when their parent was read).

    @Transactional(readOnly = true)
    public Map<UUID, List<Contact>> latestContacts(Collection<UUID> youngPeople, int first) {
        return casework.latestContacts(youngPeople, Math.clamp(first, 1, 100));
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<CircumstanceChange>> changes(Collection<UUID> youngPeople) {
        return casework.changes(youngPeople, DSL.trueCondition());
    }

    @Transactional(readOnly = true)
    public Map<UUID, List<CorrectionRequest>> corrections(Collection<UUID> youngPeople) {
        return casework.corrections(youngPeople);
    }

    /** For the young person's own view: the changes they told us about. */
    @Transactional(readOnly = true)
    public List<CircumstanceChange> changesTheyToldUs(YoungPersonId own) {
        return casework.changes(List.of(own.value()), CIRCUMSTANCE_CHANGE.REPORTED_BY.eq("YOUNG_PERSON"))
                .getOrDefault(own.value(), List.of());
    }

    @Transactional(readOnly = true)
    public List<CorrectionRequest> correctionsOf(YoungPersonId own) {
        return casework.corrections(List.of(own.value())).getOrDefault(own.value(), List.of());
    }

    private java.util.Optional<UserError> dateCheck(String field, LocalDate day, YoungPerson person) {
        return day.isAfter(today.date()) || day.isBefore(person.dateOfBirth())
                ? java.util.Optional.of(UserError.invalid(field, "Enter a date between their birth and today"))
                : java.util.Optional.empty();
    }
}
