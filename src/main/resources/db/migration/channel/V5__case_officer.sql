-- The user of the council who works the case day to day; each change is kept in the case's events.
alter table channel_case add column case_officer_id uuid;
