-- How far a referral went through Channel, for the national statistics: discussed at a panel, adopted as a case.
alter table referral add column discussed_at_panel_on date;
alter table referral add column adopted_on date;
