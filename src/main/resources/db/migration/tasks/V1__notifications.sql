-- What the service tells a person: in the product (a count in the header, a list marked read) and, as they choose, by
-- email. A notice holds no personal data: its kind and a link to the page, which the reader signs in to see. Each is
-- given once: the same key is not given twice to the same person.
create table notification (
    id uuid not null,
    tenant_id uuid not null,
    user_id uuid not null,
    kind varchar(40) not null,
    link varchar(300) not null,
    dedupe_key varchar(200) not null,
    created_at timestamp with time zone not null,
    read_at timestamp with time zone,
    emailed boolean not null,
    constraint notification_pk primary key (id),
    constraint notification_once_uq unique (user_id, dedupe_key)
);
create index notification_user on notification (tenant_id, user_id, read_at, created_at);

-- Which notices a person does not want by email (every notice is emailed unless they say so).
create table notification_setting (
    user_id uuid not null,
    tenant_id uuid not null,
    kind varchar(40) not null,
    by_email boolean not null,
    constraint notification_setting_pk primary key (user_id, kind)
);
