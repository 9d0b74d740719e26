-- Boards and committees the Prevent lead reports to, and how often.
create table governance_board (
    id uuid not null,
    tenant_id uuid not null,
    name varchar(200) not null,
    area_of_focus varchar(500),
    frequency varchar(20) not null,
    last_update_on date not null,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint governance_board_pk primary key (id)
);
create unique index governance_board_name_uq on governance_board (tenant_id, name);

-- Each update given to a board: when, which paper, and what the board made of it.
create table governance_board_update (
    id uuid not null,
    tenant_id uuid not null,
    board_id uuid not null,
    given_on date not null,
    paper varchar(300) not null,
    outcome varchar(1000),
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint governance_board_update_pk primary key (id),
    constraint governance_board_update_board_fk foreign key (board_id) references governance_board (id)
);
create index governance_board_update_board on governance_board_update (tenant_id, board_id, given_on);

-- A scrutiny review and, once every accepted recommendation is complete, its sign-off.
create table governance_review (
    id uuid not null,
    tenant_id uuid not null,
    title varchar(300) not null,
    concluded_on date not null,
    signed_off_on date,
    signed_off_by uuid,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint governance_review_pk primary key (id)
);

create table governance_recommendation (
    id uuid not null,
    tenant_id uuid not null,
    review_id uuid not null,
    number integer not null,
    theme varchar(300),
    body varchar(4000) not null,
    response varchar(30) not null,
    response_reason varchar(2000),
    lead varchar(300),
    progress varchar(4000),
    status varchar(20) not null,
    created_at timestamp with time zone not null,
    updated_at timestamp with time zone not null,
    version integer not null,
    constraint governance_recommendation_pk primary key (id),
    constraint governance_recommendation_uq unique (tenant_id, review_id, number),
    constraint governance_recommendation_review_fk foreign key (review_id) references governance_review (id)
);

-- Progress on a recommendation over time.
create table governance_recommendation_update (
    id uuid not null,
    tenant_id uuid not null,
    recommendation_id uuid not null,
    progress varchar(4000) not null,
    status varchar(20) not null,
    recorded_by uuid not null,
    recorded_at timestamp with time zone not null,
    constraint governance_recommendation_update_pk primary key (id),
    constraint governance_recommendation_update_fk foreign key (recommendation_id)
        references governance_recommendation (id)
);

-- A quarterly monitoring return: its figures are taken from the modules when it is prepared, then reviewed and
-- marked submitted; a submitted return no longer changes.
create table governance_return (
    id uuid not null,
    tenant_id uuid not null,
    quarter_start date not null,
    status varchar(20) not null,
    prepared_by uuid not null,
    prepared_at timestamp with time zone not null,
    reviewed_by uuid,
    reviewed_at timestamp with time zone,
    submitted_by uuid,
    submitted_at timestamp with time zone,
    version integer not null,
    constraint governance_return_pk primary key (id),
    constraint governance_return_uq unique (tenant_id, quarter_start)
);

create table governance_return_figure (
    id uuid not null,
    tenant_id uuid not null,
    return_id uuid not null,
    position integer not null,
    section varchar(100) not null,
    label varchar(300) not null,
    amount bigint not null,
    count_of_people boolean not null,
    constraint governance_return_figure_pk primary key (id),
    constraint governance_return_figure_return_fk foreign key (return_id) references governance_return (id)
);

-- The communications and engagement plan: activities planned and done.
create table governance_activity (
    id uuid not null,
    tenant_id uuid not null,
    title varchar(300) not null,
    audience varchar(300),
    channel varchar(100),
    planned_on date not null,
    done_on date,
    created_by uuid not null,
    created_at timestamp with time zone not null,
    constraint governance_activity_pk primary key (id)
);
