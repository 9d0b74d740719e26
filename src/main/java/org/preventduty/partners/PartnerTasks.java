package org.preventduty.partners;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The due-diligence checks due again, to those who keep the partners' records: each organisation's latest check whose
 * next check falls within a month or has passed.
 */
@Component
class PartnerTasks implements TaskSource {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** A check shows as work from this many days before it is due. */
    static final int NOTICE_DAYS = 30;

    private final JdbcClient jdbc;
    private final Clock clock;

    PartnerTasks(JdbcClient jdbc, Clock clock) {
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
        // Only each organisation's latest check counts: a newer check replaces the date the older one set.
        return jdbc.sql("select o.id, o.name, c.next_check_on from partner_check c join partner_organisation o"
                        + " on o.id = c.organisation_id and o.tenant_id = c.tenant_id where c.tenant_id = :tenant"
                        + " and c.next_check_on is not null and c.next_check_on <= :until"
                        + " and not exists (select 1 from partner_check l where l.tenant_id = c.tenant_id"
                        + " and l.organisation_id = c.organisation_id and (l.checked_on > c.checked_on"
                        + " or (l.checked_on = c.checked_on and l.recorded_at > c.recorded_at)))")
                .param("tenant", tenant.value())
                .param("until", today.plusDays(NOTICE_DAYS))
                .query((rs, n) -> new Task(
                        "DUE_DILIGENCE_DUE",
                        rs.getObject(3, LocalDate.class),
                        "task.dueDiligence",
                        rs.getString(2),
                        "/partners/" + rs.getObject(1, UUID.class),
                        null,
                        List.of(rs.getString(2))))
                .list();
    }
}
