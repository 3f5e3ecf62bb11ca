package app.onward.notice.internal;

import app.onward.notice.NoticeKind;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import static app.onward.jooq.Tables.ADVISER_ALLOCATION;
import static app.onward.jooq.Tables.NOTICE;
import static app.onward.jooq.Tables.STAFF_MEMBER;
import static app.onward.jooq.Tables.YOUNG_PERSON;

@Repository
public class NoticeRepository {

    private final DSLContext dsl;

    NoticeRepository(DSLContext dsl) {
        this.dsl = dsl;
    }

    public record StoredNotice(UUID id, NoticeKind kind, UUID youngPerson, OffsetDateTime createdAt, OffsetDateTime readAt) {
    }

    /**
     * Who is told about a young person: their current personal adviser; while none is allocated, every member
     * of their team, so that nothing they said waits unseen.
     */
    public List<UUID> recipientsFor(UUID youngPerson) {
        List<UUID> adviser = dsl.select(ADVISER_ALLOCATION.STAFF_MEMBER_ID).from(ADVISER_ALLOCATION)
                .where(ADVISER_ALLOCATION.YOUNG_PERSON_ID.eq(youngPerson)).and(ADVISER_ALLOCATION.ENDED_ON.isNull())
                .fetch(ADVISER_ALLOCATION.STAFF_MEMBER_ID);
        return !adviser.isEmpty() ? adviser : dsl.select(STAFF_MEMBER.ID).from(STAFF_MEMBER)
                .where(STAFF_MEMBER.TEAM_ID.eq(DSL.select(YOUNG_PERSON.TEAM_ID).from(YOUNG_PERSON)
                        .where(YOUNG_PERSON.ID.eq(youngPerson))))
                .fetch(STAFF_MEMBER.ID);
    }

    public void insert(UUID recipient, NoticeKind kind, UUID youngPerson, UUID about) {
        dsl.insertInto(NOTICE)
                .set(NOTICE.RECIPIENT_ID, recipient)
                .set(NOTICE.KIND, kind.name())
                .set(NOTICE.YOUNG_PERSON_ID, youngPerson)
                .set(NOTICE.ABOUT_ID, about)
                .execute();
    }

    public List<StoredNotice> forRecipient(UUID recipient, boolean unreadOnly, int first) {
        return dsl.selectFrom(NOTICE)
                .where(NOTICE.RECIPIENT_ID.eq(recipient)).and(unreadOnly ? NOTICE.READ_AT.isNull() : DSL.trueCondition())
                .orderBy(NOTICE.CREATED_AT.desc(), NOTICE.ID)
                .limit(first)
                .fetch(row -> new StoredNotice(row.getId(), NoticeKind.valueOf(row.getKind()), row.getYoungPersonId(),
                        row.getCreatedAt(), row.getReadAt()));
    }

    public Optional<StoredNotice> find(UUID id, UUID recipient) {
        return dsl.selectFrom(NOTICE).where(NOTICE.ID.eq(id)).and(NOTICE.RECIPIENT_ID.eq(recipient))
                .fetchOptional(row -> new StoredNotice(row.getId(), NoticeKind.valueOf(row.getKind()), row.getYoungPersonId(),
                        row.getCreatedAt(), row.getReadAt()));
    }

    public void markRead(UUID id) {
        dsl.update(NOTICE).set(NOTICE.READ_AT, DSL.currentOffsetDateTime())
                .where(NOTICE.ID.eq(id)).and(NOTICE.READ_AT.isNull())
                .execute();
    }
}
