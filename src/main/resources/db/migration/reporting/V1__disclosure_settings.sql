-- A council's disclosure control of the figures it publishes; without a row the defaults apply.
create table disclosure_setting (
    tenant_id uuid not null,
    rule varchar(20) not null,
    threshold integer not null,
    secondary_suppression boolean not null,
    round_to_base5 boolean not null,
    changed_by uuid not null,
    changed_at timestamp with time zone not null,
    version integer not null,
    constraint disclosure_setting_pk primary key (tenant_id)
);
