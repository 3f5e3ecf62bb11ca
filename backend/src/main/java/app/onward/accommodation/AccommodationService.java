package app.onward.accommodation;

import app.onward.accommodation.AccommodationInputs.RecordAccommodationInput;
import app.onward.accommodation.AccommodationInputs.RecordActivityInput;
import app.onward.accommodation.internal.AccommodationRepository;
import app.onward.audit.AuditLog;
import app.onward.clock.Today;
import app.onward.graphql.UserError;
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
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Where a young person lives and what they do, as dated histories with the SSDA903 codes. Staff who may open the
 * record (their personal adviser, their team, their manager: {@link RecordAccess}) append to them; the
 * {@link Ssda903Rules} say what may be recorded from which day. Each entry is audited in the same transaction.
 */
@Service
public class AccommodationService {

    static final String ACCOMMODATION = "AccommodationPeriod";
    static final String ACTIVITY = "ActivityPeriod";

    private final RecordAccess access;
    private final AccommodationRepository histories;
    private final YoungPersonService youngPeople;
    private final AuditLog audit;
    private final Today today;

    AccommodationService(RecordAccess access, AccommodationRepository histories, YoungPersonService youngPeople,
                         AuditLog audit, Today today) {
        this.access = access;
        this.histories = histories;
        this.youngPeople = youngPeople;
        this.audit = audit;
        this.today = today;
    }

    /** The entry written (null when nothing was), the record as it now is, and what was wrong. */
    public record RecordedAccommodation(AccommodationPeriod accommodation, YoungPerson youngPerson, List<UserError> userErrors) {
    }

    public record RecordedActivity(ActivityPeriod activity, YoungPerson youngPerson, List<UserError> userErrors) {
    }

    @Transactional
    public RecordedAccommodation recordAccommodation(RecordAccommodationInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        StaffMemberRef me = access.requireMayOpen(id);
        List<UserError> errors = Ssda903Rules.accommodation(input.type(), input.suitability(), input.from(), facts(id, input.from()));
        if (!errors.isEmpty()) {
            return new RecordedAccommodation(null, null, errors);
        }
        UUID entry = histories.insertAccommodation(id.value(), input.from(), input.type(), input.suitability(), me.id().value());
        audit.record("RECORD_ACCOMMODATION", ACCOMMODATION, entry, null, Map.of("youngPersonId", id.toString(),
                "from", input.from().toString(), "code", input.type().code(input.suitability())));
        AccommodationPeriod written = accommodation(List.of(id.value())).getOrDefault(id.value(), List.of()).stream()
                .filter(period -> period.id().equals(entry)).findFirst().orElseThrow();
        return new RecordedAccommodation(written, youngPeople.find(id).orElseThrow(), List.of());
    }

    @Transactional
    public RecordedActivity recordActivity(RecordActivityInput input) {
        YoungPersonId id = Ids.youngPerson(input.youngPersonId());
        StaffMemberRef me = access.requireMayOpen(id);
        List<UserError> errors = Ssda903Rules.activity(input.code(), input.from(), facts(id, input.from()));
        if (!errors.isEmpty()) {
            return new RecordedActivity(null, null, errors);
        }
        UUID entry = histories.insertActivity(id.value(), input.from(), input.code(), me.id().value());
        audit.record("RECORD_ACTIVITY", ACTIVITY, entry, null, Map.of("youngPersonId", id.toString(),
                "from", input.from().toString(), "code", input.code().name()));
        ActivityPeriod written = activity(List.of(id.value())).getOrDefault(id.value(), List.of()).stream()
                .filter(period -> period.id().equals(entry)).findFirst().orElseThrow();
        return new RecordedActivity(written, youngPeople.find(id).orElseThrow(), List.of());
    }

    // Histories for nested fields, many young people at a time (they were authorised when their parent was read).

    /** Each young person's accommodation timeline, newest first. */
    @Transactional(readOnly = true)
    public Map<UUID, List<AccommodationPeriod>> accommodation(Collection<UUID> youngPeople) {
        return timelines(histories.accommodation(youngPeople));
    }

    /** Each young person's activity timeline, newest first. */
    @Transactional(readOnly = true)
    public Map<UUID, List<ActivityPeriod>> activity(Collection<UUID> youngPeople) {
        return timelines(histories.activity(youngPeople));
    }

    /** For the young person's own view (their id comes from their token, through {@code mine}). */
    @Transactional(readOnly = true)
    public InPlainWords whereILive(YoungPersonId own) {
        return InPlainWords.whereILive(accommodation(List.of(own.value())).getOrDefault(own.value(), List.of()));
    }

    @Transactional(readOnly = true)
    public InPlainWords whatImDoing(YoungPersonId own) {
        return InPlainWords.whatImDoing(activity(List.of(own.value())).getOrDefault(own.value(), List.of()));
    }

    private Ssda903Rules.Facts facts(YoungPersonId id, LocalDate from) {
        YoungPerson person = youngPeople.find(id).orElseThrow();
        return new Ssda903Rules.Facts(person.dateOfBirth(),
                from == null ? null : histories.inTouchOn(id.value(), from).orElse(null), today.date());
    }

    private static <T extends Timeline.Entry<T>> Map<UUID, List<T>> timelines(Map<UUID, List<T>> entries) {
        return entries.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, entry -> Timeline.of(entry.getValue())));
    }
}
