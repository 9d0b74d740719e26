-- Web sessions (Spring Session JDBC), shared by every node.
create table spring_session (
    primary_id char(36) not null,
    session_id char(36) not null,
    creation_time bigint not null,
    last_access_time bigint not null,
    max_inactive_interval integer not null,
    expiry_time bigint not null,
    principal_name varchar(100),
    constraint spring_session_pk primary key (primary_id)
);
create unique index spring_session_ix1 on spring_session (session_id);
create index spring_session_ix2 on spring_session (expiry_time);
create index spring_session_ix3 on spring_session (principal_name);

create table spring_session_attributes (
    session_primary_id char(36) not null,
    attribute_name varchar(200) not null,
    attribute_bytes bytea not null,
    constraint spring_session_attributes_pk primary key (session_primary_id, attribute_name),
    constraint spring_session_attributes_fk foreign key (session_primary_id) references spring_session (primary_id) on delete cascade
);

-- Events between modules (Spring Modulith event publication registry).
create table event_publication (
    id uuid not null,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(10000) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone,
    constraint event_publication_pk primary key (id)
);
create index event_publication_by_completion_date on event_publication (completion_date);

create table event_publication_archive (
    id uuid not null,
    listener_id varchar(512) not null,
    event_type varchar(512) not null,
    serialized_event varchar(10000) not null,
    publication_date timestamp with time zone not null,
    completion_date timestamp with time zone,
    status varchar(20),
    completion_attempts integer,
    last_resubmission_date timestamp with time zone,
    constraint event_publication_archive_pk primary key (id)
);

-- Responses to API creates, replayed for a repeated Idempotency-Key within 24 hours. The body is encrypted.
create table idempotency_record (
    caller varchar(100) not null,
    idempotency_key varchar(100) not null,
    request_hash varchar(64) not null,
    status integer,
    content_type varchar(100),
    response_body varchar(200000),
    location varchar(500),
    created_at timestamp with time zone not null,
    constraint idempotency_record_pk primary key (caller, idempotency_key)
);
create index idempotency_record_created on idempotency_record (created_at);

-- Scheduled jobs run on one node at a time.
create table job_lock (
    name varchar(100) not null,
    locked_until timestamp with time zone not null,
    locked_by varchar(200) not null,
    constraint job_lock_pk primary key (name)
);
