package org.preventduty.training;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What training gives reports and dashboards: coverage by department on a day, staff whose training expires soon, and
 * the next sessions with places left. It checks no access: the reporting module decides who sees what it shows.
 */
@Service
public class TrainingReport {

    private final TrainingCoverage coverage;
    private final JdbcClient jdbc;

    TrainingReport(TrainingCoverage coverage, JdbcClient jdbc) {
        this.coverage = coverage;
        this.jdbc = jdbc;
    }

    /**
     * Coverage of a department (or of all, for the total).
     *
     * @param department the department, {@literal null} for staff with none, or the total.
     * @param requiringTraining staff in post on the day with a tier to hold.
     * @param trained of those, staff holding unexpired training of their tier on the day.
     * @param sessionsDelivered sessions for the department delivered in the window.
     * @param coveragePercent the share trained, to one decimal place.
     */
    public record Coverage(
            @Nullable String department,
            long requiringTraining,
            long trained,
            long sessionsDelivered,
            BigDecimal coveragePercent) {}

    /** Coverage by department, as the API's coverage gives it, with the total. */
    public record CoverageTable(List<Coverage> rows, Coverage total) {}

    /** Coverage of a council on a day, by department, with the sessions delivered in a window. */
    @Transactional(readOnly = true)
    public CoverageTable coverage(TenantId tenant, LocalDate asOf, LocalDate sessionsFrom, LocalDate sessionsTo) {
        var table =
                coverage.table(tenant.value(), asOf, sessionsFrom, sessionsTo, TrainingCoverage.Grouping.DEPARTMENT);
        return new CoverageTable(table.rows().stream().map(TrainingReport::of).toList(), of(table.total()));
    }

    private static Coverage of(TrainingCoverage.CoverageRow row) {
        return new Coverage(
                row.group(), row.requiringTraining(), row.trained(), row.sessionsDelivered(), row.coveragePercent());
    }

    /** How many staff in post hold training of their tier that expires after the day and within the days given. */
    @Transactional(readOnly = true)
    public long expiringWithin(TenantId tenant, LocalDate asOf, int days) {
        return jdbc.sql("select count(*) from training_validity s where s.tenant_id = ? and s.valid_from <= ?"
                        + " and s.valid_to > ? and s.valid_to <= ? and (s.start_date is null or s.start_date <= ?)"
                        + " and (s.end_date is null or s.end_date >= ?)")
                .params(tenant.value(), asOf, asOf, asOf.plusDays(days), asOf, asOf)
                .query(Long.class)
                .single();
    }

    /**
     * A session planned.
     *
     * @param placesLeft places not yet taken by an invitation, or {@literal null} when the session has no limit.
     */
    public record PlannedSession(
            LocalDate on,
            @Nullable LocalTime startsAt,
            String courseCode,
            String courseTitle,
            @Nullable String venue,
            @Nullable Long placesLeft) {}

    /** The next sessions planned from a day on, soonest first. */
    @Transactional(readOnly = true)
    public List<PlannedSession> nextSessions(TenantId tenant, LocalDate from, int limit) {
        return jdbc.sql("select s.delivered_on, s.starts_at, k.code, k.title, s.venue, s.capacity,"
                        + " (select count(*) from training_invitation i where i.tenant_id = s.tenant_id"
                        + " and i.session_id = s.id) from training_session s join training_course k on k.id = s.course_id"
                        + " and k.tenant_id = s.tenant_id where s.tenant_id = ? and s.status = 'PLANNED'"
                        + " and s.delivered_on >= ? order by s.delivered_on, s.starts_at, k.code limit ?")
                .params(tenant.value(), from, limit)
                .query((rs, n) -> {
                    var capacity = (Integer) rs.getObject(6);
                    return new PlannedSession(
                            rs.getObject(1, LocalDate.class),
                            rs.getObject(2, LocalTime.class),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            capacity == null ? null : Math.max(0L, capacity - rs.getLong(7)));
                })
                .list();
    }
}
