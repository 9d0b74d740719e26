package org.preventduty.tasks;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.preventduty.identity.Actor;
import org.preventduty.identity.TenantScope;
import org.preventduty.identity.UserDirectory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Each working morning, tells each person who has work due today or overdue, from every module, once a day: a notice
 * linking to their task list, which names nothing.
 */
@Component
class TaskDigest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final UserDirectory users;
    private final List<TaskSource> sources;
    private final Notifications notifications;
    private final TransactionTemplate transactions;
    private final Clock clock;

    TaskDigest(
            UserDirectory users,
            List<TaskSource> sources,
            Notifications notifications,
            TransactionTemplate transactions,
            Clock clock) {
        this.users = users;
        this.sources = sources;
        this.notifications = notifications;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${service.tasks.digest-cron:0 30 7 * * MON-FRI}", zone = "Europe/London")
    @SchedulerLock(name = "task-digest", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void sendEverywhere() {
        send(LocalDate.ofInstant(clock.instant(), LONDON));
    }

    /** Tells everyone with work due on or before the day, once for the day; answers how many were told. */
    int send(LocalDate today) {
        List<Actor> everyone = TenantScope.asSystem(() -> transactions.execute(status -> users.activeCouncilUsers()));
        var told = 0;
        for (var actor : everyone == null ? List.<Actor>of() : everyone) {
            Boolean due = TenantScope.asSystem(() -> transactions.execute(status -> sources.stream()
                    .flatMap(source -> source.tasks(actor, null).stream())
                    .anyMatch(task -> !task.dueOn().isAfter(today))));
            if (Boolean.TRUE.equals(due)) {
                told += TenantScope.asSystem(() -> transactions.execute(status -> notifications.toUsers(
                        actor.requireTenant(), List.of(actor.id()), Notice.TASKS_DUE, "/tasks", "tasks-due:" + today)));
            }
        }
        return told;
    }
}
