-- Matching looks a name up by its phonetic key within a range of dates of birth; keeping the date of birth with each
-- name lets one index answer that, however common the name.
alter table person_name add column date_of_birth date;
update person_name set date_of_birth = (select p.date_of_birth from person p where p.id = person_name.person_id);
drop index person_name_family_key;
drop index person_name_given_key;
create index person_name_family_birth on person_name (tenant_id, family_key, date_of_birth);
create index person_name_given_birth on person_name (tenant_id, given_key, date_of_birth);
-- Matching and a person's page gather everyone linked into a person.
create index person_merged_into on person (tenant_id, merged_into);
