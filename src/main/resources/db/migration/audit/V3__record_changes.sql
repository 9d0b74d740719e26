-- The change history shown beside a delivery record (an organisation, a project, a risk, a check): one row per field
-- changed, grouped by the change it was part of. Rows are added with the change, in its transaction, and never changed.
create table record_change (
    id uuid not null,
    tenant_id uuid not null,
    change_id uuid not null,
    record_type varchar(40) not null,
    record_id uuid not null,
    changed_at timestamp with time zone not null,
    changed_by uuid not null,
    position integer not null,
    field varchar(60) not null,
    before_value varchar(2000),
    after_value varchar(2000),
    constraint record_change_pk primary key (id)
);
create index record_change_record on record_change (tenant_id, record_type, record_id, changed_at);
