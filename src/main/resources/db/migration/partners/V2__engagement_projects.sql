-- What the council holds about each organisation: its sector and its single point of contact for Prevent.
alter table partner_organisation add column sector varchar(100);
alter table partner_organisation add column spoc_name varchar(200);
alter table partner_organisation add column spoc_email varchar(254);
alter table partner_organisation add column spoc_phone varchar(50);

-- Other people the council deals with at an organisation.
create table partner_contact (
    id uuid not null,
    tenant_id uuid not null,
    organisation_id uuid not null,
    name varchar(200) not null,
    job_role varchar(200),
    email varchar(254),
    phone varchar(50),
    created_by uuid not null,
    created_at timestamp with time zone not null,
    constraint partner_contact_pk primary key (id),
    constraint partner_contact_organisation_fk foreign key (organisation_id) references partner_organisation (id)
);

-- The engagement log: visits, briefings, training offered and events, with an organisation.
create table partner_engagement (
    id uuid not null,
    tenant_id uuid not null,
    organisation_id uuid not null,
    happened_on date not null,
    kind varchar(30) not null,
    led_by varchar(200) not null,
    summary varchar(2000) not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint partner_engagement_pk primary key (id),
    constraint partner_engagement_organisation_fk foreign key (organisation_id) references partner_organisation (id)
);
create index partner_engagement_day on partner_engagement (tenant_id, happened_on);

-- Commissioned projects: who delivers them, with what money, for whom, over which period.
create table partner_project (
    id uuid not null,
    tenant_id uuid not null,
    title varchar(300) not null,
    provider varchar(200) not null,
    funding_source varchar(200) not null,
    amount_pence bigint,
    starts_on date not null,
    ends_on date,
    aims varchar(2000),
    target_group varchar(500),
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint partner_project_pk primary key (id)
);

-- What a project delivered in a quarter, its participants counted by age band and sex in aggregate only.
create table partner_project_output (
    id uuid not null,
    tenant_id uuid not null,
    project_id uuid not null,
    quarter_start date not null,
    series_delivered integer not null,
    sessions_delivered integer not null,
    participants integer not null,
    age_under_16 integer not null,
    age_16_to_24 integer not null,
    age_25_and_over integer not null,
    age_unknown integer not null,
    sex_female integer not null,
    sex_male integer not null,
    sex_unknown integer not null,
    feedback varchar(4000),
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint partner_project_output_pk primary key (id),
    constraint partner_project_output_uq unique (tenant_id, project_id, quarter_start),
    constraint partner_project_output_project_fk foreign key (project_id) references partner_project (id)
);

-- Institution assurance: safeguarding self-assessments (such as a school's s175 audit) and awards, with follow-up.
create table partner_assurance (
    id uuid not null,
    tenant_id uuid not null,
    organisation_id uuid not null,
    kind varchar(20) not null,
    title varchar(300) not null,
    assessed_on date not null,
    result varchar(500),
    follow_up varchar(2000),
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint partner_assurance_pk primary key (id),
    constraint partner_assurance_organisation_fk foreign key (organisation_id) references partner_organisation (id)
);

-- Due diligence on an organisation the council funds or works with, so that no money goes to one that legitimises
-- extremism: what was checked, where, the outcome, who reviewed it and when to check again.
create table partner_check (
    id uuid not null,
    tenant_id uuid not null,
    organisation_id uuid not null,
    purpose varchar(20) not null,
    checks_done varchar(2000) not null,
    sources varchar(2000),
    outcome varchar(20) not null,
    reviewer varchar(200) not null,
    checked_on date not null,
    next_check_on date,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint partner_check_pk primary key (id),
    constraint partner_check_organisation_fk foreign key (organisation_id) references partner_organisation (id)
);

-- Checks on bookings of council premises: who books, for whom, the event and its speakers, the checks and the decision.
create table partner_venue_check (
    id uuid not null,
    tenant_id uuid not null,
    venue varchar(200) not null,
    booked_by varchar(200) not null,
    on_behalf_of varchar(200),
    event varchar(500) not null,
    event_on date not null,
    speakers varchar(1000),
    checks_done varchar(2000) not null,
    outcome varchar(30) not null,
    decided_by varchar(200) not null,
    decided_on date not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint partner_venue_check_pk primary key (id)
);

-- Commissioned services and whether the contract includes the Prevent duty clause; and the grants that fund Prevent.
create table partner_contract (
    id uuid not null,
    tenant_id uuid not null,
    service varchar(300) not null,
    provider varchar(200) not null,
    starts_on date not null,
    ends_on date,
    prevent_clause boolean not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint partner_contract_pk primary key (id)
);

create table partner_grant (
    id uuid not null,
    tenant_id uuid not null,
    source varchar(200) not null,
    amount_pence bigint not null,
    starts_on date not null,
    ends_on date,
    pays_for varchar(1000) not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint partner_grant_pk primary key (id)
);
