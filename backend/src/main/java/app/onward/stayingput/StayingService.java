package app.onward.stayingput;

import app.onward.audit.AuditLog;
import app.onward.clock.Today;
import app.onward.graphql.GlobalId;
import app.onward.graphql.UserError;
import app.onward.stayingput.StayingInputs.EndArrangementInput;
import app.onward.stayingput.StayingInputs.RecordArrangementReviewInput;
import app.onward.stayingput.StayingInputs.Terms;
import app.onward.stayingput.internal.StayingRepository;
import app.onward.youngperson.Ids;
import app.onward.youngperson.RecordAccess;
import app.onward.youngperson.StaffMemberRef;
import app.onward.youngperson.YoungPerson;
import app.onward.youngperson.YoungPersonId;
import app.onward.youngperson.YoungPersonService;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Staying put and staying close: started, changed, reviewed and ended by staff who may open the young person's
 * record ({@link RecordAccess}), each change checked by {@link ArrangementRules}, refused when made from an older
 * version (saying what changed since), and audited in the same transaction. Both kinds go through the same steps;
 * docs/decisions/0018-staying-put-and-staying-close.md says why they share them.
 */
@Service
public class StayingService {

    /** The support agreed may say how a young person is (their health): audited as changed, never its words. */
    private static final Set<String> AUDITED_AS_CHANGED = Set.of("supportAgreed");

    private final RecordAccess access;
    private final StayingRepository arrangements;
    private final YoungPersonService youngPeople;
    private final AuditLog audit;
    private final Today today;

    StayingService(RecordAccess access, StayingRepository arrangements, YoungPersonService youngPeople, AuditLog audit,
                   Today today) {
        this.access = access;
        this.arrangements = arrangements;
        this.youngPeople = youngPeople;
        this.audit = audit;
        this.today = today;
    }

    /** The arrangement as it now is (null when nothing was written), its young person, and what was wrong. */
    public record Result(Arrangement arrangement, YoungPerson youngPerson, List<UserError> userErrors) {
        static Result refused(List<UserError> errors) {
            return new Result(null, null, errors);
        }
    }

    @Transactional
    public Result start(ArrangementKind kind, String youngPersonId, Terms terms) {
        YoungPersonId id = Ids.youngPerson(youngPersonId);
        StaffMemberRef me = access.requireMayOpen(id);
        YoungPerson person = youngPeople.find(id).orElseThrow();
        List<UserError> errors = ArrangementRules.terms(kind, terms, person.dateOfBirth(), today.date());
        if (errors.isEmpty() && arrangements.hasOpen(id.value(), kind)) {
            errors = List.of(UserError.notAllowed(null, "They already have a " + kind.words.toLowerCase()
                    + " arrangement that has not ended: change that one, or end it before starting another"));
        }
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        ArrangementTerms written = ArrangementTerms.of(terms);
        UUID arrangement = arrangements.insert(id.value(), kind, written, me.id().value());
        Map<String, Object> after = audited(written);
        after.put("youngPersonId", id.toString());
        after.put("version", 1);
        audit.record(kind.action("START"), kind.typeName, arrangement, null, after);
        return written(arrangement);
    }

    @Transactional
    public Result update(ArrangementKind kind, String arrangementId, int version, Terms terms) {
        Arrangement before = openToChange(kind, arrangementId);
        YoungPerson person = youngPeople.find(new YoungPersonId(before.youngPersonId())).orElseThrow();
        List<UserError> refusal = refusal(before, version);
        if (!refusal.isEmpty()) {
            return Result.refused(refusal);
        }
        List<UserError> errors = ArrangementRules.terms(kind, terms, person.dateOfBirth(), today.date());
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        ArrangementTerms wanted = ArrangementTerms.of(terms);
        if (!arrangements.update(before.id(), version, wanted)) {
            return Result.refused(conflict(before.kind(), before.id(), version));
        }
        Map<String, Object> was = values(ArrangementTerms.of(before));
        Map<String, Object> now = values(wanted);
        Map<String, Object> changedBefore = new LinkedHashMap<>();
        Map<String, Object> changedAfter = new LinkedHashMap<>();
        now.forEach((field, value) -> {
            if (!Objects.equals(was.get(field), value)) {
                boolean marked = AUDITED_AS_CHANGED.contains(field);
                changedBefore.put(field, marked ? "changed" : was.get(field));
                changedAfter.put(field, marked ? "changed" : value);
            }
        });
        changedBefore.put("version", version);
        changedAfter.put("version", version + 1);
        audit.record(kind.action("UPDATE"), kind.typeName, before.id(), changedBefore, changedAfter);
        return written(before.id());
    }

    @Transactional
    public Result review(ArrangementKind kind, RecordArrangementReviewInput input) {
        Arrangement before = openToChange(kind, input.arrangementId());
        List<UserError> refusal = refusal(before, input.version());
        if (!refusal.isEmpty()) {
            return Result.refused(refusal);
        }
        List<UserError> errors = ArrangementRules.review(before.startsOn(), input.reviewedOn(), input.note(),
                input.nextReviewOn(), today.date());
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        if (!arrangements.addReview(before.id(), input.version(), input.reviewedOn(), input.note().strip(),
                input.nextReviewOn(), access.requireStaff().id().value())) {
            return Result.refused(conflict(kind, before.id(), input.version()));
        }
        // The note is what a review found about a young person's home life: audited as written, never its words.
        audit.record(kind.action("REVIEW"), kind.typeName, before.id(), null, Map.of("reviewedOn",
                input.reviewedOn().toString(), "nextReviewOn", input.nextReviewOn().toString(), "note", "written",
                "version", input.version() + 1));
        return written(before.id());
    }

