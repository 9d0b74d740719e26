-- Whether a council's referrers see the outcome of their referral in full (accepted for Channel, police-led) or in
-- words that do not reveal Channel (being supported, closed). Without a row, they do not.
create table referral_setting (
    tenant_id uuid not null,
    referrer_sees_outcome boolean not null,
    updated_by uuid not null,
    updated_at timestamp with time zone not null,
    version integer not null,
    constraint referral_setting_pk primary key (tenant_id)
);
