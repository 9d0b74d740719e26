-- Activities of the communications plan can be changed (moved, retitled, done on another day); each keeps the version
-- it was read at, so that a change made from an old copy is refused, and its change history.
alter table governance_activity add column version integer not null default 0;