    @Transactional
    public Result end(ArrangementKind kind, EndArrangementInput input) {
        Arrangement before = openToChange(kind, input.arrangementId());
        List<UserError> refusal = refusal(before, input.version());
        if (!refusal.isEmpty()) {
            return Result.refused(refusal);
        }
        List<UserError> errors = ArrangementRules.ending(before.startsOn(), input.endedOn(), input.how(), input.note(),
                today.date());
        if (!errors.isEmpty()) {
            return Result.refused(errors);
        }
        String note = input.note() == null || input.note().isBlank() ? null : input.note().strip();
        if (!arrangements.end(before.id(), input.version(), input.endedOn(), input.how(), note)) {
            return Result.refused(conflict(kind, before.id(), input.version()));
        }
        audit.record(kind.action("END"), kind.typeName, before.id(), Map.of("version", input.version()),
                Map.of("endedOn", input.endedOn().toString(), "how", input.how().name(),
                        "note", note == null ? "" : "written", "version", input.version() + 1));
        return written(before.id());
    }

    // Reads for nested fields, many young people at a time (they were authorised when their parent was read).

    /** Each young person's arrangements of this kind, newest first. */
    @Transactional(readOnly = true)
    public Map<UUID, List<Arrangement>> arrangements(Collection<UUID> youngPeople, ArrangementKind kind) {
        return arrangements.forYoungPeople(youngPeople, List.of(kind));
    }

    /** For the young person's own view: the arrangement they are in now, in their words; null when none. */
    @Transactional(readOnly = true)
    public MyArrangement mine(YoungPersonId own) {
        return arrangements.forYoungPeople(List.of(own.value()), List.of(ArrangementKind.values()))
                .getOrDefault(own.value(), List.of()).stream().filter(Arrangement::open)
                .min(Comparator.comparing(Arrangement::kind))
                .map(arrangement -> MyArrangement.of(arrangement, today.date())).orElse(null);
    }

    /** The arrangement, when the signed-in member of staff may open its young person's record; otherwise not found. */
    private Arrangement openToChange(ArrangementKind kind, String arrangementId) {
        Arrangement arrangement = (arrangementId == null ? Optional.<UUID>empty()
                : GlobalId.parse(kind.typeName, arrangementId)).flatMap(arrangements::find)
                .orElseThrow(() -> new NoSuchElementException("No such arrangement"));
        access.requireMayOpen(new YoungPersonId(arrangement.youngPersonId()));
        return arrangement;
    }

    /** An edit from an older version, or of an arrangement that has ended, changes nothing. */
    private List<UserError> refusal(Arrangement current, int version) {
        if (current.version() != version) {
            return conflict(current.kind(), current.id(), version);
        }
        if (!current.open()) {
            return List.of(UserError.notAllowed(null, "This arrangement ended on " + ArrangementRules.day(current.ending().endedOn())
                    + ": start a new one if they are staying again"));
        }
        return List.of();
    }

    private List<UserError> conflict(ArrangementKind kind, UUID id, int version) {
        return List.of(UserError.conflict("Someone else saved this arrangement after you opened it: "
                + WhatChanged.since(arrangements.changesAfter(kind.typeName, id, version))
                + ". Nothing of yours was saved: look at the arrangement as it is now, then make your change again."));
    }

    private Result written(UUID arrangement) {
        Arrangement now = arrangements.find(arrangement).orElseThrow();
        return new Result(now, youngPeople.find(new YoungPersonId(now.youngPersonId())).orElseThrow(), List.of());
    }

    /** The terms of the arrangement's kind, by input field, as text. */
    private static Map<String, Object> values(ArrangementTerms terms) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("startsOn", String.valueOf(terms.startsOn()));
        fields.put("plannedEndOn", String.valueOf(terms.plannedEndOn()));
        if (terms.household() != null) {
            fields.put("household", terms.household());
            fields.put("weeklyAllowance", terms.weeklyAllowance().toString());
            fields.put("weeklyContribution", terms.weeklyContribution().toString());
            fields.put("moveOnPlanAgreedOn", String.valueOf(terms.moveOnPlanAgreedOn()));
        } else {
            fields.put("livesAt", terms.livesAt());
            fields.put("childrensHome", terms.childrensHome());
            fields.put("supportAgreed", terms.supportAgreed());
            fields.put("keyContact", String.valueOf(terms.keyContact()));
        }
        return fields;
    }

    /** The terms as the audit keeps them: values, except those marked as written (see AUDITED_AS_CHANGED). */
    private static Map<String, Object> audited(ArrangementTerms terms) {
        Map<String, Object> fields = values(terms);
        AUDITED_AS_CHANGED.forEach(field -> fields.computeIfPresent(field, (name, value) -> "written"));
        return fields;
    }
}
