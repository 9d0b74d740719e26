-- One narrow row per submitted referral in the categories of the national statistics, kept as referrals are submitted
-- and go through Channel, so that figures over a whole country count small rows rather than scan wide ones.
create table referral_statistic (
    referral_id uuid not null,
    tenant_id uuid not null,
    received_on date not null,
    sector varchar(40) not null,
    type_of_concern varchar(60) not null,
    age_band varchar(20) not null,
    sex varchar(20) not null,
    discussed_at_panel boolean not null,
    adopted boolean not null,
    constraint referral_statistic_pk primary key (referral_id)
);
create index referral_statistic_received on referral_statistic (received_on, tenant_id);
create index referral_statistic_tenant on referral_statistic (tenant_id, received_on);

insert into referral_statistic (referral_id, tenant_id, received_on, sector, type_of_concern, age_band, sex,
    discussed_at_panel, adopted)
select r.id, r.tenant_id, r.received_on, coalesce(r.referrer_sector, 'OTHER'),
    coalesce(c.maps_to, case when r.concern_type_of_concern = 'NOT_SURE' then 'MIXED_OR_UNCLEAR'
        else coalesce(r.concern_type_of_concern, 'MIXED_OR_UNCLEAR') end),
    case
        when r.subject_date_of_birth is not null then case
            when r.subject_date_of_birth + interval '51' year <= r.received_on then '51_AND_OVER'
            when r.subject_date_of_birth + interval '41' year <= r.received_on then '41_TO_50'
            when r.subject_date_of_birth + interval '31' year <= r.received_on then '31_TO_40'
            when r.subject_date_of_birth + interval '21' year <= r.received_on then '21_TO_30'
            when r.subject_date_of_birth + interval '18' year <= r.received_on then '18_TO_20'
            when r.subject_date_of_birth + interval '16' year <= r.received_on then '16_TO_17'
            when r.subject_date_of_birth + interval '11' year <= r.received_on then '11_TO_15'
            else '10_OR_UNDER' end
        when r.subject_approximate_age is not null then case
            when r.subject_approximate_age >= 51 then '51_AND_OVER'
            when r.subject_approximate_age >= 41 then '41_TO_50'
            when r.subject_approximate_age >= 31 then '31_TO_40'
            when r.subject_approximate_age >= 21 then '21_TO_30'
            when r.subject_approximate_age >= 18 then '18_TO_20'
            when r.subject_approximate_age >= 16 then '16_TO_17'
            when r.subject_approximate_age >= 11 then '11_TO_15'
            else '10_OR_UNDER' end
        else 'UNKNOWN' end,
    coalesce(r.subject_sex, 'NOT_KNOWN'),
    r.discussed_at_panel_on is not null,
    r.adopted_on is not null
from referral r
left join code_list_entry c on c.list_name = 'TYPE_OF_CONCERN' and c.list_version = r.concern_type_of_concern_version
    and c.code = r.concern_type_of_concern
where r.received_on is not null and r.status not in ('DRAFT', 'DISCARDED');
