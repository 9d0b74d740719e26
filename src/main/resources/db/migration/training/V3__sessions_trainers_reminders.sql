-- A course satisfies its own tier and the lower tiers from this one up (1: every lower tier).
alter table training_course add column lowest_tier_satisfied integer not null default 1;

-- Sessions repeated on a pattern, such as the monthly open sessions.
create table training_series (
    id uuid not null,
    tenant_id uuid not null,
    course_id uuid not null,
    title varchar(200) not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    constraint training_series_pk primary key (id),
    constraint training_series_course_fk foreign key (course_id) references training_course (id)
);

-- People accredited to deliver training (train the trainer), with when their accreditation ends.
create table training_trainer (
    id uuid not null,
    tenant_id uuid not null,
    name varchar(200) not null,
    email varchar(254),
    organisation varchar(200) not null,
    accredited_on date not null,
    accreditation_expires_on date,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    constraint training_trainer_pk primary key (id)
);
create index training_trainer_organisation on training_trainer (tenant_id, organisation);

-- A session is planned, then delivered (attendance recorded) or cancelled; sessions recorded whole are delivered.
alter table training_session add column status varchar(20) not null default 'DELIVERED';
alter table training_session add column series_id uuid;
alter table training_session add column starts_at time;
alter table training_session add column venue varchar(200);
alter table training_session add column online_link varchar(500);
alter table training_session add column capacity integer;
alter table training_session add column trainer_id uuid;
alter table training_session add constraint training_session_series_fk foreign key (series_id) references training_series (id);
alter table training_session add constraint training_session_trainer_fk foreign key (trainer_id) references training_trainer (id);

-- Who was invited to a session, and whether they came.
create table training_invitation (
    id uuid not null,
    tenant_id uuid not null,
    session_id uuid not null,
    staff_row_id uuid not null,
    invited_by uuid not null,
    invited_at timestamp with time zone not null,
    attended boolean,
    constraint training_invitation_pk primary key (id),
    constraint training_invitation_uq unique (tenant_id, session_id, staff_row_id),
    constraint training_invitation_session_fk foreign key (session_id) references training_session (id),
    constraint training_invitation_staff_fk foreign key (staff_row_id) references training_staff (id)
);

-- What proves a completion entered by hand (a certificate number, a register, a trainer's confirmation).
alter table training_completion add column evidence varchar(500);

-- Every completion entered by hand, corrected or removed, with what it was before and why it changed.
create table training_completion_change (
    id uuid not null,
    tenant_id uuid not null,
    completion_id uuid not null,
    staff_row_id uuid not null,
    change_kind varchar(20) not null,
    course_before varchar(40),
    completed_before date,
    course_after varchar(40),
    completed_after date,
    reason varchar(500) not null,
    changed_by uuid not null,
    changed_at timestamp with time zone not null,
    constraint training_completion_change_pk primary key (id),
    constraint training_completion_change_staff_fk foreign key (staff_row_id) references training_staff (id)
);
create index training_completion_change_staff on training_completion_change (tenant_id, staff_row_id);

-- Reminders sent to staff (and their managers): one per expiry for training about to expire, and at most one a month
-- (due_on is the first of the month) for training that is due now.
create table training_reminder (
    id uuid not null,
    tenant_id uuid not null,
    staff_row_id uuid not null,
    reason varchar(20) not null,
    due_on date not null,
    sent_to varchar(600) not null,
    sent_at timestamp with time zone not null,
    constraint training_reminder_pk primary key (id),
    constraint training_reminder_uq unique (tenant_id, staff_row_id, reason, due_on),
    constraint training_reminder_staff_fk foreign key (staff_row_id) references training_staff (id)
);
