-- The day the screening decision was taken, which may be earlier than the day it was recorded; the Channel case of a
-- referral accepted for Channel opens on it.
alter table referral add column decision_decided_on date;
update referral set decision_decided_on = cast(decision_decided_at as date) where decision_decided_at is not null;
