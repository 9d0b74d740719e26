package org.preventduty.partners;

import java.time.LocalDate;
import java.util.List;
import org.preventduty.shared.MonitoringFigures;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Partners' part of the quarterly return: engagement with organisations and what commissioned projects delivered. */
@Component
class PartnerMonitoringFigures implements MonitoringFigures {

    private final JdbcClient jdbc;

    PartnerMonitoringFigures(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Figure> figures(TenantId tenant, LocalDate from, LocalDate to) {
        var engagements = jdbc.sql("select count(*) from partner_engagement where tenant_id = ? and happened_on >= ?"
                        + " and happened_on <= ?")
                .params(tenant.value(), from, to)
                .query(Long.class)
                .single();
        var organisations = jdbc.sql("select count(distinct organisation_id) from partner_engagement where"
                        + " tenant_id = ? and happened_on >= ? and happened_on <= ?")
                .params(tenant.value(), from, to)
                .query(Long.class)
                .single();
        var outputs = jdbc.sql("select coalesce(sum(series_delivered), 0), coalesce(sum(sessions_delivered), 0),"
                        + " coalesce(sum(participants), 0) from partner_project_output where tenant_id = ?"
                        + " and quarter_start >= ? and quarter_start <= ?")
                .params(tenant.value(), from, to)
                .query((rs, n) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)})
                .single();
        return List.of(
                new Figure("Engagement", "Engagement activities with partners", engagements, false),
                new Figure("Engagement", "Organisations engaged", organisations, false),
                new Figure("Commissioned projects", "Series delivered", outputs[0], false),
                new Figure("Commissioned projects", "Sessions delivered", outputs[1], false),
                new Figure("Commissioned projects", "Participants reached", outputs[2], true));
    }

    @Override
    public int order() {
        return 40;
    }
}
