package org.preventduty.training;

import java.time.LocalDate;
import java.util.List;
import org.preventduty.shared.MonitoringFigures;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Training's part of the quarterly return: who must be trained and is at the quarter's end, and what was delivered. */
@Component
class TrainingMonitoringFigures implements MonitoringFigures {

    private static final String SECTION = "Training";

    private final TrainingCoverage coverage;
    private final JdbcClient jdbc;

    TrainingMonitoringFigures(TrainingCoverage coverage, JdbcClient jdbc) {
        this.coverage = coverage;
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(TenantId tenant, LocalDate from, LocalDate to) {
        var total = coverage.total(tenant.value(), to);
        var sessions = jdbc.sql("select count(*) from training_session where tenant_id = ? and status = 'DELIVERED'"
                        + " and delivered_on >= ? and delivered_on <= ?")
                .params(tenant.value(), from, to)
                .query(Long.class)
                .single();
        var completions = jdbc.sql("select count(distinct staff_row_id) from training_completion where tenant_id = ?"
                        + " and completed_on >= ? and completed_on <= ?")
                .params(tenant.value(), from, to)
                .query(Long.class)
                .single();
        return List.of(
                new Figure(SECTION, "Staff in post who must be trained, at the end of the quarter", total[0], true),
                new Figure(SECTION, "Of those, staff trained", total[1], true),
                new Figure(SECTION, "Training sessions delivered", sessions, false),
                new Figure(SECTION, "Staff who completed training in the quarter", completions, true));
    }

    @Override
    public int order() {
        return 30;
    }
}
