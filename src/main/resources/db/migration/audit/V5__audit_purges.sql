-- Where each chain of the audit trail was cut when its oldest rows passed the council's retention period (7 years
-- by default): the last sequence number removed and its hash, from which the chain is verified on. Rows are added by
-- the purge, in its transaction, and never changed.
create table audit_purge (
    chain varchar(60) not null,
    up_to_seq bigint not null,
    up_to_hash varchar(64) not null,
    tenant_id uuid,
    purged_before timestamp with time zone not null,
    rows_purged bigint not null,
    purged_at timestamp with time zone not null,
    constraint audit_purge_pk primary key (chain, up_to_seq)
);
