package org.preventduty.training;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the periods in which each member of staff holds valid training of the tier they must hold (table
 * {@code training_validity}): from the day a course satisfying that tier was completed until it expires or, with a
 * refresh interval, until that has passed, whichever is sooner; overlapping and touching periods merged, so that a
 * person has at most one period on any day. Whatever changes completions, staff lists or requirement rules recomputes
 * the periods of the people it touched, in the same transaction; coverage then counts rows instead of working through
 * every completion. Each period carries what coverage groups and filters by (department, organisation, elected member,
 * days in post), copied from the member of staff: staff change only through a staff list, which recomputes the whole
 * council, so the copy stays true.
 */
@Component
class ValidityPeriods {

    /** The periods of the staff the condition selects, merged; the migration that made the table holds a copy. */
    private static final String PERIODS = "select tenant_id, staff_row_id, min(valid_from), max(valid_to), department,"
            + " organisation, elected_member, start_date, end_date from ("
            + " select tenant_id, staff_row_id, valid_from, valid_to, department, organisation, elected_member,"
            + " start_date, end_date,"
            + " sum(case when valid_from <= reached then 0 else 1 end)"
            + " over (partition by staff_row_id order by valid_from, valid_to rows unbounded preceding) as period"
            + " from (select tenant_id, staff_row_id, valid_from, valid_to, department, organisation, elected_member,"
            + " start_date, end_date, max(valid_to) over (partition by staff_row_id order by valid_from, valid_to"
            + " rows between unbounded preceding and 1 preceding) as reached"
            + " from (select c.tenant_id, c.staff_row_id, c.completed_on as valid_from,"
            + " case when s.refresh_months is not null"
            + " and cast(c.completed_on + s.refresh_months * interval '1' month as date) < c.expires_on"
            + " then cast(c.completed_on + s.refresh_months * interval '1' month as date)"
            + " else c.expires_on end as valid_to,"
            + " s.department, s.organisation, s.elected_member, s.start_date, s.end_date"
            + " from training_completion c"
            + " join training_staff s on s.tenant_id = c.tenant_id and s.id = c.staff_row_id"
            + " join training_course k on k.tenant_id = c.tenant_id and k.id = c.course_id"
            + " where coalesce(s.required_tier, s.rule_tier) is not null"
            + " and k.tier >= coalesce(s.required_tier, s.rule_tier)"
            + " and k.lowest_tier_satisfied <= coalesce(s.required_tier, s.rule_tier)"
            + " and c.tenant_id = ?%s) spans) ordered) numbered"
            + " group by tenant_id, staff_row_id, period, department, organisation, elected_member, start_date,"
            + " end_date";

    private static final String INSERT = "insert into training_validity (tenant_id, staff_row_id, valid_from, valid_to,"
            + " department, organisation, elected_member, start_date, end_date) ";

    /**
     * Up to how many people are recomputed by name; beyond it, one statement over the whole council is quicker than
     * probing for each of them (an import of 100,000 completions).
     */
    private static final int BY_NAME = 500;

    private final JdbcClient jdbc;

    ValidityPeriods(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Recomputes the periods of everyone of a council: after a staff list or the requirement rules change. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(UUID tenant) {
        jdbc.sql("delete from training_validity where tenant_id = ?")
                .param(tenant)
                .update();
        jdbc.sql(INSERT + PERIODS.formatted("")).param(tenant).update();
    }

    /** Recomputes the periods of the staff named: after their completions change. */
    @Transactional(propagation = Propagation.MANDATORY)
    void recompute(UUID tenant, Collection<UUID> staffRows) {
        var people = List.copyOf(new LinkedHashSet<>(staffRows));
        if (people.isEmpty()) {
            return;
        }
        if (people.size() > BY_NAME) {
            recompute(tenant);
            return;
        }
        var marks = String.join(", ", Collections.nCopies(people.size(), "?"));
        var params = new ArrayList<Object>();
        params.add(tenant);
        params.addAll(people);
        jdbc.sql("delete from training_validity where tenant_id = ? and staff_row_id in (" + marks + ")")
                .params(params)
                .update();
        jdbc.sql(INSERT + PERIODS.formatted(" and c.staff_row_id in (" + marks + ")"))
                .params(params)
                .update();
    }
}
