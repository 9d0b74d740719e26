-- Who must hold which tier, by organisation, department and role; the tier a staff list names wins over the rules.
create table training_requirement_rule (
    id uuid not null,
    tenant_id uuid not null,
    organisation varchar(200),
    department varchar(200),
    role_contains varchar(200),
    tier integer not null,
    refresh_months integer,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    constraint training_requirement_rule_pk primary key (id)
);

-- What the rules require of each member of staff, recomputed whenever the rules or the staff change.
alter table training_staff add column rule_tier integer;
alter table training_staff add column refresh_months integer;
