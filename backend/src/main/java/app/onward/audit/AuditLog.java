package app.onward.audit;

import app.onward.identity.CurrentUser;
import app.onward.identity.SignedInUser;
import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.UUID;

import static app.onward.jooq.Tables.AUDIT_EVENT;

/**
 * Every mutation writes an audit event in its own transaction (MANDATORY: an event without the change, or a
 * change without its event, cannot happen). Before and after are the records as the API shows them; for
 * special-category fields pass a marker ("changed"), never the value.
 */
@Component
public class AuditLog {

    private final DSLContext dsl;
    private final JsonMapper json;

    AuditLog(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    @Transactional(propagation = Propagation.MANDATORY)
    public void record(String action, String entityType, UUID entityId, Object before, Object after) {
        dsl.insertInto(AUDIT_EVENT)
                .set(AUDIT_EVENT.ACTOR_SUBJECT, CurrentUser.find().map(SignedInUser::subject).orElse("system"))
                .set(AUDIT_EVENT.ACTION, action)
                .set(AUDIT_EVENT.ENTITY_TYPE, entityType)
                .set(AUDIT_EVENT.ENTITY_ID, entityId)
                .set(AUDIT_EVENT.BEFORE_STATE, jsonb(before))
                .set(AUDIT_EVENT.AFTER_STATE, jsonb(after))
                .execute();
    }

    /**
     * A READ event for each record read, in one statement: for special-category records, whose every read is
     * audited. In the reader's transaction, which must not be read-only: when the events cannot be written the
     * read fails, so nothing is ever served unaudited.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void recordReads(String entityType, Collection<UUID> entityIds) {
        if (entityIds.isEmpty()) {
            return;
        }
        String actor = CurrentUser.find().map(SignedInUser::subject).orElse("system");
        var insert = dsl.insertInto(AUDIT_EVENT, AUDIT_EVENT.ACTOR_SUBJECT, AUDIT_EVENT.ACTION, AUDIT_EVENT.ENTITY_TYPE,
                AUDIT_EVENT.ENTITY_ID);
        for (UUID id : entityIds) {
            insert = insert.values(actor, "READ", entityType, id);
        }
        insert.execute();
    }

    private JSONB jsonb(Object state) {
        return state == null ? null : JSONB.valueOf(json.writeValueAsString(state));
    }
}
