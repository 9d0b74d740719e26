-- The local risk assessment, version by version: drafted, out for consultation, reviewed by a named group, approved by
-- a named person or committee; the next review is a year after approval, or sooner after a significant change.
create table risk_assessment (
    id uuid not null,
    tenant_id uuid not null,
    version_number integer not null,
    title varchar(300) not null,
    status varchar(20) not null,
    reviewed_by_group varchar(300),
    reviewed_on date,
    approved_by varchar(300),
    approved_on date,
    significant_change_on date,
    significant_change_note varchar(2000),
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint risk_assessment_pk primary key (id),
    constraint risk_assessment_uq unique (tenant_id, version_number)
);

-- The questionnaire the Prevent lead sends partners for an assessment.
create table risk_question (
    id uuid not null,
    tenant_id uuid not null,
    assessment_id uuid not null,
    position integer not null,
    text varchar(1000) not null,
    constraint risk_question_pk primary key (id),
    constraint risk_question_assessment_fk foreign key (assessment_id) references risk_assessment (id)
);

-- A link sent to one partner contact: only a hash of its secret is kept; it expires, and is answered once.
create table risk_consultation_link (
    id uuid not null,
    tenant_id uuid not null,
    assessment_id uuid not null,
    organisation varchar(200) not null,
    contact_email varchar(254),
    token_hash varchar(64) not null,
    expires_at timestamp with time zone not null,
    answered_at timestamp with time zone,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    constraint risk_consultation_link_pk primary key (id),
    constraint risk_consultation_link_assessment_fk foreign key (assessment_id) references risk_assessment (id)
);
create unique index risk_consultation_link_token on risk_consultation_link (token_hash);

create table risk_consultation_answer (
    id uuid not null,
    tenant_id uuid not null,
    link_id uuid not null,
    question_id uuid not null,
    answer varchar(4000) not null,
    constraint risk_consultation_answer_pk primary key (id),
    constraint risk_consultation_answer_link_fk foreign key (link_id) references risk_consultation_link (id),
    constraint risk_consultation_answer_question_fk foreign key (question_id) references risk_question (id)
);

-- The risks of an assessment, rated on a 5 by 5 matrix before and after the actions.
create table risk_item (
    id uuid not null,
    tenant_id uuid not null,
    assessment_id uuid not null,
    title varchar(300) not null,
    description varchar(4000),
    category varchar(20) not null,
    likelihood integer not null,
    impact integer not null,
    residual_likelihood integer,
    residual_impact integer,
    owner varchar(200),
    rated_on date not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint risk_item_pk primary key (id),
    constraint risk_item_assessment_fk foreign key (assessment_id) references risk_assessment (id)
);

-- The action plan: actions against a risk or a section of the Home Office toolkit, with an owner and progress notes.
create table risk_action (
    id uuid not null,
    tenant_id uuid not null,
    risk_id uuid,
    toolkit_section varchar(40),
    title varchar(500) not null,
    owner_user_id uuid,
    owner_name varchar(200),
    due_on date not null,
    status varchar(20) not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint risk_action_pk primary key (id),
    constraint risk_action_risk_fk foreign key (risk_id) references risk_item (id)
);

create table risk_action_note (
    id uuid not null,
    tenant_id uuid not null,
    action_id uuid not null,
    noted_on date not null,
    status varchar(20) not null,
    note varchar(2000) not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint risk_action_note_pk primary key (id),
    constraint risk_action_note_action_fk foreign key (action_id) references risk_action (id)
);

-- The self-assessment against the eight sections of the Home Office toolkit, latest first.
create table risk_toolkit_rating (
    id uuid not null,
    tenant_id uuid not null,
    section varchar(40) not null,
    rag varchar(10) not null,
    evidence varchar(4000),
    actions varchar(2000),
    assessed_on date not null,
    assessed_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint risk_toolkit_rating_pk primary key (id)
);
