-- The narrow row of each referral also says whether its screening found it appropriate (unknown until decided) and,
-- for equality monitoring only, the ethnicity and religion recorded, so that trends and equality figures count these
-- rows too; the rows hold no name, address or date of birth.
alter table referral_statistic add column appropriate boolean;
alter table referral_statistic add column ethnicity varchar(60);
alter table referral_statistic add column religion varchar(60);

update referral_statistic set appropriate = (select r.decision_appropriate from referral r where r.id = referral_statistic.referral_id);
update referral_statistic set ethnicity = (select e.ethnicity from referral_equality e where e.referral_id = referral_statistic.referral_id),
    religion = (select e.religion from referral_equality e where e.referral_id = referral_statistic.referral_id);
