-- Where a young person lives and what they do, as dated histories with the DfE SSDA903 codes (OC3 ACCOM and
-- ACTIV). Appended to, never changed: an entry holds from its day until the day before the next one; a
-- correction is a new entry (from the same day, it replaces the earlier one). The rules on which codes may be
-- recorded when: app.onward.accommodation.Ssda903Rules and docs/decisions/0016-accommodation-and-activity-codes.md.
-- No free text: what is recorded is a code, so nothing special-category sits here.

create table accommodation_period (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    young_person_id uuid        not null,
    starts_on       date        not null,
    -- SSDA903 ACCOM letter; with suitability it makes the returned code (U1 suitable, U2 unsuitable).
    accommodation   text        not null,
    suitability     text        not null,
    recorded_by     uuid        not null,
    recorded_at     timestamptz not null default now(),
    constraint accommodation_period_pk primary key (tenant_id, id),
    constraint accommodation_period_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint accommodation_period_recorded_by_fk foreign key (tenant_id, recorded_by)
        references staff_member (tenant_id, id),
    constraint accommodation_period_code_known check (accommodation in ('B', 'C', 'D', 'E', 'G', 'H', 'K', 'R', 'S', 'T',
        'U', 'V', 'W', 'X', 'Y', 'Z')),
    constraint accommodation_period_suitability_known check (suitability in ('SUITABLE', 'UNSUITABLE')),
    -- SSDA903: no fixed abode (S1) and custody (X1) are never suitable.
    constraint accommodation_period_never_suitable check (not (accommodation in ('S', 'X') and suitability = 'SUITABLE'))
);

create index accommodation_period_young_person_ix on accommodation_period (tenant_id, young_person_id, starts_on desc);

create table activity_period (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    young_person_id uuid        not null,
    starts_on       date        not null,
    -- SSDA903 ACTIV: F full time, P part time; 1 higher education, 2 other education, 4 apprenticeship,
    -- 5 training or employment; G4 illness or disability, G5 other, G6 pregnancy or parenting (not in EET).
    activity        text        not null,
    recorded_by     uuid        not null,
    recorded_at     timestamptz not null default now(),
    constraint activity_period_pk primary key (tenant_id, id),
    constraint activity_period_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint activity_period_recorded_by_fk foreign key (tenant_id, recorded_by)
        references staff_member (tenant_id, id),
    constraint activity_period_code_known check (activity in ('F1', 'P1', 'F2', 'P2', 'F4', 'P4', 'F5', 'P5', 'G4', 'G5', 'G6'))
);

create index activity_period_young_person_ix on activity_period (tenant_id, young_person_id, starts_on desc);

call secure_tenant_table('accommodation_period');
call secure_tenant_table('activity_period');

-- Append-only: no update, no delete.
grant select, insert on accommodation_period, activity_period to ${applicationRole};
