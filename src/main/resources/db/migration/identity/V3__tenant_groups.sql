-- Groups of councils (a shared service, a region's steering group) whose figures can be given together, always under
-- disclosure control.
create table tenant_group (
    id uuid not null,
    code varchar(50) not null,
    name varchar(200) not null,
    created_at timestamp with time zone not null,
    created_by uuid not null,
    constraint tenant_group_pk primary key (id)
);
create unique index tenant_group_code_uq on tenant_group (code);

create table tenant_group_member (
    group_id uuid not null,
    member_tenant uuid not null,
    constraint tenant_group_member_pk primary key (group_id, member_tenant),
    constraint tenant_group_member_group_fk foreign key (group_id) references tenant_group (id),
    constraint tenant_group_member_tenant_fk foreign key (member_tenant) references tenant (id)
);
