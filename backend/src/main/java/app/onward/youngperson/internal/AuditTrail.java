package app.onward.youngperson.internal;

import org.jooq.DSLContext;
import org.jooq.JSONB;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import static app.onward.jooq.Tables.AUDIT_EVENT;

/** Reads back the audit events of a record's edits: what others changed since a version someone read. */
@Repository
public class AuditTrail {

    private final DSLContext dsl;
    private final JsonMapper json;

    AuditTrail(DSLContext dsl, JsonMapper json) {
        this.dsl = dsl;
        this.json = json;
    }

    /** The fields one edit changed, with their audited values before it. */
    public record Change(Map<String, String> before) {
    }

    /** The edits that produced versions after {@code version}, oldest first. */
    public List<Change> changesAfterVersion(String entityType, UUID entityId, String action, int version) {
        return dsl.select(AUDIT_EVENT.BEFORE_STATE).from(AUDIT_EVENT)
                .where(AUDIT_EVENT.ENTITY_TYPE.eq(entityType)).and(AUDIT_EVENT.ENTITY_ID.eq(entityId))
                .and(AUDIT_EVENT.ACTION.eq(action))
                .and(DSL.field("({0} ->> 'version')::int", Integer.class, AUDIT_EVENT.BEFORE_STATE).ge(version))
                .orderBy(AUDIT_EVENT.OCCURRED_AT)
                .fetch(row -> new Change(fields(row.value1())));
    }

    private Map<String, String> fields(JSONB state) {
        Map<String, String> fields = new LinkedHashMap<>();
        JsonNode node = json.readTree(state.data());
        node.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue().isNull() ? null : entry.getValue().asString()));
        return fields;
    }
}
