package org.preventduty.referrals;

import java.time.LocalDate;
import java.util.List;
import org.preventduty.shared.MonitoringFigures;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Referrals' part of the quarterly return: referrals received in the quarter. */
@Component
class ReferralMonitoringFigures implements MonitoringFigures {

    private final JdbcClient jdbc;

    ReferralMonitoringFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(TenantId tenant, LocalDate from, LocalDate to) {
        var received = jdbc.sql("select count(*) from referral where tenant_id = ? and received_on >= ?"
                        + " and received_on <= ?")
                .params(tenant.value(), from, to)
                .query(Long.class)
                .single();
        return List.of(new Figure("Referrals", "Prevent referrals received", received, true));
    }

    @Override
    public int order() {
        return 10;
    }
}
