-- The audit trail: append-only, one hash chain per tenant (and one for national and system events).
create table audit_event (
    id uuid not null,
    chain varchar(60) not null,
    seq bigint not null,
    tenant_id uuid,
    occurred_at timestamp with time zone not null,
    actor_kind varchar(20) not null,
    actor_id uuid not null,
    action varchar(60) not null,
    outcome varchar(20) not null,
    subject_type varchar(40),
    subject_id varchar(100),
    person_id uuid,
    client_address varchar(64),
    session_hash varchar(64),
    detail varchar(300),
    prev_hash varchar(64) not null,
    hash varchar(64) not null,
    constraint audit_event_pk primary key (id),
    constraint audit_event_chain_seq_uq unique (chain, seq)
);
create index audit_event_tenant_time on audit_event (tenant_id, occurred_at);
create index audit_event_subject on audit_event (tenant_id, subject_type, subject_id, occurred_at);
create index audit_event_actor on audit_event (tenant_id, actor_id, occurred_at);
create index audit_event_person on audit_event (tenant_id, person_id, occurred_at);

-- The head of each chain; appends lock it, so that each chain stays one line.
create table audit_chain (
    chain varchar(60) not null,
    last_seq bigint not null,
    last_hash varchar(64) not null,
    constraint audit_chain_pk primary key (chain)
);
