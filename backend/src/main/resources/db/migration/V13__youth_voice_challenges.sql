-- Youth Voice challenges: young people's reverse scrutiny of leaders, each with an answerer, a due date, a
-- response, agreed actions and a public "you said, we did". Why and how: docs/decisions/0019-youth-voice-challenges.md;
-- the step rules: app.onward.challenge.ChallengeSteps.

-- The authority's leaders who can be asked to answer (not staff_member rows: those are people working with young
-- people in teams). A leader signs in when account_subject is set; the board is every leader on_board.
create table challenge_leader (
    tenant_id       uuid    not null references tenant (id),
    id              uuid    not null default gen_random_uuid(),
    account_subject text,
    display_name    text    not null,
    job_title       text    not null,
    on_board        boolean not null default false,
    constraint challenge_leader_pk primary key (tenant_id, id),
    constraint challenge_leader_account_uk unique (tenant_id, account_subject)
);

create table challenge (
    tenant_id           uuid        not null references tenant (id),
    id                  uuid        not null default gen_random_uuid(),
    version             integer     not null default 1,
    theme               text        not null,
    title               text        not null,
    -- Young people's words, without names. Audited as "changed" markers, never the text.
    quotes              text[]      not null,
    ask                 text        not null,
    -- Null: the corporate parenting board.
    answerer_leader_id  uuid,
    raised_by_subject   text        not null,
    raised_by_name      text        not null,
    raised_on           date        not null,
    response_due_on     date        not null,
    status              text        not null default 'SUBMITTED',
    response            text,
    created_at          timestamptz not null default now(),
    constraint challenge_pk primary key (tenant_id, id),
    constraint challenge_answerer_fk foreign key (tenant_id, answerer_leader_id)
        references challenge_leader (tenant_id, id),
    constraint challenge_theme_known check (theme in ('HOUSING', 'MENTAL_HEALTH', 'MONEY', 'EDUCATION_AND_WORK',
        'LANGUAGE_IN_RECORDS', 'PARTICIPATION', 'OTHER')),
    constraint challenge_status_known check (status in ('SUBMITTED', 'ACKNOWLEDGED', 'RESPONDED', 'ACTIONS_AGREED',
        'ACTIONS_DONE', 'CLOSED')),
    constraint challenge_has_quotes check (cardinality(quotes) >= 1)
);

create index challenge_status_ix on challenge (tenant_id, status, created_at desc);
create index challenge_created_ix on challenge (tenant_id, created_at desc, id desc);
create index challenge_answerer_ix on challenge (tenant_id, answerer_leader_id);

-- Every step taken, with the version it made: the status history (steps that moved the status) and what a
-- refused, out-of-date step is told happened since. Append-only.
create table challenge_step_taken (
    tenant_id    uuid        not null references tenant (id),
    id           uuid        not null default gen_random_uuid(),
    challenge_id uuid        not null,
    version      integer     not null,
    step         text        not null,
    status       text        not null,
    by_subject   text        not null,
    by_name      text        not null,
    taken_at     timestamptz not null default clock_timestamp(),
    constraint challenge_step_taken_pk primary key (tenant_id, id),
    constraint challenge_step_taken_challenge_fk foreign key (tenant_id, challenge_id)
        references challenge (tenant_id, id)
);

create index challenge_step_taken_challenge_ix on challenge_step_taken (tenant_id, challenge_id, version);

-- The actions an answerer proposes with a response. A response sent back and answered again supersedes the
-- earlier proposal (kept, not deleted); done_on is set once, when the action is done.
create table challenge_action (
    tenant_id    uuid        not null references tenant (id),
    id           uuid        not null default gen_random_uuid(),
    challenge_id uuid        not null,
    position     integer     not null,
    owner        text        not null,
    description  text        not null,
    due_on       date        not null,
    done_on      date,
    superseded   boolean     not null default false,
    proposed_at  timestamptz not null default now(),
    constraint challenge_action_pk primary key (tenant_id, id),
    constraint challenge_action_challenge_fk foreign key (tenant_id, challenge_id)
        references challenge (tenant_id, id)
);

create index challenge_action_challenge_ix on challenge_action (tenant_id, challenge_id, position);

-- The conversation between the Youth Voice workers and the answerer. Append-only.
create table challenge_message (
    tenant_id    uuid        not null references tenant (id),
    id           uuid        not null default gen_random_uuid(),
    challenge_id uuid        not null,
    body         text        not null,
    side         text        not null,
    by_subject   text        not null,
    by_name      text        not null,
    sent_at      timestamptz not null default clock_timestamp(),
    constraint challenge_message_pk primary key (tenant_id, id),
    constraint challenge_message_challenge_fk foreign key (tenant_id, challenge_id)
        references challenge (tenant_id, id),
    constraint challenge_message_side_known check (side in ('YOUTH_VOICE', 'ANSWERER'))
);

create index challenge_message_challenge_ix on challenge_message (tenant_id, challenge_id, sent_at);

-- The public summary and response. The theme, title and who answered are copied in when it is published, so the
-- public path reads this table alone and never the challenge (whose quotes are not for the public).
create table you_said_we_did (
    tenant_id          uuid        not null references tenant (id),
    challenge_id       uuid        not null,
    you_said           text        not null,
    we_did             text        not null,
    drafted_at         timestamptz not null default now(),
    agreed_by_subject  text,
    agreed_by_name     text,
    agreed_at          timestamptz,
    published_at       timestamptz,
    published_theme    text,
    published_title    text,
    published_answered_by text,
    constraint you_said_we_did_pk primary key (tenant_id, challenge_id),
    constraint you_said_we_did_challenge_fk foreign key (tenant_id, challenge_id)
        references challenge (tenant_id, id),
    constraint you_said_we_did_published_when_agreed check (published_at is null or agreed_at is not null),
    constraint you_said_we_did_published_whole check (published_at is null
        or (published_theme is not null and published_title is not null and published_answered_by is not null))
);

create index you_said_we_did_published_ix on you_said_we_did (tenant_id, published_at desc);

call secure_tenant_table('challenge_leader');
call secure_tenant_table('challenge');
call secure_tenant_table('challenge_step_taken');
call secure_tenant_table('challenge_action');
call secure_tenant_table('challenge_message');
call secure_tenant_table('you_said_we_did');

-- What the public may read: published wording, nothing else of a challenge.
call allow_public_reads('you_said_we_did', $$published_at is not null$$);

grant select, insert, update on challenge_leader, challenge, you_said_we_did to ${applicationRole};
grant select, insert on challenge_step_taken, challenge_message to ${applicationRole};
grant select, insert on challenge_action to ${applicationRole};
grant update (done_on, superseded) on challenge_action to ${applicationRole};
