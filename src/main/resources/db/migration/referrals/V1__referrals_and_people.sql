-- Code lists of the referral form and the national statistics, versioned: a new version adds rows and never changes
-- what an old referral recorded. maps_to gives the code of the current version each code counts as.
create table code_list_entry (
    list_name varchar(40) not null,
    list_version varchar(20) not null,
    code varchar(60) not null,
    label varchar(200) not null,
    valid_from date not null,
    valid_to date,
    sort_order integer not null,
    maps_to varchar(60),
    constraint code_list_entry_pk primary key (list_name, list_version, code)
);

-- People referred. A person is made for every referral; when the Prevent lead links the referral to a person already
-- known, the referral's own person is kept and marked as merged into that one, so that linking can be undone.
create table person (
    id uuid not null,
    tenant_id uuid not null,
    status varchar(20) not null,
    merged_into uuid,
    date_of_birth date,
    approximate_age integer,
    age_recorded_on date,
    sex varchar(20) not null,
    postcode varchar(10),
    created_from_referral uuid,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint person_pk primary key (id)
);
create index person_tenant_birth on person (tenant_id, date_of_birth);

-- The names of a person (the name and the aliases), with phonetic keys for finding them again.
create table person_name (
    person_id uuid not null,
    position integer not null,
    tenant_id uuid not null,
    kind varchar(10) not null,
    given_name varchar(100),
    family_name varchar(100),
    given_key varchar(20),
    family_key varchar(20),
    constraint person_name_pk primary key (person_id, position),
    constraint person_name_person_fk foreign key (person_id) references person (id)
);
create index person_name_family_key on person_name (tenant_id, family_key);
create index person_name_given_key on person_name (tenant_id, given_key);

create table referral_counter (
    tenant_id uuid not null,
    counter_year integer not null,
    last_number integer not null,
    constraint referral_counter_pk primary key (tenant_id, counter_year)
);

create table referral (
    id uuid not null,
    tenant_id uuid not null,
    reference varchar(20),
    status varchar(40) not null,
    person_id uuid,
    own_person_id uuid,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    submitted_at timestamp with time zone,
    received_on date,
    due_on date,
    immediate_risk boolean,
    subject_given_name varchar(100),
    subject_family_name varchar(100),
    subject_aliases varchar(1000),
    subject_date_of_birth date,
    subject_approximate_age integer,
    subject_sex varchar(20),
    subject_address varchar(500),
    subject_postcode varchar(10),
    subject_education_or_employment varchar(300),
    subject_languages varchar(300),
    subject_interpreter_needed boolean,
    concern_summary varchar(10000),
    concern_when_seen varchar(500),
    concern_where_seen varchar(500),
    concern_seen_by varchar(500),
    concern_indicators varchar(1000),
    concern_other_indicator varchar(500),
    concern_online_activity varchar(5000),
    concern_type_of_concern varchar(60),
    concern_type_of_concern_version varchar(20),
    concern_vulnerabilities varchar(500),
    concern_actions_taken varchar(5000),
    concern_person_aware varchar(20),
    concern_parents_aware varchar(20),
    referrer_name varchar(100),
    referrer_role varchar(100),
    referrer_organisation varchar(200),
    referrer_sector varchar(40),
    referrer_email varchar(254),
    referrer_phone varchar(40),
    screening_started_by uuid,
    screening_started_at timestamp with time zone,
    decision_outcome varchar(40),
    decision_appropriate boolean,
    decision_reason varchar(5000),
    decision_signposted_to varchar(40),
    decision_feedback varchar(5000),
    decision_decided_by uuid,
    decision_decided_at timestamp with time zone,
    channel_case_id uuid,
    version integer not null,
    constraint referral_pk primary key (id)
);
create unique index referral_reference_uq on referral (tenant_id, reference);
create index referral_queue on referral (tenant_id, status, due_on);
create index referral_person on referral (tenant_id, person_id);
create index referral_created_by on referral (tenant_id, created_by, created_at);
create index referral_received on referral (tenant_id, received_on);

create table referral_household (
    referral_id uuid not null,
    position integer not null,
    tenant_id uuid not null,
    name varchar(100) not null,
    relationship varchar(100),
    date_of_birth date,
    constraint referral_household_pk primary key (referral_id, position),
    constraint referral_household_fk foreign key (referral_id) references referral (id)
);

create table referral_agency (
    referral_id uuid not null,
    position integer not null,
    tenant_id uuid not null,
    name varchar(200) not null,
    contact varchar(300),
    constraint referral_agency_pk primary key (referral_id, position),
    constraint referral_agency_fk foreign key (referral_id) references referral (id)
);

-- Equality monitoring, kept apart from the referral: only Prevent leads see it, and only in aggregate.
create table referral_equality (
    referral_id uuid not null,
    tenant_id uuid not null,
    ethnicity varchar(60),
    religion varchar(60),
    recorded_at timestamp with time zone not null,
    constraint referral_equality_pk primary key (referral_id)
);

create table referral_attachment (
    id uuid not null,
    tenant_id uuid not null,
    referral_id uuid not null,
    file_name varchar(120) not null,
    media_type varchar(100) not null,
    size_bytes bigint not null,
    content bytea not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    removed_by uuid,
    removed_at timestamp with time zone,
    constraint referral_attachment_pk primary key (id)
);
create index referral_attachment_referral on referral_attachment (tenant_id, referral_id);

-- What happened to a referral, who did it and when, as the referral's page shows it.
create table referral_history (
    id uuid not null,
    tenant_id uuid not null,
    referral_id uuid not null,
    occurred_at timestamp with time zone not null,
    actor_id uuid not null,
    kind varchar(40) not null,
    detail varchar(300),
    constraint referral_history_pk primary key (id)
);
create index referral_history_referral on referral_history (tenant_id, referral_id, occurred_at);

-- Possible earlier referrals of the same person, found when a referral is submitted.
create table referral_match (
    id uuid not null,
    tenant_id uuid not null,
    referral_id uuid not null,
    person_id uuid not null,
    score numeric(4, 3) not null,
    reasons varchar(500) not null,
    found_at timestamp with time zone not null,
    constraint referral_match_pk primary key (id)
);
create index referral_match_referral on referral_match (tenant_id, referral_id);

create table referral_person_link (
    id uuid not null,
    tenant_id uuid not null,
    referral_id uuid not null,
    person_id uuid not null,
    linked_by uuid not null,
    linked_at timestamp with time zone not null,
    undone_by uuid,
    undone_at timestamp with time zone,
    constraint referral_person_link_pk primary key (id)
);

create table referral_assignment (
    referral_id uuid not null,
    user_id uuid not null,
    tenant_id uuid not null,
    assigned_by uuid not null,
    assigned_at timestamp with time zone not null,
    constraint referral_assignment_pk primary key (referral_id, user_id)
);
create index referral_assignment_user on referral_assignment (tenant_id, user_id);

-- A Request for Support: a community support partner works with a child or family while the social worker or family
-- support worker already allocated stays the lead worker.
create table request_for_support (
    id uuid not null,
    tenant_id uuid not null,
    referral_id uuid not null,
    partner_organisation_id uuid,
    partner_name varchar(200) not null,
    lead_worker_name varchar(100) not null,
    lead_worker_role varchar(100) not null,
    request_text varchar(5000) not null,
    requested_on date not null,
    status varchar(20) not null,
    responded_on date,
    ended_on date,
    end_reason varchar(1000),
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint request_for_support_pk primary key (id)
);
create index request_for_support_referral on request_for_support (tenant_id, referral_id);
