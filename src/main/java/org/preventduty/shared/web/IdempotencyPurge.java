package org.preventduty.shared.web;

import java.time.Clock;
import java.time.ZoneOffset;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Removes the kept answers of API creates once their 24 hours are over, on one node at a time. */
@Component
class IdempotencyPurge {

    private final JdbcClient jdbc;
    private final Clock clock;

    IdempotencyPurge(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    @SchedulerLock(name = "idempotency-purge", lockAtLeastFor = "PT5M", lockAtMostFor = "PT30M")
    public void purge() {
        jdbc.sql("delete from idempotency_record where created_at < ?")
                .param(clock.instant().minus(IdempotencyFilter.KEPT).atOffset(ZoneOffset.UTC))
                .update();
    }
}
