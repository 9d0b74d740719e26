-- A Request for Support raised by the worker allocated to a child or family waits for the Prevent lead to agree it:
-- who agreed (or did not) and when.
alter table request_for_support add column agreed_on date;
alter table request_for_support add column agreed_by uuid;
