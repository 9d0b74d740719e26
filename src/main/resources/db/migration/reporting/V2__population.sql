-- A council's population by the census categories (ONS 2021) of ethnicity and religion, which it may enter so that each
-- group's share of referrals can be set beside its share of the population.
create table reporting_population (
    tenant_id uuid not null,
    list_name varchar(40) not null,
    code varchar(60) not null,
    people bigint not null,
    updated_by uuid not null,
    updated_at timestamp with time zone not null,
    constraint reporting_population_pk primary key (tenant_id, list_name, code)
);
