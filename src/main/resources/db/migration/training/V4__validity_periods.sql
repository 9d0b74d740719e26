-- The periods in which each member of staff holds valid training of the tier they must hold: from the day a course
-- satisfying that tier was completed until it expires or, for staff with a refresh interval, until that interval has
-- passed, whichever is sooner; overlapping and touching periods merged, so that no two periods of a person share a day.
-- Kept as completions, staff lists and requirement rules change, so that coverage on any day counts one row per person
-- instead of working through every completion. What coverage groups and filters by (department, organisation, elected
-- member, days in post) is copied from the member of staff, so that counting the trained needs no join: every change
-- to staff comes through a staff list, which recomputes the periods of the whole council.
create table training_validity (
    tenant_id uuid not null,
    staff_row_id uuid not null,
    valid_from date not null,
    valid_to date not null,
    department varchar(200),
    organisation varchar(200) not null,
    elected_member boolean not null,
    start_date date,
    end_date date,
    constraint training_validity_pk primary key (tenant_id, staff_row_id, valid_from),
    constraint training_validity_staff_fk foreign key (staff_row_id) references training_staff (id),
    constraint training_validity_period check (valid_to > valid_from)
);

-- The periods of the records already held, computed as the application computes them.
insert into training_validity (tenant_id, staff_row_id, valid_from, valid_to, department, organisation,
    elected_member, start_date, end_date)
select tenant_id, staff_row_id, min(valid_from), max(valid_to), department, organisation, elected_member, start_date,
    end_date
from (
    select tenant_id, staff_row_id, valid_from, valid_to, department, organisation, elected_member, start_date, end_date,
        sum(case when valid_from <= reached then 0 else 1 end)
            over (partition by staff_row_id order by valid_from, valid_to rows unbounded preceding) as period
    from (
        select tenant_id, staff_row_id, valid_from, valid_to, department, organisation, elected_member, start_date,
            end_date, max(valid_to) over (partition by staff_row_id order by valid_from, valid_to
                rows between unbounded preceding and 1 preceding) as reached
        from (
            select c.tenant_id, c.staff_row_id, c.completed_on as valid_from,
                case when s.refresh_months is not null
                    and cast(c.completed_on + s.refresh_months * interval '1' month as date) < c.expires_on
                    then cast(c.completed_on + s.refresh_months * interval '1' month as date)
                    else c.expires_on end as valid_to,
                s.department, s.organisation, s.elected_member, s.start_date, s.end_date
            from training_completion c
            join training_staff s on s.tenant_id = c.tenant_id and s.id = c.staff_row_id
            join training_course k on k.tenant_id = c.tenant_id and k.id = c.course_id
            where coalesce(s.required_tier, s.rule_tier) is not null
                and k.tier >= coalesce(s.required_tier, s.rule_tier)
                and k.lowest_tier_satisfied <= coalesce(s.required_tier, s.rule_tier)
        ) spans
    ) ordered
) numbered
group by tenant_id, staff_row_id, period, department, organisation, elected_member, start_date, end_date;
