-- Referrals for mental-health support, from the request to the first appointment and after. Special-category data
-- (UK GDPR art. 9): who may read a referral (narrower than who may open the record) is
-- app.onward.mentalhealth.ReferralAccess; every read and every change is audited, the free text never in the
-- audit. Why: docs/decisions/0017-mental-health-referrals.md.

create table mental_health_referral (
    tenant_id                uuid        not null references tenant (id),
    id                       uuid        not null default gen_random_uuid(),
    young_person_id          uuid        not null,
    service                  text        not null,
    -- The organisation, for VOLUNTARY_SECTOR and OTHER only.
    service_name             text,
    reason                   text        not null,
    urgency                  text        not null,
    -- Consent: all three or none (a draft may wait for it; sending needs it).
    consent_given_by         text,
    consent_given_on         date,
    consent_how              text,
    known_to_camhs_before_18 boolean     not null,
    transition_from_camhs    boolean     not null,
    -- Every change (details or status) adds one; a change sent with an older version is refused.
    version                  integer     not null default 1,
    started_by               uuid        not null,
    started_at               timestamptz not null default now(),
    constraint mental_health_referral_pk primary key (tenant_id, id),
    constraint mental_health_referral_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint mental_health_referral_started_by_fk foreign key (tenant_id, started_by)
        references staff_member (tenant_id, id),
    constraint mental_health_referral_service_known check (service in ('ADULT_COMMUNITY_MENTAL_HEALTH',
        'NHS_TALKING_THERAPIES', 'CARE_LEAVER_MENTAL_HEALTH_NURSE', 'GP', 'CRISIS_TEAM', 'VOLUNTARY_SECTOR', 'OTHER')),
    constraint mental_health_referral_service_named check ((service in ('VOLUNTARY_SECTOR', 'OTHER')) = (service_name is not null)),
    constraint mental_health_referral_urgency_known check (urgency in ('ROUTINE', 'URGENT', 'EMERGENCY')),
    constraint mental_health_referral_consent_whole check ((consent_given_by is null) = (consent_given_on is null)
        and (consent_given_by is null) = (consent_how is null)),
    constraint mental_health_referral_consent_known check (consent_given_by in ('YOUNG_PERSON', 'LEGAL_REPRESENTATIVE')
        and consent_how in ('IN_PERSON', 'PHONE', 'VIDEO_CALL', 'IN_WRITING')),
    constraint mental_health_referral_version_positive check (version >= 1)
);

create index mental_health_referral_young_person_ix on mental_health_referral (tenant_id, young_person_id, started_at desc);

-- Every status a referral has had, appended, never changed: the first is DRAFT, on the day it was started.
create table referral_status_change (
    tenant_id        uuid        not null references tenant (id),
    id               uuid        not null default gen_random_uuid(),
    referral_id      uuid        not null,
    status           text        not null,
    happened_on      date        not null,
    reason           text,
    -- The referral's version this change made (1 for the DRAFT row): orders the history, and says what changed
    -- since a version someone read.
    referral_version integer     not null,
    recorded_by      uuid        not null,
    recorded_at      timestamptz not null default now(),
    constraint referral_status_change_pk primary key (tenant_id, id),
    constraint referral_status_change_referral_fk foreign key (tenant_id, referral_id)
        references mental_health_referral (tenant_id, id),
    constraint referral_status_change_recorded_by_fk foreign key (tenant_id, recorded_by)
        references staff_member (tenant_id, id),
    constraint referral_status_change_version_uk unique (tenant_id, referral_id, referral_version),
    constraint referral_status_change_status_known check (status in ('DRAFT', 'SENT', 'ACCEPTED', 'DECLINED', 'WAITING',
        'FIRST_APPOINTMENT', 'ONGOING', 'CLOSED'))
);

-- Days a referral may wait, from sent to first appointment, before it is escalated; an urgency without a row
-- takes the default (app.onward.mentalhealth.WaitThresholds).
create table referral_wait_threshold (
    tenant_id  uuid        not null references tenant (id),
    urgency    text        not null,
    days       integer     not null,
    changed_by text        not null,
    changed_at timestamptz not null default now(),
    constraint referral_wait_threshold_pk primary key (tenant_id, urgency),
    constraint referral_wait_threshold_urgency_known check (urgency in ('ROUTINE', 'URGENT', 'EMERGENCY')),
    constraint referral_wait_threshold_days_range check (days between 1 and 365)
);

call secure_tenant_table('mental_health_referral');
call secure_tenant_table('referral_status_change');
call secure_tenant_table('referral_wait_threshold');

grant select, insert, update on mental_health_referral, referral_wait_threshold to ${applicationRole};
-- The status history is append-only: no update, no delete.
grant select, insert on referral_status_change to ${applicationRole};
