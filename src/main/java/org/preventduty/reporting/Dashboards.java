package org.preventduty.reporting;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.preventduty.channel.CaseStatus;
import org.preventduty.channel.ChannelReport;
import org.preventduty.governance.GovernanceReport;
import org.preventduty.identity.Actor;
import org.preventduty.identity.HomePanel;
import org.preventduty.identity.HomePanels;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.risk.RiskReport;
import org.preventduty.shared.TenantId;
import org.preventduty.tasks.TaskSummary;
import org.preventduty.training.TrainingReport;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * What needs attention, at the top of each person's home page, by role: the Prevent lead's referrals waiting for
 * screening, cases by stage, meetings, tasks, training coverage and referrals by quarter; the Channel chair's meetings,
 * cases waiting for panel and reviews due; the training administrator's coverage by department, expiring training and
 * next sessions; the delivery officer's board updates, overdue actions, risks due for review and heat map; and for
 * report viewers and national analysts the referrals by quarter under disclosure control. Each figure links to the list
 * behind it. The modules' figures are read through their published report read models.
 */
@Component
class Dashboards implements HomePanels {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final String TEMPLATE = "reporting/dashboard";
    static final int LIST_LENGTH = 5;
    static final int REVIEWS_AHEAD_DAYS = 30;
    static final int BOARDS_AHEAD_DAYS = 30;
    static final int EXPIRING_DAYS = 90;

    private final ReferralDirectory referrals;
    private final ChannelReport channel;
    private final TrainingReport training;
    private final GovernanceReport governance;
    private final RiskReport risk;
    private final TaskSummary tasks;
    private final ReferralTrends trends;
    private final TrendChart trendChart;
    private final MessageSource messages;
    private final Clock clock;

    Dashboards(
            ReferralDirectory referrals,
            ChannelReport channel,
            TrainingReport training,
            GovernanceReport governance,
            RiskReport risk,
            TaskSummary tasks,
            ReferralTrends trends,
            TrendChart trendChart,
            MessageSource messages,
            Clock clock) {
        this.referrals = referrals;
        this.channel = channel;
        this.training = training;
        this.governance = governance;
        this.risk = risk;
        this.tasks = tasks;
        this.trends = trends;
        this.trendChart = trendChart;
        this.messages = messages;
        this.clock = clock;
    }

    /** A stage of the Channel process with the open cases in it. */
    record Stage(String status, long cases) {}

    /**
     * A quarter's referrals with the share of those decided that were found not appropriate for Prevent.
     *
     * @param share the share as a percentage to one decimal place, or {@literal null} when none was decided or a count
     *     is suppressed.
     */
    record Share(
            String label,
            Object referrals,
            Object notAppropriate,
            @Nullable String share) {}

    /** A trend over quarters drawn as a chart, with its table. */
    record QuarterTrend(ReferralTrends.Trend trend, String chart, List<Share> shares) {}

    /** @param today the day the figures are of, against which decisions due are overdue. */
    record Lead(
            LocalDate today,
            ReferralDirectory.AwaitingScreening screening,
            List<Stage> stages,
            List<ChannelReport.MeetingAhead> meetings,
            TaskSummary.Counts tasks,
            TrainingReport.Coverage coverage,
            QuarterTrend referrals) {}

    record Chair(
            List<ChannelReport.MeetingAhead> meetings, long awaitingPanel, long reviewsDue, int reviewsAheadDays) {}

    record Training(
            TrainingReport.CoverageTable coverage,
            String chart,
            long expiring,
            int expiringDays,
            List<TrainingReport.PlannedSession> sessions) {}

    record Delivery(
            List<GovernanceReport.BoardLine> boardsDue,
            int boardsAheadDays,
            List<RiskReport.OverdueAction> overdueActions,
            List<RiskReport.RiskDue> risksDue,
            long[][] heat,
            String heatMap) {}

    @Override
    public List<HomePanel> panelsFor(Actor actor) {
        var panels = new ArrayList<HomePanel>();
        var tenant = actor.tenantId();
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        if (tenant != null && actor.has(Role.PREVENT_LEAD)) {
            panels.add(new HomePanel(TEMPLATE, "lead", lead(tenant, today), 10));
        }
        if (tenant != null && actor.has(Role.CHANNEL_CHAIR)) {
            panels.add(new HomePanel(TEMPLATE, "chair", chair(tenant, today), 20));
        }
        if (tenant != null && actor.has(Role.TRAINING_ADMIN)) {
            panels.add(new HomePanel(TEMPLATE, "training", training(tenant, today), 30));
        }
        if (tenant != null && actor.has(Role.DELIVERY_OFFICER)) {
            panels.add(new HomePanel(TEMPLATE, "delivery", delivery(tenant, today), 40));
        }
        if (!actor.has(Role.PREVENT_LEAD)
                && (actor.has(Role.NATIONAL_ANALYST) || (tenant != null && actor.has(Role.REPORT_VIEWER)))) {
            panels.add(new HomePanel(TEMPLATE, "figures", quarters(today), 50));
        }
        return panels;
    }

