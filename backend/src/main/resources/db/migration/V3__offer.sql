-- An authority's local offer. Each publication is an immutable version; the public reads the latest
-- published one. (Sections, rules and drafts arrive with the local-offer issue.)

create table offer_version (
    tenant_id      uuid        not null references tenant (id),
    id             uuid        not null default gen_random_uuid(),
    version_number integer     not null,
    status         text        not null,
    title          text        not null,
    introduction   text        not null,
    published_at   timestamptz,
    constraint offer_version_pk primary key (tenant_id, id),
    constraint offer_version_number_uk unique (tenant_id, version_number),
    constraint offer_version_status_known check (status in ('DRAFT', 'PUBLISHED')),
    constraint offer_version_published_has_date check ((status = 'PUBLISHED') = (published_at is not null))
);

create index offer_version_published_ix on offer_version (tenant_id, status, version_number desc);

create table entitlement (
    tenant_id        uuid    not null references tenant (id),
    id               uuid    not null default gen_random_uuid(),
    offer_version_id uuid    not null,
    position         integer not null,
    title            text    not null,
    summary          text    not null,
    constraint entitlement_pk primary key (tenant_id, id),
    constraint entitlement_offer_version_fk foreign key (tenant_id, offer_version_id)
        references offer_version (tenant_id, id) on delete cascade,
    constraint entitlement_position_uk unique (tenant_id, offer_version_id, position)
);

call secure_tenant_table('offer_version');
call secure_tenant_table('entitlement');

-- What the public may read: published versions and their entitlements, nothing else.
call allow_public_reads('offer_version', $$status = 'PUBLISHED'$$);
call allow_public_reads('entitlement', $$exists (select from offer_version v
    where v.tenant_id = entitlement.tenant_id and v.id = entitlement.offer_version_id and v.status = 'PUBLISHED')$$);

grant select, insert, update, delete on offer_version, entitlement to ${applicationRole};
