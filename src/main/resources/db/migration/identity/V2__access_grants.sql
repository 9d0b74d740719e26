-- Every grant of a role that reads case content, to a user or an API key, with who made it; the council's Prevent
-- leads acknowledge each.
create table access_grant (
    id uuid not null,
    tenant_id uuid not null,
    grantee_kind varchar(10) not null,
    grantee_id uuid not null,
    grantee_name varchar(254) not null,
    roles varchar(500) not null,
    granted_by uuid not null,
    granted_by_name varchar(254) not null,
    granted_at timestamp with time zone not null,
    acknowledged_by uuid,
    acknowledged_by_name varchar(254),
    acknowledged_at timestamp with time zone,
    version integer not null,
    constraint access_grant_pk primary key (id),
    constraint access_grant_tenant_fk foreign key (tenant_id) references tenant (id)
);
create index access_grant_tenant on access_grant (tenant_id, granted_at);

-- Who made each API key, in words, as the administrators see it.
alter table api_key add column created_by_name varchar(254);