    private Lead lead(TenantId tenant, LocalDate today) {
        var stages = channel.casesByStage(tenant).entrySet().stream()
                .map(e -> new Stage(e.getKey().name(), e.getValue()))
                .toList();
        return new Lead(
                today,
                referrals.awaitingScreening(tenant, today, LIST_LENGTH),
                stages,
                channel.meetingsFrom(tenant, today, 3),
                tasks.mine(),
                training.coverage(tenant, today, today.minusYears(1), today).total(),
                quarters(today));
    }

    private Chair chair(TenantId tenant, LocalDate today) {
        return new Chair(
                channel.meetingsFrom(tenant, today, 3),
                channel.casesByStage(tenant).getOrDefault(CaseStatus.AWAITING_PANEL, 0L),
                channel.reviewsDue(tenant, today.plusDays(REVIEWS_AHEAD_DAYS)),
                REVIEWS_AHEAD_DAYS);
    }

    private Training training(TenantId tenant, LocalDate today) {
        var table = training.coverage(tenant, today, today.minusYears(1), today);
        var locale = LocaleContextHolder.getLocale();
        var bars = table.rows().stream()
                .map(row -> new Charts.Bar(
                        row.department() == null ? text("report.training.noDepartment", locale) : row.department(),
                        row.coveragePercent()
                                .setScale(0, java.math.RoundingMode.HALF_UP)
                                .longValue(),
                        null))
                .toList();
        var chart = Charts.bars(
                "coverage",
                text("dashboard.training.chart.title", locale),
                text("dashboard.training.chart.description", locale),
                bars,
                "%");
        return new Training(
                table,
                chart,
                training.expiringWithin(tenant, today, EXPIRING_DAYS),
                EXPIRING_DAYS,
                training.nextSessions(tenant, today, LIST_LENGTH));
    }

    private Delivery delivery(TenantId tenant, LocalDate today) {
        var locale = LocaleContextHolder.getLocale();
        var boards = governance.boards(tenant, today).stream()
                .filter(board -> !board.nextUpdateDue().isAfter(today.plusDays(BOARDS_AHEAD_DAYS)))
                .sorted(java.util.Comparator.comparing(GovernanceReport.BoardLine::nextUpdateDue))
                .toList();
        var heat = risk.heatMap(tenant);
        var ratings = new String[5][5];
        for (var l = 1; l <= 5; l++) {
            for (var i = 1; i <= 5; i++) {
                ratings[l - 1][i - 1] = heat.rating(l, i);
            }
        }
        var chart = Charts.heatMap(
                "heat-map",
                text("dashboard.delivery.heatMap.title", locale),
                text("dashboard.delivery.heatMap.description", locale),
                heat.counts(),
                ratings,
                text("risk.likelihood", locale),
                text("risk.impact", locale));
        return new Delivery(
                boards,
                BOARDS_AHEAD_DAYS,
                risk.overdueActions(tenant, today),
                risk.risksDueForReview(tenant, today),
                heat.counts(),
                chart);
    }

    /** Referrals by quarter over the last three financial years and this one, with the share found not appropriate. */
    private QuarterTrend quarters(LocalDate today) {
        var from = ReferralTrends.financialYearStart(today).minusYears(3);
        var trend = trends.dashboard(from, today, ReferralTrends.Interval.QUARTER);
        var locale = LocaleContextHolder.getLocale();
        var shares = trend.periods().stream()
                .map(p -> new Share(
                        TrendChart.label(trend.interval(), p.from(), p.to(), locale),
                        p.referrals(),
                        p.notAppropriate(),
                        share(p.appropriate(), p.notAppropriate())))
                .toList();
        return new QuarterTrend(trend, trendChart.svg(trend), shares);
    }

    /** The share of decided referrals found not appropriate, or null when none was decided or a count is hidden. */
    static @Nullable String share(Object appropriate, Object notAppropriate) {
        if (!(appropriate instanceof Long yes) || !(notAppropriate instanceof Long no) || yes + no == 0) {
            return null;
        }
        return BigDecimal.valueOf(no * 100)
                .divide(BigDecimal.valueOf(yes + no), 1, java.math.RoundingMode.HALF_UP)
                .toPlainString();
    }

    private String text(String key, Locale locale) {
        return messages.getMessage(key, null, locale);
    }
}
