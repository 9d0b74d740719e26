-- Staff of the council, its partners, schools and contractors, and elected members, as the employer's lists give them.
-- Leavers keep their record with an end date; nothing is deleted by an import.
create table training_staff (
    id uuid not null,
    tenant_id uuid not null,
    staff_id varchar(50) not null,
    name varchar(200) not null,
    email varchar(254),
    organisation varchar(200) not null,
    department varchar(200),
    job_role varchar(200),
    manager_staff_id varchar(50),
    elected_member boolean not null,
    required_tier integer,
    start_date date,
    end_date date,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null,
    constraint training_staff_pk primary key (id),
    constraint training_staff_uq unique (tenant_id, staff_id)
);
create index training_staff_department on training_staff (tenant_id, department);

create table training_course (
    id uuid not null,
    tenant_id uuid not null,
    code varchar(40) not null,
    title varchar(200) not null,
    tier integer not null,
    delivery varchar(20) not null,
    validity_months integer not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint training_course_pk primary key (id),
    constraint training_course_uq unique (tenant_id, code)
);

create table training_session (
    id uuid not null,
    tenant_id uuid not null,
    course_id uuid not null,
    delivered_on date not null,
    department varchar(200),
    organisation varchar(200),
    trainer varchar(200),
    created_by uuid not null,
    created_at timestamp with time zone not null,
    constraint training_session_pk primary key (id),
    constraint training_session_course_fk foreign key (course_id) references training_course (id)
);
create index training_session_delivered on training_session (tenant_id, delivered_on);

-- A completion satisfies its course's tier (and every lower one) from the day completed until it expires.
create table training_completion (
    id uuid not null,
    tenant_id uuid not null,
    staff_row_id uuid not null,
    course_id uuid not null,
    completed_on date not null,
    expires_on date not null,
    source varchar(20) not null,
    session_id uuid,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint training_completion_pk primary key (id),
    constraint training_completion_uq unique (tenant_id, staff_row_id, course_id, completed_on),
    constraint training_completion_staff_fk foreign key (staff_row_id) references training_staff (id),
    constraint training_completion_course_fk foreign key (course_id) references training_course (id)
);
create index training_completion_staff on training_completion (tenant_id, staff_row_id, expires_on);

-- A file uploaded on the import page, kept between its preview and its confirmation.
create table training_import (
    id uuid not null,
    tenant_id uuid not null,
    kind varchar(20) not null,
    file_name varchar(200),
    content text not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    constraint training_import_pk primary key (id)
);
