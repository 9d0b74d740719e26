package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referrals waiting for a screening decision are the Prevent lead's work, due on their screening day. */
@Component
class ScreeningTasks implements TaskSource {

    private final JdbcClient jdbc;

    ScreeningTasks(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        if (caseId != null || !actor.has(Role.PREVENT_LEAD) || actor.tenantId() == null) {
            return List.of();
        }
        var tasks = new java.util.ArrayList<Task>(jdbc.sql(
                        "select id, reference, due_on, immediate_risk from referral where tenant_id = ?"
                                + " and status in ('SUBMITTED', 'IN_SCREENING') and due_on is not null order by due_on limit 500")
                .param(actor.tenantId().value())
                .query((rs, n) -> new Task(
                        "SCREENING_DUE",
                        rs.getObject(3, LocalDate.class),
                        rs.getBoolean(4) ? "referral.task.screenDanger" : "referral.task.screen",
                        rs.getString(2),
                        "/referrals/" + rs.getObject(1, UUID.class),
                        null))
                .list());
        // A Request for Support raised by the allocated worker waits for the Prevent lead to agree it.
        jdbc.sql("select r.id, r.reference, s.requested_on, s.partner_name from request_for_support s join referral r"
                        + " on r.id = s.referral_id and r.tenant_id = s.tenant_id where s.tenant_id = ?"
                        + " and s.status = 'PROPOSED'")
                .param(actor.tenantId().value())
                .query((rs, n) -> tasks.add(new Task(
                        "SUPPORT_REQUEST_TO_AGREE",
                        rs.getObject(3, LocalDate.class),
                        "referral.task.agreeSupport",
                        rs.getString(2),
                        "/referrals/" + rs.getObject(1, UUID.class) + "#support",
                        null,
                        List.of(rs.getString(4)))))
                .list();
        return tasks;
    }
}
