-- Young people, the staff who work with them, and the teams both belong to.
-- Dated histories (category, in-touch status, adviser allocation) are appended, never overwritten: the
-- statutory returns ask "what was it on the 19th birthday?". See docs/decisions/0009-who-may-open-whose-records.md.

create table team (
    tenant_id uuid not null references tenant (id),
    id        uuid not null default gen_random_uuid(),
    name      text not null,
    constraint team_pk primary key (tenant_id, id),
    constraint team_name_uk unique (tenant_id, name)
);

-- A member of staff as Onward knows them: linked to their account by the token's subject. Roles stay in
-- Keycloak; the team is what decides whose records they may open.
create table staff_member (
    tenant_id       uuid not null references tenant (id),
    id              uuid not null default gen_random_uuid(),
    account_subject text not null,
    display_name    text not null,
    job_title       text not null,
    email           text,
    phone           text,
    team_id         uuid not null,
    constraint staff_member_pk primary key (tenant_id, id),
    constraint staff_member_account_uk unique (tenant_id, account_subject),
    constraint staff_member_team_fk foreign key (tenant_id, team_id) references team (tenant_id, id)
);

create index staff_member_team_ix on staff_member (tenant_id, team_id);

create table young_person (
    tenant_id                    uuid        not null references tenant (id),
    id                           uuid        not null default gen_random_uuid(),
    given_name                   text        not null,
    family_name                  text        not null,
    preferred_name               text,
    pronouns                     text,
    date_of_birth                date        not null,
    unaccompanied_asylum_seeking boolean     not null default false,
    is_parent                    boolean     not null default false,
    has_disability               boolean     not null default false,
    disability_details           text,
    -- DfE ethnicity code (the SSDA903 / Annex A list), e.g. WBRI; REFU refused, NOBT not yet obtained.
    ethnicity                    text        not null default 'NOBT',
    preferred_language           text        not null default 'English',
    phone                        text,
    email                        text,
    consents_to_texts            boolean     not null default false,
    consents_to_email            boolean     not null default false,
    team_id                      uuid        not null,
    -- The young person's own account (their token's subject), once they have one.
    account_subject              text,
    -- How often the young person and their adviser agreed to be in touch; at least every two months.
    contact_frequency            text        not null default 'EVERY_TWO_MONTHS',
    -- Every edit of these details carries the row_version it read; a stale one is refused.
    row_version                  integer     not null default 1,
    created_at                   timestamptz not null default now(),
    updated_at                   timestamptz not null default now(),
    constraint young_person_pk primary key (tenant_id, id),
    constraint young_person_account_uk unique (tenant_id, account_subject),
    constraint young_person_team_fk foreign key (tenant_id, team_id) references team (tenant_id, id),
    constraint young_person_ethnicity_known check (ethnicity in ('WBRI', 'WIRI', 'WIRT', 'WOTH', 'WROM', 'MWBC',
        'MWBA', 'MWAS', 'MOTH', 'AIND', 'APKN', 'ABAN', 'AOTH', 'BCRB', 'BAFR', 'BOTH', 'CHNE', 'OOTH', 'REFU', 'NOBT')),
    constraint young_person_contact_frequency_known check (contact_frequency in ('WEEKLY', 'FORTNIGHTLY', 'MONTHLY',
        'EVERY_SIX_WEEKS', 'EVERY_TWO_MONTHS'))
);

create index young_person_team_ix on young_person (tenant_id, team_id);

create table care_leaver_category (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    young_person_id uuid        not null,
    category        text        not null,
    applies_from    date        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null default now(),
    constraint care_leaver_category_pk primary key (tenant_id, id),
    constraint care_leaver_category_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint care_leaver_category_known check (category in ('ELIGIBLE', 'RELEVANT', 'FORMER_RELEVANT', 'QUALIFYING')),
    constraint care_leaver_category_date_uk unique (tenant_id, young_person_id, applies_from)
);

create table in_touch_status (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    young_person_id uuid        not null,
    -- SSDA903 IN_TOUCH: YES, NO, DIED, REFU (refuses support), NREQ (no longer requires), RHOM (returned home).
    status          text        not null,
    applies_from    date        not null,
    recorded_by     text        not null,
    recorded_at     timestamptz not null default now(),
    constraint in_touch_status_pk primary key (tenant_id, id),
    constraint in_touch_status_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint in_touch_status_known check (status in ('YES', 'NO', 'DIED', 'REFU', 'NREQ', 'RHOM')),
    constraint in_touch_status_date_uk unique (tenant_id, young_person_id, applies_from)
);

-- Who the young person's personal adviser is, and was. An allocation ends when the next one starts.
create table adviser_allocation (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    young_person_id uuid        not null,
    staff_member_id uuid        not null,
    started_on      date        not null,
    ended_on        date,
    recorded_by     text        not null,
    recorded_at     timestamptz not null default now(),
    constraint adviser_allocation_pk primary key (tenant_id, id),
    constraint adviser_allocation_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint adviser_allocation_staff_member_fk foreign key (tenant_id, staff_member_id)
        references staff_member (tenant_id, id),
    constraint adviser_allocation_dates check (ended_on is null or ended_on >= started_on)
);

create unique index adviser_allocation_current_uk on adviser_allocation (tenant_id, young_person_id) where ended_on is null;
create index adviser_allocation_adviser_ix on adviser_allocation (tenant_id, staff_member_id) where ended_on is null;
create index adviser_allocation_young_person_ix on adviser_allocation (tenant_id, young_person_id, started_on);
create index care_leaver_category_young_person_ix on care_leaver_category (tenant_id, young_person_id, applies_from);
create index in_touch_status_young_person_ix on in_touch_status (tenant_id, young_person_id, applies_from);

call secure_tenant_table('team');
call secure_tenant_table('staff_member');
call secure_tenant_table('young_person');
call secure_tenant_table('care_leaver_category');
call secure_tenant_table('in_touch_status');
call secure_tenant_table('adviser_allocation');

grant select, insert, update on team, staff_member, young_person to ${applicationRole};
-- Histories are appended; only an allocation's end date is ever filled in afterwards.
grant select, insert on care_leaver_category, in_touch_status, adviser_allocation to ${applicationRole};
grant update (ended_on) on adviser_allocation to ${applicationRole};
