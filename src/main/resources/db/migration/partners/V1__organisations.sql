-- Organisations the council works with: schools, colleges, health, police, probation, voluntary groups and others.
create table partner_organisation (
    id uuid not null,
    tenant_id uuid not null,
    name varchar(200) not null,
    organisation_type varchar(40) not null,
    demo boolean not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint partner_organisation_pk primary key (id)
);
create unique index partner_organisation_name_uq on partner_organisation (tenant_id, name);
