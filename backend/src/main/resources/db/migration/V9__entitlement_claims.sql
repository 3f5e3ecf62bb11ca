-- What a young person says about claiming an entitlement: applied for, received, or refused (with a reason).
-- A dated history, appended to, never changed: the latest entry per entitlement is where it stands.

create table entitlement_claim (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    young_person_id uuid        not null,
    entitlement_key text        not null,
    status          text        not null,
    reason          text,
    recorded_at     timestamptz not null default now(),
    recorded_by     text        not null,
    constraint entitlement_claim_pk primary key (tenant_id, id),
    constraint entitlement_claim_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint entitlement_claim_status_known check (status in ('APPLIED_FOR', 'RECEIVED', 'REFUSED')),
    constraint entitlement_claim_reason_when_refused check ((status = 'REFUSED') = (reason is not null))
);

create index entitlement_claim_young_person_ix on entitlement_claim (tenant_id, young_person_id, entitlement_key, recorded_at desc);
create index entitlement_claim_key_ix on entitlement_claim (tenant_id, entitlement_key);

call secure_tenant_table('entitlement_claim');
grant select, insert on entitlement_claim to ${applicationRole};
