-- A council's retention schedule: for a kind of record, how many years it is kept. Without a row the default applies.
create table retention_rule (
    tenant_id uuid not null,
    record_type varchar(40) not null,
    keep_years integer not null,
    updated_by uuid not null,
    updated_at timestamp with time zone not null,
    version integer not null,
    constraint retention_rule_pk primary key (tenant_id, record_type),
    constraint retention_rule_years check (keep_years between 1 and 100)
);

-- A legal hold on a person: nothing of theirs is deleted while it holds.
create table legal_hold (
    id uuid not null,
    tenant_id uuid not null,
    person_id uuid not null,
    reason varchar(2000) not null,
    placed_by uuid not null,
    placed_at timestamp with time zone not null,
    lifted_by uuid,
    lifted_at timestamp with time zone,
    constraint legal_hold_pk primary key (id)
);
create index legal_hold_person on legal_hold (tenant_id, person_id);
