create table tenant (
    id uuid not null,
    code varchar(40) not null,
    name varchar(200) not null,
    region varchar(40) not null,
    demo boolean not null,
    created_at timestamp with time zone not null,
    version integer not null,
    constraint tenant_pk primary key (id),
    constraint tenant_code_uq unique (code)
);

-- A user belongs to one tenant; only national users (system administrators, national analysts) have none.
create table app_user (
    id uuid not null,
    tenant_id uuid,
    email varchar(254) not null,
    display_name varchar(100) not null,
    organisation varchar(200),
    roles varchar(500) not null,
    status varchar(20) not null,
    password_hash varchar(200),
    password_set_at timestamp with time zone,
    mfa_secret varchar(500),
    mfa_enrolled_at timestamp with time zone,
    mfa_last_step bigint,
    last_sign_in_at timestamp with time zone,
    created_at timestamp with time zone not null,
    created_by uuid,
    demo boolean not null,
    version integer not null,
    constraint app_user_pk primary key (id),
    constraint app_user_tenant_fk foreign key (tenant_id) references tenant (id)
);
create unique index app_user_email_uq on app_user (email);
create index app_user_tenant on app_user (tenant_id, display_name);

create table recovery_code (
    id uuid not null,
    tenant_id uuid,
    user_id uuid not null,
    code_hash varchar(64) not null,
    used_at timestamp with time zone,
    constraint recovery_code_pk primary key (id),
    constraint recovery_code_user_fk foreign key (user_id) references app_user (id) on delete cascade
);
create index recovery_code_user on recovery_code (user_id);

-- One-time links to set a password: only the hash of the token is kept.
create table password_link (
    id uuid not null,
    tenant_id uuid,
    user_id uuid not null,
    token_hash varchar(64) not null,
    created_at timestamp with time zone not null,
    expires_at timestamp with time zone not null,
    used_at timestamp with time zone,
    constraint password_link_pk primary key (id),
    constraint password_link_user_fk foreign key (user_id) references app_user (id) on delete cascade
);
create unique index password_link_token_uq on password_link (token_hash);

-- Failed sign-ins, per account and per client address, for throttling.
create table sign_in_throttle (
    throttle_key varchar(300) not null,
    consecutive_failures integer not null,
    last_failure_at timestamp with time zone not null,
    locked_until timestamp with time zone,
    constraint sign_in_throttle_pk primary key (throttle_key)
);

-- An API key is a service account: a name, roles in one tenant (or none for national roles) and the hash of a key.
create table api_key (
    id uuid not null,
    tenant_id uuid,
    name varchar(100) not null,
    roles varchar(500) not null,
    key_hash varchar(64) not null,
    key_prefix varchar(20) not null,
    bootstrap boolean not null,
    created_at timestamp with time zone not null,
    created_by uuid,
    expires_at timestamp with time zone,
    revoked_at timestamp with time zone,
    revoked_by uuid,
    last_used_at timestamp with time zone,
    version integer not null,
    constraint api_key_pk primary key (id),
    constraint api_key_tenant_fk foreign key (tenant_id) references tenant (id)
);
create unique index api_key_hash_uq on api_key (key_hash);
create index api_key_tenant on api_key (tenant_id, created_at);
