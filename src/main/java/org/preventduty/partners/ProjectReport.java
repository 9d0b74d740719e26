package org.preventduty.partners;

import java.time.LocalDate;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the commissioned projects of a council delivered in a period, for reports. It checks no access: the reporting
 * module decides who sees what it shows, and puts the counts of people through disclosure control.
 */
@Service
public class ProjectReport {

    private final JdbcClient jdbc;

    ProjectReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A project and what it delivered in the quarters that start within the period.
     *
     * @param participants people who took part, counted in aggregate.
     */
    public record ProjectLine(
            String title,
            String provider,
            @Nullable String targetGroup,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            long seriesDelivered,
            long sessionsDelivered,
            long participants) {}

    /** The projects running at any time in the period, by start, with what they delivered in it. */
    @Transactional(readOnly = true)
    public List<ProjectLine> projects(TenantId tenant, LocalDate from, LocalDate to) {
        return jdbc.sql("select p.title, p.provider, p.target_group, p.starts_on, p.ends_on,"
                        + " coalesce(sum(o.series_delivered), 0), coalesce(sum(o.sessions_delivered), 0),"
                        + " coalesce(sum(o.participants), 0) from partner_project p left join partner_project_output o"
                        + " on o.project_id = p.id and o.tenant_id = p.tenant_id and o.quarter_start >= ?"
                        + " and o.quarter_start <= ? where p.tenant_id = ? and p.starts_on <= ?"
                        + " and (p.ends_on is null or p.ends_on >= ?)"
                        + " group by p.id, p.title, p.provider, p.target_group, p.starts_on, p.ends_on"
                        + " order by p.starts_on, p.title")
                .params(from, to, tenant.value(), to, from)
                .query((rs, n) -> new ProjectLine(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        rs.getLong(6),
                        rs.getLong(7),
                        rs.getLong(8)))
                .list();
    }
}
