-- The whole local offer: sections, and everything a young person needs to know about each entitlement.
-- An authority edits one draft at a time; publishing turns the draft into a version that nothing can change
-- again, so what a young person was shown on any day can be read back (the version published latest before
-- that day).

create table offer_section (
    tenant_id        uuid    not null references tenant (id),
    id               uuid    not null default gen_random_uuid(),
    offer_version_id uuid    not null,
    area             text    not null,
    position         integer not null,
    title            text    not null,
    introduction     text    not null default '',
    constraint offer_section_pk primary key (tenant_id, id),
    constraint offer_section_offer_version_fk foreign key (tenant_id, offer_version_id)
        references offer_version (tenant_id, id) on delete cascade,
    constraint offer_section_area_uk unique (tenant_id, offer_version_id, area),
    constraint offer_section_position_uk unique (tenant_id, offer_version_id, position),
    constraint offer_section_area_known check (area in ('HEALTH_AND_WELLBEING', 'RELATIONSHIPS', 'EDUCATION_AND_TRAINING',
        'EMPLOYMENT', 'ACCOMMODATION', 'PARTICIPATION_IN_SOCIETY', 'MONEY_AND_FINANCIAL_SKILLS',
        'HOUSING_AND_HOMELESSNESS_PREVENTION'))
);

call secure_tenant_table('offer_section');
call allow_public_reads('offer_section', $$exists (select from offer_version v
    where v.tenant_id = offer_section.tenant_id and v.id = offer_section.offer_version_id and v.status = 'PUBLISHED')$$);
grant select, insert, update, delete on offer_section to ${applicationRole};

-- Two people editing the draft: a save names the row_version it started from, and the second of two saves
-- from the same one changes nothing and is told what changed.
alter table offer_version add column row_version integer not null default 0;
alter table offer_version add column published_by text;
create unique index offer_version_one_draft_uk on offer_version (tenant_id) where status = 'DRAFT';

-- Versions published before this migration keep only the title and summary they were shown with.
alter table entitlement
    add column key              text,
    add column section_id       uuid,
    add column national         text,
    add column what_you_get     jsonb,
    add column who_qualifies    jsonb,
    add column how_to_claim     jsonb,
    add column legal_basis      text,
    add column last_reviewed_on date,
    add column available_until  date,
    add constraint entitlement_section_fk foreign key (tenant_id, section_id)
        references offer_section (tenant_id, id) on delete cascade,
    add constraint entitlement_key_uk unique (tenant_id, offer_version_id, key),
    add constraint entitlement_national_known check (national in ('SETTING_UP_HOME_ALLOWANCE', 'HIGHER_EDUCATION_BURSARY',
        'SIXTEEN_TO_NINETEEN_BURSARY', 'APPRENTICESHIP_BURSARY', 'PERSONAL_ADVISER', 'STAYING_PUT',
        'SHARED_ACCOMMODATION_RATE_EXEMPTION', 'UNIVERSAL_CREDIT_BEFORE_EIGHTEEN'));

create index entitlement_section_ix on entitlement (tenant_id, section_id);

-- Published is final, whoever asks: a published version, its sections and its entitlements can be neither
-- changed nor deleted, and nothing can be added to them.
create function refuse_change_to_published_offer() returns trigger
    language plpgsql
    as $$
    declare
        version_id uuid := case when tg_op = 'INSERT' then new.offer_version_id else old.offer_version_id end;
        owner      uuid := case when tg_op = 'INSERT' then new.tenant_id else old.tenant_id end;
    begin
        if exists (select from offer_version v where v.tenant_id = owner and v.id = version_id and v.status = 'PUBLISHED') then
            raise exception 'A published offer version cannot be changed' using errcode = 'restrict_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end
    $$;

create function refuse_change_to_published_version() returns trigger
    language plpgsql
    as $$
    begin
        if old.status = 'PUBLISHED' then
            raise exception 'A published offer version cannot be changed' using errcode = 'restrict_violation';
        end if;
        return case when tg_op = 'DELETE' then old else new end;
    end
    $$;

create trigger offer_version_published_is_final before update or delete on offer_version
    for each row execute function refuse_change_to_published_version();
create trigger offer_section_published_is_final before insert or update or delete on offer_section
    for each row execute function refuse_change_to_published_offer();
create trigger entitlement_published_is_final before insert or update or delete on entitlement
    for each row execute function refuse_change_to_published_offer();
