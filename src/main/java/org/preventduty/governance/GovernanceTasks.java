package org.preventduty.governance;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.governance.GovernanceRules.Frequency;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The governance work due to those who report on Prevent (its delivery officers and Prevent leads): a board's next
 * update, due within a month or overdue; progress on each open recommendation of a review not signed off, due three
 * months after it was last recorded; and a quarter's monitoring return, due a month after the quarter ends until it is
 * submitted.
 */
@Component
class GovernanceTasks implements TaskSource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A board's update shows as work from this many days before it is due. */
    static final int BOARD_NOTICE_DAYS = 30;

    /** Progress on an open recommendation is due this many months after it was last recorded. */
    static final int RECOMMENDATION_MONTHS = 3;

    /** A quarter's return is due this many months after the quarter ends. */
    static final int RETURN_MONTHS = 1;

    private final JdbcClient jdbc;
    private final Clock clock;

    GovernanceTasks(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        var tenant = actor.tenantId();
        if (caseId != null || tenant == null || !actor.hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD)) {
            return List.of();
        }
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        var tasks = new ArrayList<Task>();
        jdbc.sql("select id, name, frequency, last_update_on from governance_board where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> {
                    var next = GovernanceRules.nextUpdateDue(
                            rs.getObject(4, LocalDate.class), Frequency.valueOf(rs.getString(3)));
                    if (!next.isAfter(today.plusDays(BOARD_NOTICE_DAYS))) {
                        tasks.add(new Task(
                                "BOARD_UPDATE_DUE",
                                next,
                                "task.boardUpdate",
                                rs.getString(2),
                                "/governance/boards/" + rs.getObject(1, UUID.class),
                                null,
                                List.of(rs.getString(2))));
                    }
                    return true;
                })
                .list();
        jdbc.sql(
                        "select r.number, v.title, r.updated_at, v.id from governance_recommendation r join governance_review v"
                                + " on v.id = r.review_id and v.tenant_id = r.tenant_id where r.tenant_id = ?"
                                + " and v.signed_off_on is null and r.status = 'OPEN' and r.response <> 'REJECTED'")
                .param(tenant.value())
                .query((rs, n) -> tasks.add(new Task(
                        "RECOMMENDATION_OPEN",
                        LocalDate.ofInstant(rs.getTimestamp(3).toInstant(), LONDON)
                                .plusMonths(RECOMMENDATION_MONTHS),
                        "task.recommendation",
                        rs.getString(2),
                        "/governance/reviews/" + rs.getObject(4, UUID.class),
                        null,
                        List.of(String.valueOf(rs.getInt(1)), rs.getString(2)))))
                .list();
        var returns = new HashMap<LocalDate, Object[]>();
        jdbc.sql("select quarter_start, status, id from governance_return where tenant_id = ?")
                .param(tenant.value())
                .query((rs, n) -> returns.put(
                        rs.getObject(1, LocalDate.class), new Object[] {rs.getString(2), rs.getObject(3, UUID.class)}))
                .list();
        var lastEnded = quarterStart(today).minusMonths(3);
        returns.putIfAbsent(lastEnded, new Object[] {null, null});
        returns.forEach((start, row) -> {
            if (!"SUBMITTED".equals(row[0])) {
                var quarter = MonitoringReturns.quarterName(start);
                tasks.add(new Task(
                        "RETURN_DUE",
                        start.plusMonths(3).minusDays(1).plusMonths(RETURN_MONTHS),
                        "task.return",
                        quarter,
                        row[1] == null ? "/governance/returns/new" : "/governance/returns/" + row[1],
                        null,
                        List.of(quarter)));
            }
        });
        return tasks;
    }

    /** The first day of the financial-year quarter holding the day: 1 April, 1 July, 1 October or 1 January. */
    static LocalDate quarterStart(LocalDate day) {
        var month = ((day.getMonthValue() - 1) / 3) * 3 + 1;
        return LocalDate.of(day.getYear(), month, 1);
    }
}
