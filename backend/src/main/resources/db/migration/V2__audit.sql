-- Every mutation writes an audit event in the same transaction; reads of sensitive records do too.
-- Append-only for the application role: it may insert and read, never update or delete.
-- For special-category fields the event records that they changed, not their values.

create table audit_event (
    tenant_id     uuid        not null references tenant (id),
    id            uuid        not null default gen_random_uuid(),
    occurred_at   timestamptz not null default now(),
    actor_subject text        not null,
    action        text        not null,
    entity_type   text        not null,
    entity_id     uuid,
    before_state  jsonb,
    after_state   jsonb,
    constraint audit_event_pk primary key (tenant_id, id)
);

create index audit_event_entity_ix on audit_event (tenant_id, entity_type, entity_id, occurred_at);

call secure_tenant_table('audit_event');

grant select, insert on audit_event to ${applicationRole};
