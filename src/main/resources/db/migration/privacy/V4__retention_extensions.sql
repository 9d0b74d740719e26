-- A record kept past its day by the Prevent lead, for a stated reason, until a later day.
create table retention_extension (
    id uuid not null,
    tenant_id uuid not null,
    record_type varchar(40) not null,
    record_id uuid not null,
    reference varchar(100) not null,
    kept_until date not null,
    reason varchar(2000) not null,
    extended_by uuid not null,
    extended_at timestamp with time zone not null,
    constraint retention_extension_pk primary key (id)
);
create index retention_extension_record on retention_extension (tenant_id, record_id, kept_until);
