-- Casework: contacts, changes of circumstances, corrections a young person asks for, notices to staff, and
-- the clocks computed from all of them. Plus what an authority may set: its review period, its extra
-- non-working days and its extra "language that cares" terms.

create table contact (
    tenant_id          uuid        not null references tenant (id),
    id                 uuid        not null default gen_random_uuid(),
    young_person_id    uuid        not null,
    kind               text        not null,
    happened_on        date        not null,
    -- Null when it does not apply (a phone call or a text).
    seen_alone         boolean,
    notes              text        not null default '',
    recorded_by        uuid        not null,
    recorded_at        timestamptz not null default now(),
    constraint contact_pk primary key (tenant_id, id),
    constraint contact_young_person_fk foreign key (tenant_id, young_person_id) references young_person (tenant_id, id),
    constraint contact_recorded_by_fk foreign key (tenant_id, recorded_by) references staff_member (tenant_id, id),
    constraint contact_kind_known check (kind in ('VISIT', 'PHONE', 'TEXT', 'VIDEO', 'OFFICE'))
);

create index contact_young_person_ix on contact (tenant_id, young_person_id, happened_on desc);

create table circumstance_change (
    tenant_id                    uuid        not null references tenant (id),
    id                           uuid        not null default gen_random_uuid(),
    young_person_id              uuid        not null,
    kind                         text        not null,
    occurred_on                  date        not null,
    -- A move into accommodation the authority provides: the adviser must visit within 7 days.
    into_authority_accommodation boolean     not null default false,
    description                  text        not null default '',
    -- STAFF or YOUNG_PERSON; recorded_by is the account subject either way.
    reported_by                  text        not null,
    recorded_by                  text        not null,
    recorded_at                  timestamptz not null default now(),
    constraint circumstance_change_pk primary key (tenant_id, id),
    constraint circumstance_change_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint circumstance_change_kind_known check (kind in ('MOVED_HOME', 'EDUCATION_OR_WORK_CHANGED', 'CUSTODY',
        'BECAME_A_PARENT', 'HEALTH', 'ASKED_FOR_A_REVIEW', 'OTHER')),
    constraint circumstance_change_reported_by_known check (reported_by in ('STAFF', 'YOUNG_PERSON')),
    constraint circumstance_change_move_is_a_move check (not into_authority_accommodation or kind = 'MOVED_HOME')
);

create index circumstance_change_young_person_ix on circumstance_change (tenant_id, young_person_id, occurred_on);

-- "Something here is wrong": the young person's words, and the personal adviser's answer.
create table correction_request (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    young_person_id uuid        not null,
    what_is_wrong   text        not null,
    raised_at       timestamptz not null default now(),
    answer          text,
    answered_by     uuid,
    answered_at     timestamptz,
    constraint correction_request_pk primary key (tenant_id, id),
    constraint correction_request_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint correction_request_answered_by_fk foreign key (tenant_id, answered_by) references staff_member (tenant_id, id),
    constraint correction_request_answer_complete check ((answer is null) = (answered_at is null)
        and (answer is null) = (answered_by is null))
);

create index correction_request_young_person_ix on correction_request (tenant_id, young_person_id, raised_at);

-- Something waiting for a member of staff. Carries ids only: the portal shows what it is about to those
-- allowed to open it, so no personal detail sits in a notice.
create table notice (
    tenant_id       uuid        not null references tenant (id),
    id              uuid        not null default gen_random_uuid(),
    recipient_id    uuid        not null,
    kind            text        not null,
    young_person_id uuid,
    about_id        uuid,
    created_at      timestamptz not null default now(),
    read_at         timestamptz,
    constraint notice_pk primary key (tenant_id, id),
    constraint notice_recipient_fk foreign key (tenant_id, recipient_id) references staff_member (tenant_id, id),
    constraint notice_young_person_fk foreign key (tenant_id, young_person_id) references young_person (tenant_id, id)
);

create index notice_recipient_ix on notice (tenant_id, recipient_id, created_at desc) where read_at is null;

-- Due dates, computed by the clock rules (app.onward.clock) in the same transaction as every change that
-- moves them, never typed in. Stored so that a caseload can be ordered by urgency with an index; whether a
-- date is overdue is decided when it is read, against today.
create table case_clock (
    tenant_id        uuid        not null references tenant (id),
    young_person_id  uuid        not null,
    assessment_due   date,
    review_due       date,
    review_reason    text,
    contact_due      date,
    visit_due        date,
    last_review_on   date,
    last_contact_on  date,
    next_due         date        not null,
    next_due_kind    text        not null,
    computed_at      timestamptz not null default now(),
    constraint case_clock_pk primary key (tenant_id, young_person_id),
    constraint case_clock_young_person_fk foreign key (tenant_id, young_person_id)
        references young_person (tenant_id, id),
    constraint case_clock_next_due_kind_known check (next_due_kind in ('ASSESSMENT', 'REVIEW', 'CONTACT', 'VISIT'))
);

create index case_clock_next_due_ix on case_clock (tenant_id, next_due);

create table authority_setting (
    tenant_id                        uuid    not null references tenant (id),
    review_after_change_working_days integer not null default 20,
    constraint authority_setting_pk primary key (tenant_id),
    constraint authority_setting_review_period check (review_after_change_working_days between 1 and 65)
);

-- Days off beyond the committed England and Wales bank holidays (a local closure, a new bank holiday).
create table non_working_day (
    tenant_id   uuid        not null references tenant (id),
    day         date        not null,
    description text        not null,
    added_by    text        not null,
    added_at    timestamptz not null default now(),
    constraint non_working_day_pk primary key (tenant_id, day)
);

-- An authority's own additions to the "language that cares" list.
create table language_term (
    tenant_id   uuid        not null references tenant (id),
    id          uuid        not null default gen_random_uuid(),
    term        text        not null,
    suggestion  text        not null,
    explanation text        not null default '',
    added_by    text        not null,
    added_at    timestamptz not null default now(),
    constraint language_term_pk primary key (tenant_id, id),
    constraint language_term_not_blank check (length(trim(term)) > 0 and length(trim(suggestion)) > 0)
);

create unique index language_term_uk on language_term (tenant_id, lower(term));

call secure_tenant_table('contact');
call secure_tenant_table('circumstance_change');
call secure_tenant_table('correction_request');
call secure_tenant_table('notice');
call secure_tenant_table('case_clock');
call secure_tenant_table('authority_setting');
call secure_tenant_table('non_working_day');
call secure_tenant_table('language_term');

grant select, insert on contact, circumstance_change to ${applicationRole};
grant select, insert on correction_request to ${applicationRole};
grant update (answer, answered_by, answered_at) on correction_request to ${applicationRole};
grant select, insert on notice to ${applicationRole};
grant update (read_at) on notice to ${applicationRole};
grant select, insert, update, delete on case_clock, authority_setting, non_working_day, language_term to ${applicationRole};
