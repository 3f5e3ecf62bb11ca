-- Staying put (Children Act 1989 s.23CZA: with former foster carers, to 21, with financial support) and staying
-- close (s.23CZB: support near the children's home a young person left, to 25). One table for both kinds: they
-- share their dates, their version, their reviews and how they ended; the columns of one kind are null for the
-- other (checked below). The rules on dates and money: app.onward.stayingput.ArrangementRules and
-- docs/decisions/0018-staying-put-and-staying-close.md.
--
-- An arrangement is edited in place, carrying a version (a save against an older version changes nothing); each
-- edit is audited with what changed. Reviews are append-only. Where the young person lived on a given day is
-- the accommodation history (V10: code Z is staying put), not this table.

create table staying_arrangement (
    tenant_id              uuid        not null references tenant (id),
    id                     uuid        not null default gen_random_uuid(),
    young_person_id        uuid        not null,
    kind                   text        not null,
    version                integer     not null default 1,
    starts_on              date        not null,
    planned_end_on         date        not null,
    -- Staying put: the former foster carers' household as staff name it, and the money, each week, in pence.
    household              text,
    weekly_allowance_pence bigint,
    weekly_contribution_pence bigint,
    move_on_plan_agreed_on date,
    -- Staying close: where they live, the children's home they left, the support agreed and who gives it.
    lives_at               text,
    childrens_home         text,
    support_agreed         text,
    key_contact            text,
    ended_on               date,
    ended_how              text,
    end_note               text,
    recorded_by            uuid        not null,
    recorded_at            timestamptz not null default now(),
    constraint staying_arrangement_pk primary key (tenant_id, id),
    constraint staying_arrangement_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint staying_arrangement_recorded_by_fk foreign key (tenant_id, recorded_by)
        references staff_member (tenant_id, id),
    constraint staying_arrangement_kind_known check (kind in ('STAYING_PUT', 'STAYING_CLOSE')),
    constraint staying_arrangement_ends_after_start check (planned_end_on > starts_on),
    constraint staying_arrangement_staying_put_has_household check (kind <> 'STAYING_PUT' or (household is not null
        and weekly_allowance_pence >= 0 and weekly_contribution_pence >= 0)),
    constraint staying_arrangement_staying_close_has_home check (kind <> 'STAYING_CLOSE' or (childrens_home is not null
        and lives_at is not null and support_agreed is not null)),
    constraint staying_arrangement_ended_how_known check (ended_how in ('MOVED_ON_AS_PLANNED',
        'YOUNG_PERSON_CHOSE_TO_LEAVE', 'CARERS_ENDED_IT', 'BROKE_DOWN', 'OTHER')),
    constraint staying_arrangement_ended_with_how check ((ended_on is null) = (ended_how is null))
);

create index staying_arrangement_young_person_ix on staying_arrangement (tenant_id, young_person_id, starts_on desc);

-- One open (not ended) arrangement of each kind per young person at a time.
create unique index staying_arrangement_one_open_ix on staying_arrangement (tenant_id, young_person_id, kind)
    where ended_on is null;

create table staying_arrangement_review (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    arrangement_id  uuid        not null,
    reviewed_on     date        not null,
    note            text        not null,
    next_review_on  date        not null,
    recorded_by     uuid        not null,
    recorded_at     timestamptz not null default now(),
    constraint staying_arrangement_review_pk primary key (tenant_id, id),
    constraint staying_arrangement_review_arrangement_fk foreign key (tenant_id, arrangement_id)
        references staying_arrangement (tenant_id, id),
    constraint staying_arrangement_review_recorded_by_fk foreign key (tenant_id, recorded_by)
        references staff_member (tenant_id, id),
    constraint staying_arrangement_review_next_after check (next_review_on > reviewed_on)
);

create index staying_arrangement_review_arrangement_ix on staying_arrangement_review (tenant_id, arrangement_id, reviewed_on desc);

call secure_tenant_table('staying_arrangement');
call secure_tenant_table('staying_arrangement_review');

-- Arrangements are edited (with their version) and ended, never deleted; reviews are append-only.
grant select, insert, update on staying_arrangement to ${applicationRole};
grant select, insert on staying_arrangement_review to ${applicationRole};
