-- A referral brought in from a council's earlier records: when it was imported, so that it is marked as imported
-- wherever it is shown; its reference is the council's own.
alter table referral add column imported_at timestamp with time zone;
