-- Channel cases: one per acceptance of a referral for Channel. A later referral of the same person accepted again opens
-- a new case that points back to the earlier one.
create table channel_case_counter (
    tenant_id uuid not null,
    counter_year integer not null,
    last_number integer not null,
    constraint channel_case_counter_pk primary key (tenant_id, counter_year)
);

create table channel_case (
    id uuid not null,
    tenant_id uuid not null,
    reference varchar(20) not null,
    person_id uuid not null,
    status varchar(30) not null,
    opened_on date not null,
    opened_at timestamp with time zone not null,
    opened_by uuid not null,
    previous_case_id uuid,
    support_plan varchar(10000),
    consent_request_how varchar(1000),
    consent_request_by varchar(200),
    consent_request_on date,
    reassessment_due_on date,
    exited_on date,
    closing_summary varchar(10000),
    closed_on date,
    version integer not null,
    constraint channel_case_pk primary key (id),
    constraint channel_case_reference_uq unique (tenant_id, reference)
);
create index channel_case_tenant_status on channel_case (tenant_id, status, opened_on);
create index channel_case_person on channel_case (tenant_id, person_id);

create table channel_case_referral (
    case_id uuid not null,
    referral_id uuid not null,
    tenant_id uuid not null,
    constraint channel_case_referral_pk primary key (case_id, referral_id),
    constraint channel_case_referral_uq unique (tenant_id, referral_id),
    constraint channel_case_referral_case_fk foreign key (case_id) references channel_case (id)
);

-- Everything that happened to a case, oldest first: status changes with who, when and why, and other entries.
create table channel_case_event (
    id uuid not null,
    case_id uuid not null,
    tenant_id uuid not null,
    happened_at timestamp with time zone not null,
    actor_id uuid not null,
    kind varchar(40) not null,
    from_status varchar(30),
    to_status varchar(30),
    detail varchar(2000),
    constraint channel_case_event_pk primary key (id),
    constraint channel_case_event_case_fk foreign key (case_id) references channel_case (id)
);
create index channel_case_event_case on channel_case_event (tenant_id, case_id, happened_at);

-- Requests for information to partner agencies (s38 cooperation).
create table information_request (
    id uuid not null,
    case_id uuid not null,
    tenant_id uuid not null,
    agency varchar(200) not null,
    asked_of varchar(200),
    asked_on date not null,
    what_asked varchar(5000) not null,
    due_on date not null,
    response varchar(10000),
    responded_on date,
    created_by uuid not null,
    version integer not null,
    constraint information_request_pk primary key (id),
    constraint information_request_case_fk foreign key (case_id) references channel_case (id)
);
create index information_request_open on information_request (tenant_id, responded_on, due_on);

-- Assessment frameworks are data with a version; a new version adds rows and never changes an old assessment.
create table assessment_framework (
    code varchar(20) not null,
    framework_version varchar(20) not null,
    title varchar(200) not null,
    valid_from date not null,
    constraint assessment_framework_pk primary key (code, framework_version)
);

create table assessment_factor (
    framework_code varchar(20) not null,
    framework_version varchar(20) not null,
    code varchar(60) not null,
    dimension varchar(20) not null,
    position integer not null,
    label varchar(200) not null,
    constraint assessment_factor_pk primary key (framework_code, framework_version, code),
    constraint assessment_factor_framework_fk foreign key (framework_code, framework_version)
        references assessment_framework (code, framework_version)
);

insert into assessment_framework (code, framework_version, title, valid_from)
values ('VAF', '2012', 'Vulnerability Assessment Framework', date '2012-10-23');

