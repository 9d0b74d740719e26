-- A case the Prevent lead marks restricted is visible only to the council's Prevent leads and the people they name.
create table channel_case_restriction (
    case_id uuid not null,
    tenant_id uuid not null,
    restricted_by uuid not null,
    restricted_at timestamp with time zone not null,
    constraint channel_case_restriction_pk primary key (case_id)
);

create table channel_case_named (
    case_id uuid not null,
    tenant_id uuid not null,
    user_id uuid not null,
    named_by uuid not null,
    named_at timestamp with time zone not null,
    constraint channel_case_named_pk primary key (case_id, user_id)
);
