package org.preventduty.referrals;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Random;
import java.util.UUID;
import org.preventduty.Application;
import org.preventduty.identity.TenantScope;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Adds referrals at national size to a demo council of a deployment's database, for the load test
 * ({@code bench/load.sh}): {@code bench.referrals} (100,000) referrals of the council {@code bench.council} (barnet),
 * screened by its demo Prevent lead, one in ten adopted, the last 2,000 waiting.
 */
public final class LoadData {

    private LoadData() {}

    public static void main(String[] args) {
        var total = Integer.getInteger("bench.referrals", 100_000);
        var council = System.getProperty("bench.council", "barnet");
        var context = new SpringApplicationBuilder(Application.class)
                .properties(
                        "server.port=0",
                        "service.demo.enabled=false",
                        "service.privacy.retention-cron=-",
                        "service.training.reminders.cron=-",
                        "logging.level.root=WARN")
                .run(args);
        try {
            var jdbc = context.getBean(JdbcTemplate.class);
            var transactions = context.getBean(TransactionTemplate.class);
            var tenant = TenantScope.asSystem(() -> transactions.execute(
                    status -> jdbc.queryForObject("select id from tenant where code = ?", UUID.class, council)));
            var lead = TenantScope.asSystem(() -> transactions.execute(status -> jdbc.queryForObject(
                    "select id from app_user where email = ?", UUID.class, "prevent-lead@" + council + ".example")));
            var started = System.nanoTime();
            ReferralBenchmark.seed(
                    context,
                    tenant,
                    total,
                    total * 4 / 5,
                    10,
                    lead,
                    LocalDate.now(ZoneId.of("Europe/London")),
                    new Random(7));
            jdbc.execute("analyze");
            var referrals = TenantScope.asSystem(() -> transactions.execute(status ->
                    jdbc.queryForObject("select count(*) from referral where tenant_id = ?", Long.class, tenant)));
            System.out.printf(
                    Locale.ROOT,
                    "data: %d referrals in %s, written in %.1f s%n",
                    referrals,
                    council,
                    (System.nanoTime() - started) / 1e9);
        } finally {
            context.close();
        }
    }
}
