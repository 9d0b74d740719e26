-- Due-diligence checks, venue hire checks, contracts and grants can be corrected; each keeps the version it was read at,
-- so that a change made from an old copy is refused, and its change history.
alter table partner_check add column version integer not null default 0;
alter table partner_venue_check add column version integer not null default 0;
alter table partner_contract add column version integer not null default 0;
alter table partner_grant add column version integer not null default 0;
