-- Pathway plans (Care Leavers (England) Regulations 2010, Schedule 1). One plan per young person; every save
-- is a new immutable version. Versions, sign-offs and shares are append-only for the application role, so
-- no code path can rewrite what a manager signed off or a young person was shown.

create table pathway_plan (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    young_person_id uuid        not null,
    -- The newest version's number (0 before the first save). A save is
    -- "update ... set latest_version = n + 1 where latest_version = n": the second of two saves based on the
    -- same version updates no row and is refused, so nothing is overwritten.
    latest_version  integer     not null default 0,
    created_at      timestamptz not null default now(),
    constraint pathway_plan_pk primary key (tenant_id, id),
    constraint pathway_plan_young_person_uk unique (tenant_id, young_person_id),
    constraint pathway_plan_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id)
);

create table pathway_plan_version (
    tenant_id       uuid        not null references tenant (id),
    plan_id         uuid        not null,
    version_number  integer     not null,
    -- The ten Schedule 1 matters, each with the young person's words, the assessment and goals with actions.
    content         jsonb       not null,
    change_summary  text        not null,
    author_staff_id uuid        not null,
    saved_at        timestamptz not null default now(),
    constraint pathway_plan_version_pk primary key (tenant_id, plan_id, version_number),
    constraint pathway_plan_version_plan_fk foreign key (tenant_id, plan_id) references pathway_plan (tenant_id, id),
    constraint pathway_plan_version_author_fk foreign key (tenant_id, author_staff_id)
        references staff_member (tenant_id, id),
    constraint pathway_plan_version_positive check (version_number > 0)
);

-- A manager's sign-off of one version: that version becomes the plan the young person reads, and the date
-- counts as the plan's review.
create table pathway_plan_sign_off (
    tenant_id       uuid        not null references tenant (id),
    plan_id         uuid        not null,
    version_number  integer     not null,
    signed_off_by   uuid        not null,
    signed_off_at   timestamptz not null default now(),
    constraint pathway_plan_sign_off_pk primary key (tenant_id, plan_id, version_number),
    constraint pathway_plan_sign_off_version_fk foreign key (tenant_id, plan_id, version_number)
        references pathway_plan_version (tenant_id, plan_id, version_number),
    constraint pathway_plan_sign_off_manager_fk foreign key (tenant_id, signed_off_by)
        references staff_member (tenant_id, id)
);

-- A draft the personal adviser chose to show the young person before sign-off.
create table pathway_plan_share (
    tenant_id       uuid        not null references tenant (id),
    plan_id         uuid        not null,
    version_number  integer     not null,
    shared_by       uuid        not null,
    shared_at       timestamptz not null default now(),
    constraint pathway_plan_share_pk primary key (tenant_id, plan_id, version_number),
    constraint pathway_plan_share_version_fk foreign key (tenant_id, plan_id, version_number)
        references pathway_plan_version (tenant_id, plan_id, version_number),
    constraint pathway_plan_share_adviser_fk foreign key (tenant_id, shared_by) references staff_member (tenant_id, id)
);

-- What the young person said about a version they read: comments, and that they agree with it.
create table pathway_plan_comment (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    plan_id         uuid        not null,
    version_number  integer     not null,
    body            text        not null,
    written_at      timestamptz not null default now(),
    constraint pathway_plan_comment_pk primary key (tenant_id, id),
    constraint pathway_plan_comment_version_fk foreign key (tenant_id, plan_id, version_number)
        references pathway_plan_version (tenant_id, plan_id, version_number),
    constraint pathway_plan_comment_not_blank check (length(trim(body)) > 0)
);

create table pathway_plan_agreement (
    tenant_id       uuid        not null references tenant (id),
    plan_id         uuid        not null,
    version_number  integer     not null,
    agreed_at       timestamptz not null default now(),
    constraint pathway_plan_agreement_pk primary key (tenant_id, plan_id, version_number),
    constraint pathway_plan_agreement_version_fk foreign key (tenant_id, plan_id, version_number)
        references pathway_plan_version (tenant_id, plan_id, version_number)
);

create index pathway_plan_comment_version_ix on pathway_plan_comment (tenant_id, plan_id, version_number, written_at);

call secure_tenant_table('pathway_plan');
call secure_tenant_table('pathway_plan_version');
call secure_tenant_table('pathway_plan_sign_off');
call secure_tenant_table('pathway_plan_share');
call secure_tenant_table('pathway_plan_comment');
call secure_tenant_table('pathway_plan_agreement');

grant select, insert on pathway_plan to ${applicationRole};
grant update (latest_version) on pathway_plan to ${applicationRole};
grant select, insert on pathway_plan_version, pathway_plan_sign_off, pathway_plan_share, pathway_plan_comment,
    pathway_plan_agreement to ${applicationRole};
