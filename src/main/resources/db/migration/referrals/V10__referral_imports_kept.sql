-- A file of historic referrals uploaded on the import page, kept between its preview and its confirmation.
create table referral_import (
    id uuid not null,
    tenant_id uuid not null,
    file_name varchar(200),
    content text not null,
    uploaded_by uuid not null,
    uploaded_at timestamp with time zone not null,
    constraint referral_import_pk primary key (id)
);
