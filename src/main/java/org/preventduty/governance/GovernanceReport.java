package org.preventduty.governance;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.governance.GovernanceRules.Frequency;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What governance gives reports and dashboards: the boards Prevent reports to with their schedule, and the scrutiny
 * reviews still open with their recommendations. It checks no access: the reporting module decides who sees it.
 */
@Service
public class GovernanceReport {

    private final JdbcClient jdbc;

    GovernanceReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * A board Prevent reports to, on a day.
     *
     * @param frequency {@code MONTHLY}, {@code QUARTERLY}, {@code BI_ANNUAL} or {@code ANNUAL}.
     * @param lastUpdateOn the most recent update given.
     * @param nextUpdateDue the last plus the frequency.
     * @param overdue whether the next update was due before the day.
     */
    public record BoardLine(
            UUID id,
            String name,
            @Nullable String areaOfFocus,
            String frequency,
            LocalDate lastUpdateOn,
            LocalDate nextUpdateDue,
            boolean overdue) {}

    /** The boards of a council with their schedule on a day, by name. */
    @Transactional(readOnly = true)
    public List<BoardLine> boards(TenantId tenant, LocalDate asOf) {
        return jdbc.sql("select id, name, area_of_focus, frequency, last_update_on from governance_board"
                        + " where tenant_id = ? order by name")
                .param(tenant.value())
                .query((rs, n) -> {
                    var frequency = Frequency.valueOf(rs.getString(4));
                    var last = rs.getObject(5, LocalDate.class);
                    var next = GovernanceRules.nextUpdateDue(last, frequency);
                    return new BoardLine(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            frequency.name(),
                            last,
                            next,
                            GovernanceRules.overdue(next, asOf));
                })
                .list();
    }

    /**
     * A recommendation of a review.
     *
     * @param response {@code ACCEPTED}, {@code PARTIALLY_ACCEPTED} or {@code REJECTED}.
     * @param status {@code OPEN} or {@code COMPLETED}.
     */
    public record RecommendationLine(
            int number,
            @Nullable String theme,
            String text,
            String response,
            @Nullable String responseReason,
            @Nullable String lead,
            @Nullable String progress,
            String status) {}

    /** A scrutiny review with its recommendations in order. */
    public record ReviewLine(
            UUID id,
            String title,
            LocalDate concludedOn,
            @Nullable LocalDate signedOffOn,
            List<RecommendationLine> recommendations) {}

    /** The reviews concluded by a day and not signed off before another, oldest first. */
    @Transactional(readOnly = true)
    public List<ReviewLine> reviewsOpen(TenantId tenant, LocalDate notSignedOffBefore, LocalDate concludedBy) {
        return jdbc
                .sql("select id, title, concluded_on, signed_off_on from governance_review where tenant_id = ?"
                        + " and concluded_on <= ? and (signed_off_on is null or signed_off_on >= ?)"
                        + " order by concluded_on, title")
                .params(tenant.value(), concludedBy, notSignedOffBefore)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getObject(3, LocalDate.class),
                    rs.getObject(4, LocalDate.class)
                })
                .list()
                .stream()
                .map(row -> new ReviewLine(
                        (UUID) row[0],
                        (String) row[1],
                        (LocalDate) row[2],
                        (LocalDate) row[3],
                        recommendations(tenant, (UUID) row[0])))
                .toList();
    }

    /** How many recommendations of a council are still open. */
    @Transactional(readOnly = true)
    public long openRecommendations(TenantId tenant) {
        return jdbc.sql("select count(*) from governance_recommendation where tenant_id = ? and status = 'OPEN'"
                        + " and response <> 'REJECTED'")
                .param(tenant.value())
                .query(Long.class)
                .single();
    }

    private List<RecommendationLine> recommendations(TenantId tenant, UUID review) {
        return jdbc.sql("select number, theme, body, response, response_reason, lead, progress, status"
                        + " from governance_recommendation where tenant_id = ? and review_id = ? order by number")
                .params(tenant.value(), review)
                .query((rs, n) -> new RecommendationLine(
                        rs.getInt(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getString(7),
                        rs.getString(8)))
                .list();
    }
}
