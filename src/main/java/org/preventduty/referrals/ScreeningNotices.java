package org.preventduty.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantScope;
import org.preventduty.shared.TenantId;
import org.preventduty.tasks.Notice;
import org.preventduty.tasks.Notifications;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each morning, tells a council's Prevent leads of each referral that has waited past the day its screening decision was
 * due, once for each referral. Referrals brought in from earlier records are left out: their days are history.
 */
@Component
class ScreeningNotices {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ScreeningNotices(JdbcClient jdbc, Notifications notifications, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${service.referrals.overdue-notices-cron:0 0 8 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "screening-overdue-notices", lockAtLeastFor = "PT5M", lockAtMostFor = "PT1H")
    public void notifyEverywhere() {
        notifyOverdue(LocalDate.ofInstant(clock.instant(), LONDON));
    }

    /** Tells the leads of every referral overdue on the day and not told of before; answers how many were told. */
    int notifyOverdue(LocalDate today) {
        List<UUID[]> overdue = TenantScope.asSystem(() -> transactions.execute(status -> jdbc.sql(
                        "select tenant_id, id from referral where status in ('SUBMITTED', 'IN_SCREENING')"
                                + " and due_on < ? and imported_at is null order by due_on")
                .param(today)
                .query((rs, n) -> new UUID[] {rs.getObject(1, UUID.class), rs.getObject(2, UUID.class)})
                .list()));
        var told = 0;
        for (var referral : overdue == null ? List.<UUID[]>of() : overdue) {
            told += notifications.toRoleAsSystem(
                    new TenantId(referral[0]),
                    Role.PREVENT_LEAD,
                    Notice.SCREENING_OVERDUE,
                    "/referrals/" + referral[1],
                    "screening-overdue:" + referral[1]);
        }
        return told;
    }
}
