package app.onward.notice;

import app.onward.audit.AuditLog;
import app.onward.graphql.GlobalId;
import app.onward.notice.internal.NoticeRepository;
import app.onward.pathwayplan.YoungPersonRespondedToPlan;
import app.onward.youngperson.RecordAccess;
import app.onward.youngperson.StaffMemberRef;
import app.onward.youngperson.YoungPerson;
import app.onward.youngperson.YoungPersonId;
import app.onward.youngperson.YoungPersonService;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.UUID;

/**
 * Tells staff that something is waiting: what a young person told us, what they said about their plan. A
 * notice names its kind and the young person's id; nothing personal is in it.
 */
@Service
public class Notices {

    static final String TYPE = "Notice";

    private final NoticeRepository notices;
    private final RecordAccess access;
    private final YoungPersonService youngPeople;
    private final AuditLog audit;

    Notices(NoticeRepository notices, RecordAccess access, YoungPersonService youngPeople, AuditLog audit) {
        this.notices = notices;
        this.access = access;
        this.youngPeople = youngPeople;
        this.audit = audit;
    }

    /** Tells the young person's current adviser (or, while none is allocated, their team), in the caller's transaction. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void tellAdviser(YoungPersonId youngPerson, NoticeKind kind, UUID about) {
        notices.recipientsFor(youngPerson.value())
                .forEach(recipient -> notices.insert(recipient, kind, youngPerson.value(), about));
    }

    @EventListener
    void on(YoungPersonRespondedToPlan responded) {
        tellAdviser(responded.youngPerson(), switch (responded.response()) {
            case COMMENTED -> NoticeKind.PLAN_COMMENTED;
            case AGREED -> NoticeKind.PLAN_AGREED;
        }, responded.planId());
    }

    /** The signed-in member of staff's notices, newest first. */
    @Transactional(readOnly = true)
    public List<Notice> mine(boolean unreadOnly, int first) {
        StaffMemberRef me = access.requireStaff();
        List<NoticeRepository.StoredNotice> stored = notices.forRecipient(me.id().value(), unreadOnly, Math.clamp(first, 1, 100));
        Map<UUID, YoungPerson> openable = youngPeople.findOpenable(stored.stream()
                .map(NoticeRepository.StoredNotice::youngPerson).filter(Objects::nonNull).distinct().toList());
        return stored.stream().map(notice -> notice(notice, openable)).toList();
    }

    public record MarkReadResult(Notice notice, List<app.onward.graphql.UserError> userErrors) {
    }

    @Transactional
    public MarkReadResult markRead(String noticeId) {
        StaffMemberRef me = access.requireStaff();
        UUID id = GlobalId.parse(TYPE, noticeId).orElseThrow(() -> new NoSuchElementException("No such notice"));
        NoticeRepository.StoredNotice before = notices.find(id, me.id().value())
                .orElseThrow(() -> new NoSuchElementException("No such notice"));
        notices.markRead(id);
        audit.record("MARK_NOTICE_READ", TYPE, id, Map.of("read", before.readAt() != null), Map.of("read", true));
        NoticeRepository.StoredNotice after = notices.find(id, me.id().value()).orElseThrow();
        Map<UUID, YoungPerson> openable = after.youngPerson() == null ? Map.of()
                : youngPeople.findOpenable(List.of(after.youngPerson()));
        return new MarkReadResult(notice(after, openable), List.of());
    }

    private static Notice notice(NoticeRepository.StoredNotice stored, Map<UUID, YoungPerson> openable) {
        return new Notice(stored.id(), stored.kind(), stored.youngPerson() == null ? null : openable.get(stored.youngPerson()),
                stored.createdAt(), stored.readAt() != null);
    }
}
