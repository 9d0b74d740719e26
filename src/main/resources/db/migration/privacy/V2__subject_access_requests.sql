-- A person's request for what the council holds about them (UK GDPR Art 15), answered within a month of its receipt.
create table subject_access_request (
    id uuid not null,
    tenant_id uuid not null,
    person_id uuid not null,
    received_on date not null,
    due_on date not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    answered_at timestamp with time zone,
    answered_by uuid,
    withheld varchar(200),
    constraint subject_access_request_pk primary key (id)
);
create index subject_access_request_person on subject_access_request (tenant_id, person_id);