insert into assessment_factor (framework_code, framework_version, code, dimension, position, label) values
('VAF', '2012', 'GRIEVANCE', 'ENGAGEMENT', 1, 'Feelings of grievance and injustice'),
('VAF', '2012', 'THREAT', 'ENGAGEMENT', 2, 'Feeling under threat'),
('VAF', '2012', 'IDENTITY', 'ENGAGEMENT', 3, 'Need for identity, meaning and belonging'),
('VAF', '2012', 'STATUS', 'ENGAGEMENT', 4, 'Desire for status'),
('VAF', '2012', 'EXCITEMENT', 'ENGAGEMENT', 5, 'Desire for excitement and adventure'),
('VAF', '2012', 'DOMINATE', 'ENGAGEMENT', 6, 'Need to dominate and control others'),
('VAF', '2012', 'INDOCTRINATION', 'ENGAGEMENT', 7, 'Susceptibility to indoctrination'),
('VAF', '2012', 'CHANGE', 'ENGAGEMENT', 8, 'Desire for political or moral change'),
('VAF', '2012', 'OPPORTUNISTIC', 'ENGAGEMENT', 9, 'Opportunistic involvement'),
('VAF', '2012', 'FAMILY_FRIENDS', 'ENGAGEMENT', 10, 'Family or friends involvement in extremism'),
('VAF', '2012', 'TRANSITION', 'ENGAGEMENT', 11, 'Being at a transitional time of life'),
('VAF', '2012', 'GROUP_CONTROL', 'ENGAGEMENT', 12, 'Being influenced or controlled by a group'),
('VAF', '2012', 'MENTAL_HEALTH', 'ENGAGEMENT', 13, 'Relevant mental health issues'),
('VAF', '2012', 'OVER_IDENTIFICATION', 'INTENT', 1, 'Over-identification with a group or ideology'),
('VAF', '2012', 'THEM_AND_US', 'INTENT', 2, '''Them and us'' thinking'),
('VAF', '2012', 'DEHUMANISATION', 'INTENT', 3, 'Dehumanisation of the enemy'),
('VAF', '2012', 'JUSTIFY_OFFENDING', 'INTENT', 4, 'Attitudes that justify offending'),
('VAF', '2012', 'HARMFUL_MEANS', 'INTENT', 5, 'Harmful means to an end'),
('VAF', '2012', 'HARMFUL_OBJECTIVES', 'INTENT', 6, 'Harmful objectives'),
('VAF', '2012', 'KNOWLEDGE_SKILLS', 'CAPABILITY', 1, 'Individual knowledge, skills and competencies'),
('VAF', '2012', 'ACCESS', 'CAPABILITY', 2, 'Access to networks, funding or equipment'),
('VAF', '2012', 'CRIMINAL_HISTORY', 'CAPABILITY', 3, 'Criminal history');

create table assessment (
    id uuid not null,
    case_id uuid not null,
    tenant_id uuid not null,
    framework_code varchar(20) not null,
    framework_version varchar(20) not null,
    assessed_on date not null,
    assessed_by varchar(200) not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint assessment_pk primary key (id),
    constraint assessment_case_fk foreign key (case_id) references channel_case (id),
    constraint assessment_framework_fk foreign key (framework_code, framework_version)
        references assessment_framework (code, framework_version)
);
create index assessment_case on assessment (tenant_id, case_id, assessed_on);

create table assessment_rating (
    assessment_id uuid not null,
    factor_code varchar(60) not null,
    tenant_id uuid not null,
    rating varchar(20) not null,
    evidence varchar(5000),
    constraint assessment_rating_pk primary key (assessment_id, factor_code),
    constraint assessment_rating_assessment_fk foreign key (assessment_id) references assessment (id)
);

create table assessment_summary (
    assessment_id uuid not null,
    dimension varchar(20) not null,
    tenant_id uuid not null,
    summary varchar(5000),
    constraint assessment_summary_pk primary key (assessment_id, dimension),
    constraint assessment_summary_assessment_fk foreign key (assessment_id) references assessment (id)
);

-- Standing members of the panel.
create table panel_member (
    id uuid not null,
    tenant_id uuid not null,
    name varchar(100) not null,
    organisation varchar(200) not null,
    panel_role varchar(30) not null,
    single_point_of_contact boolean not null,
    deputy_name varchar(100),
    channel_awareness_trained boolean not null,
    user_id uuid,
    active boolean not null,
    version integer not null,
    constraint panel_member_pk primary key (id)
);
create index panel_member_tenant on panel_member (tenant_id, active);

create table panel_meeting (
    id uuid not null,
    tenant_id uuid not null,
    held_on date not null,
    starts_at time,
    location varchar(300),
    chair_name varchar(100),
    published_at timestamp with time zone,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint panel_meeting_pk primary key (id)
);
create index panel_meeting_tenant_day on panel_meeting (tenant_id, held_on);

create table panel_meeting_attendee (
    meeting_id uuid not null,
    position integer not null,
    tenant_id uuid not null,
    name varchar(100) not null,
    organisation varchar(200) not null,
    panel_role varchar(30) not null,
    present boolean,
    user_id uuid,
    constraint panel_meeting_attendee_pk primary key (meeting_id, position),
    constraint panel_meeting_attendee_meeting_fk foreign key (meeting_id) references panel_meeting (id)
);
create index panel_meeting_attendee_user on panel_meeting_attendee (tenant_id, user_id);

create table panel_agenda_item (
    meeting_id uuid not null,
    case_id uuid not null,
    tenant_id uuid not null,
    position integer not null,
    minutes varchar(20000),
    constraint panel_agenda_item_pk primary key (meeting_id, case_id),
    constraint panel_agenda_item_meeting_fk foreign key (meeting_id) references panel_meeting (id),
    constraint panel_agenda_item_case_fk foreign key (case_id) references channel_case (id)
);
create index panel_agenda_item_case on panel_agenda_item (tenant_id, case_id);

create table panel_action (
    id uuid not null,
    meeting_id uuid not null,
    case_id uuid,
    tenant_id uuid not null,
    description varchar(2000) not null,
    owner_name varchar(200) not null,
    due_on date not null,
    done_on date,
    constraint panel_action_pk primary key (id),
    constraint panel_action_meeting_fk foreign key (meeting_id) references panel_meeting (id)
);

create table panel_decision (
    id uuid not null,
    case_id uuid not null,
    meeting_id uuid not null,
    tenant_id uuid not null,
    decided_on date not null,
    decision varchar(20) not null,
    decision_rule varchar(20) not null,
    reasons varchar(10000) not null,
    considered_referral_elsewhere boolean,
    referral_elsewhere_outcome varchar(5000),
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint panel_decision_pk primary key (id),
    constraint panel_decision_case_fk foreign key (case_id) references channel_case (id),
    constraint panel_decision_meeting_fk foreign key (meeting_id) references panel_meeting (id)
);
create index panel_decision_case on panel_decision (tenant_id, case_id);

create table consent_record (
    id uuid not null,
    case_id uuid not null,
    tenant_id uuid not null,
    status varchar(20) not null,
    given_by varchar(30) not null,
    guardian_name varchar(100),
    recorded_on date not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint consent_record_pk primary key (id),
    constraint consent_record_case_fk foreign key (case_id) references channel_case (id)
);
create index consent_record_case on consent_record (tenant_id, case_id, recorded_on);

create table intervention (
    id uuid not null,
    case_id uuid not null,
    tenant_id uuid not null,
    intervention_type varchar(40) not null,
    provider varchar(200) not null,
    home_office_approved boolean not null,
    start_on date not null,
    frequency_days integer not null,
    status varchar(20) not null,
    ended_on date,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint intervention_pk primary key (id),
    constraint intervention_case_fk foreign key (case_id) references channel_case (id)
);
create index intervention_case on intervention (tenant_id, case_id);
create index intervention_status on intervention (tenant_id, status);

create table intervention_session (
    id uuid not null,
    intervention_id uuid not null,
    tenant_id uuid not null,
    delivered_on date not null,
    note varchar(5000),
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint intervention_session_pk primary key (id),
    constraint intervention_session_intervention_fk foreign key (intervention_id) references intervention (id)
);
create index intervention_session_latest on intervention_session (tenant_id, intervention_id, delivered_on);

-- The reviews 6 and 12 months after exit.
create table post_exit_review (
    case_id uuid not null,
    months integer not null,
    tenant_id uuid not null,
    due_on date not null,
    completed_on date,
    outcome varchar(5000),
    completed_by uuid,
    constraint post_exit_review_pk primary key (case_id, months),
    constraint post_exit_review_case_fk foreign key (case_id) references channel_case (id)
);
create index post_exit_review_due on post_exit_review (tenant_id, completed_on, due_on);
