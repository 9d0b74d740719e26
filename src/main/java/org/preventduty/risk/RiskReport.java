package org.preventduty.risk;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the risk assessment and action plan give reports and dashboards: the current version of the assessment, the
 * heat map of its register, the risks due for review and the actions overdue. It checks no access: the reporting module
 * decides who sees what it shows.
 */
@Service
public class RiskReport {

    private final JdbcClient jdbc;
    private final UserDirectory users;

    RiskReport(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /**
     * The current version of the assessment.
     *
     * @param status {@code DRAFT}, {@code CONSULTATION}, {@code REVIEWED} or {@code APPROVED}.
     * @param nextReview a year after approval, or a month after a significant change since; none before approval.
     */
    public record Current(
            UUID id,
            int versionNumber,
            String title,
            String status,
            @Nullable String reviewedByGroup,
            @Nullable LocalDate reviewedOn,
            @Nullable String approvedBy,
            @Nullable LocalDate approvedOn,
            @Nullable LocalDate nextReview) {}

    /** The newest version of a council's assessment, if it has one. */
    @Transactional(readOnly = true)
    public Optional<Current> current(TenantId tenant) {
        return jdbc.sql("select id, version_number, title, status, reviewed_by_group, reviewed_on, approved_by,"
                        + " approved_on, significant_change_on from risk_assessment where tenant_id = ?"
                        + " order by version_number desc limit 1")
                .param(tenant.value())
                .query((rs, n) -> new Current(
                        rs.getObject(1, UUID.class),
                        rs.getInt(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getString(7),
                        rs.getObject(8, LocalDate.class),
                        RiskRules.nextReview(rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class))))
                .optional();
    }

    /**
     * How many risks of the current register sit in each cell of the 5 by 5 matrix.
     *
     * @param counts {@code counts[likelihood - 1][impact - 1]}.
     */
    public record HeatMap(long[][] counts) {

        /** The rating of a cell: {@code RED}, {@code AMBER} or {@code GREEN}. */
        public String rating(int likelihood, int impact) {
            return RiskRules.rag(RiskRules.score(likelihood, impact)).name();
        }
    }

    /** The heat map of the current register. */
    @Transactional(readOnly = true)
    public HeatMap heatMap(TenantId tenant) {
        var counts = new long[5][5];
        current(tenant)
                .ifPresent(current -> jdbc.sql("select likelihood, impact, count(*) from risk_item"
                                + " where tenant_id = ? and assessment_id = ? group by likelihood, impact")
                        .params(tenant.value(), current.id())
                        .query((rs, n) -> counts[rs.getInt(1) - 1][rs.getInt(2) - 1] = rs.getLong(3))
                        .list());
        return new HeatMap(counts);
    }

    /** A risk due for review on a day. */
    public record RiskDue(UUID id, String title, String rating, LocalDate reviewOn) {}

    /** The risks of the current register whose review is due by a day, the longest due first. */
    @Transactional(readOnly = true)
    public List<RiskDue> risksDueForReview(TenantId tenant, LocalDate asOf) {
        var current = current(tenant);
        if (current.isEmpty()) {
            return List.of();
        }
        return jdbc
                .sql("select id, title, likelihood, impact, rated_on from risk_item where tenant_id = ?"
                        + " and assessment_id = ?")
                .params(tenant.value(), current.get().id())
                .query((rs, n) -> {
                    var rag = RiskRules.rag(RiskRules.score(rs.getInt(3), rs.getInt(4)));
                    return new RiskDue(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rag.name(),
                            RiskRules.reviewOn(rs.getObject(5, LocalDate.class), rag));
                })
                .list()
                .stream()
                .filter(risk -> !risk.reviewOn().isAfter(asOf))
                .sorted(java.util.Comparator.comparing(RiskDue::reviewOn))
                .toList();
    }

    /** An action of the plan not complete after its due day. */
    public record OverdueAction(
            UUID id, String title, @Nullable String owner, LocalDate dueOn) {}

    /** The actions of a council's plan overdue on a day, the longest overdue first. */
    @Transactional(readOnly = true)
    public List<OverdueAction> overdueActions(TenantId tenant, LocalDate asOf) {
        var rows = jdbc.sql("select id, title, owner_user_id, owner_name, due_on from risk_action where tenant_id = ?"
                        + " and status <> 'COMPLETE' and due_on < ? order by due_on, title")
                .params(tenant.value(), asOf)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getObject(5, LocalDate.class)
                })
                .list();
        var names = users.names(rows.stream()
                .map(row -> (UUID) row[2])
                .filter(java.util.Objects::nonNull)
                .toList());
        return rows.stream()
                .map(row -> new OverdueAction(
                        (UUID) row[0],
                        (String) row[1],
                        row[2] != null && names.containsKey((UUID) row[2]) ? names.get((UUID) row[2]) : (String) row[3],
                        (LocalDate) row[4]))
                .toList();
    }
}
