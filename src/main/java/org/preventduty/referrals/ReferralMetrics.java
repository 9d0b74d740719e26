package org.preventduty.referrals;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import org.preventduty.identity.TenantScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What the service's operators watch of referrals, across every council and without anything personal: how many await
 * a screening decision, how many of those are overdue, and how many report immediate danger.
 */
@Component
class ReferralMetrics implements MeterBinder {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String WAITING = "status in ('SUBMITTED', 'IN_SCREENING')";

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Clock clock;

    ReferralMetrics(JdbcClient jdbc, TransactionTemplate transactions, Clock clock) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("pdm.referrals.waiting", () -> count("select count(*) from referral where " + WAITING))
                .description("Referrals awaiting a screening decision, in every council")
                .register(registry);
        Gauge.builder(
                        "pdm.referrals.overdue",
                        () -> count("select count(*) from referral where " + WAITING + " and due_on < ?"))
                .description("Referrals whose screening decision is overdue, in every council")
                .register(registry);
        Gauge.builder(
                        "pdm.referrals.immediate.danger",
                        () -> count("select count(*) from referral where " + WAITING + " and immediate_risk = true"))
                .description("Referrals reporting immediate danger that await a decision, in every council")
                .register(registry);
    }

    private double count(String sql) {
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        Long counted = TenantScope.asSystem(() -> transactions.execute(status -> {
            var statement = jdbc.sql(sql);
            return (sql.contains("?") ? statement.param(today) : statement)
                    .query(Long.class)
                    .single();
        }));
        return counted == null ? 0 : counted;
    }
}
