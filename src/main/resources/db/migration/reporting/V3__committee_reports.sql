-- A committee report a Prevent lead makes: the committee, the period, the sections chosen and the officer's words for
-- each. A draft keeps a revision of its words each time they are saved; a report marked final keeps the figures it gave,
-- so that what the committee saw can be produced again exactly.
create table committee_report (
    id uuid not null,
    tenant_id uuid not null,
    committee varchar(300) not null,
    period_from date not null,
    period_to date not null,
    sections varchar(300) not null,
    status varchar(10) not null,
    figures text,
    revision integer not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    finalised_by uuid,
    finalised_at timestamp with time zone,
    version integer not null,
    constraint committee_report_pk primary key (id)
);
create index committee_report_tenant on committee_report (tenant_id, updated_at);

create table committee_report_narrative (
    report_id uuid not null,
    tenant_id uuid not null,
    section varchar(30) not null,
    words varchar(20000) not null,
    constraint committee_report_narrative_pk primary key (report_id, section),
    constraint committee_report_narrative_report_fk foreign key (report_id) references committee_report (id)
);

create table committee_report_revision (
    report_id uuid not null,
    revision integer not null,
    tenant_id uuid not null,
    section varchar(30) not null,
    words varchar(20000) not null,
    saved_by uuid not null,
    saved_at timestamp with time zone not null,
    constraint committee_report_revision_pk primary key (report_id, revision, section),
    constraint committee_report_revision_report_fk foreign key (report_id) references committee_report (id)
);
