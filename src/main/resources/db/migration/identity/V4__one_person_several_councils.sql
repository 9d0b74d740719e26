-- One person may be a user of several councils, each with its own roles: one row per council, all with the same
-- email. The person's credentials (password, second factor, recovery codes) are held once, on the first of them, which
-- the others name in credentials_of. last_chosen_at remembers the council the person last chose.
drop index app_user_email_uq;
create unique index app_user_tenant_email_uq on app_user (tenant_id, email);
create index app_user_email on app_user (email);
alter table app_user add column credentials_of uuid;
alter table app_user add column last_chosen_at timestamp with time zone;
alter table app_user add constraint app_user_credentials_fk foreign key (credentials_of) references app_user (id);
