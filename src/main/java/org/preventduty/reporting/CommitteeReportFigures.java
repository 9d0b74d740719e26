package org.preventduty.reporting;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.preventduty.channel.ChannelReport;
import org.preventduty.governance.GovernanceReport;
import org.preventduty.identity.TenantManagement;
import org.preventduty.partners.ProjectReport;
import org.preventduty.referrals.CodeLists;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.reporting.CommitteeReportData.Section;
import org.preventduty.reporting.DisclosureControl.Settings;
import org.preventduty.risk.RiskReport;
import org.preventduty.shared.TenantId;
import org.preventduty.training.TrainingReport;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Takes the figures of a committee report from every module for a council and a period, each count of people through
 * the council's disclosure control: training by department on the last day, the boards Prevent reports to, the scrutiny
 * reviews not signed off before the period, Channel casework, the commissioned projects, the current risk assessment and
 * the equality figures.
 */
@Component
class CommitteeReportFigures {

    private final TenantManagement tenants;
    private final DisclosureSettings settings;
    private final TrainingReport training;
    private final GovernanceReport governance;
    private final ChannelReport channel;
    private final ProjectReport projects;
    private final RiskReport risk;
    private final ReferralDirectory referrals;
    private final EqualityMonitoring equality;
    private final CodeLists codes;
    private final MessageSource messages;

    CommitteeReportFigures(
            TenantManagement tenants,
            DisclosureSettings settings,
            TrainingReport training,
            GovernanceReport governance,
            ChannelReport channel,
            ProjectReport projects,
            RiskReport risk,
            ReferralDirectory referrals,
            EqualityMonitoring equality,
            CodeLists codes,
            MessageSource messages) {
        this.tenants = tenants;
        this.settings = settings;
        this.training = training;
        this.governance = governance;
        this.channel = channel;
        this.projects = projects;
        this.risk = risk;
        this.referrals = referrals;
        this.equality = equality;
        this.codes = codes;
        this.messages = messages;
    }

    /** The figures of the report; must run in a transaction of the council. */
    CommitteeReportData take(
            TenantId tenant,
            String committee,
            LocalDate from,
            LocalDate to,
            List<Section> sections,
            Map<Section, String> narrative,
            LocalDate today,
            Locale locale) {
        var control = settings.of(tenant);
        return new CommitteeReportData(
                tenants.get(tenant).name(),
                committee,
                from,
                to,
                today,
                List.copyOf(sections),
                Map.copyOf(narrative),
                control.threshold(),
                locale.getLanguage(),
                training(tenant, from, to, control),
                governance.boards(tenant, to).stream()
                        .map(b -> new CommitteeReportData.Board(
                                b.name(),
                                b.areaOfFocus(),
                                b.frequency(),
                                b.lastUpdateOn(),
                                b.nextUpdateDue(),
                                b.overdue()))
                        .toList(),
                governance.reviewsOpen(tenant, from, to).stream()
                        .map(r -> new CommitteeReportData.Review(
                                r.title(),
                                r.concludedOn(),
                                r.signedOffOn(),
                                r.recommendations().stream()
                                        .map(c -> new CommitteeReportData.Recommendation(
                                                c.number(),
                                                c.text(),
                                                c.response(),
                                                c.responseReason(),
                                                c.lead(),
                                                c.progress(),
                                                c.status()))
                                        .toList()))
                        .toList(),
                casework(tenant, from, to, control),
                projects.projects(tenant, from, to).stream()
                        .map(p -> new CommitteeReportData.Project(
                                p.title(),
                                p.provider(),
                                p.targetGroup(),
                                p.startsOn(),
                                p.endsOn(),
                                p.seriesDelivered(),
                                p.sessionsDelivered(),
                                shown(p.participants(), control)))
                        .toList(),
                risk.current(tenant)
                        .map(r -> new CommitteeReportData.Risk(
                                r.versionNumber(),
                                r.title(),
                                r.status(),
                                r.reviewedByGroup(),
                                r.reviewedOn(),
                                r.approvedBy(),
                                r.approvedOn(),
                                r.nextReview()))
                        .orElse(null),
                equality(tenant, from, to, control, locale));
    }

    private CommitteeReportData.Training training(TenantId tenant, LocalDate from, LocalDate to, Settings control) {
        var table = training.coverage(tenant, to, from, to);
        var rows = new ArrayList<CommitteeReportData.TrainingRow>();
        for (var row : table.rows()) {
            rows.add(trainingRow(row, control));
        }
        return new CommitteeReportData.Training(rows, trainingRow(table.total(), control));
    }

    private static CommitteeReportData.TrainingRow trainingRow(TrainingReport.Coverage row, Settings control) {
        // The two counts of a row are protected together: a share would reveal a hidden count, so it goes with it.
        var shown = DisclosureControl.protect(new long[] {row.requiringTraining(), row.trained()}, List.of(), control);
        String percent = null;
        if (shown.shown(0) instanceof Long requiring && shown.shown(1) instanceof Long trained && requiring > 0) {
            percent = BigDecimal.valueOf(trained * 1000L)
                    .divide(BigDecimal.valueOf(requiring), 0, RoundingMode.HALF_UP)
                    .movePointLeft(1)
                    .setScale(1, RoundingMode.UNNECESSARY)
                    .toPlainString();
        }
        return new CommitteeReportData.TrainingRow(
                row.department(), shown.shown(0), shown.shown(1), row.sessionsDelivered(), percent);
    }

    private CommitteeReportData.Casework casework(TenantId tenant, LocalDate from, LocalDate to, Settings control) {
        var work = channel.casework(tenant, from, to);
        long referred = 0;
        long discussed = 0;
        long adopted = 0;
        for (var figure : referrals.figures(List.of(tenant.value()), from, to)) {
            referred += figure.count();
            discussed += figure.discussedAtPanel() ? figure.count() : 0;
            adopted += figure.adopted() ? figure.count() : 0;
        }
        var counts = DisclosureControl.protect(new long[] {referred, discussed, adopted}, List.of(), control);
        return new CommitteeReportData.Casework(
                work.meetingsHeld(),
                work.attendance().stream()
                        .map(a -> {
                            var shown = DisclosureControl.protect(
                                    new long[] {a.invited(), a.present()}, List.of(), control);
                            return new CommitteeReportData.Attendance(a.organisation(), shown.shown(0), shown.shown(1));
                        })
                        .toList(),
                counts.shown(0),
                counts.shown(1),
                counts.shown(2));
    }

    private CommitteeReportData.Equality equality(
            TenantId tenant, LocalDate from, LocalDate to, Settings control, Locale locale) {
        var figures = equality.breakdowns(List.of(tenant.value()), from, to, control);
        return new CommitteeReportData.Equality(
                group(figures.referrals(), locale), group(figures.adoptedAsChannelCase(), locale));
    }

    private CommitteeReportData.Group group(EqualityMonitoring.Breakdown breakdown, Locale locale) {
        return new CommitteeReportData.Group(
                breakdown.total(),
                lines(breakdown.byEthnicity(), CodeLists.ETHNICITY, locale),
                lines(breakdown.byReligion(), CodeLists.RELIGION, locale),
                lines(breakdown.bySex(), null, locale),
                lines(breakdown.byAgeBand(), null, locale));
    }

    private List<CommitteeReportData.Line> lines(
            List<ReferralStatistics.Category> categories, String list, Locale locale) {
        var labels = list == null ? Map.<String, String>of() : codes.labels(list);
        return categories.stream()
                .map(c -> new CommitteeReportData.Line(
                        c.category(),
                        labels.containsKey(c.category())
                                ? labels.get(c.category())
                                : messages.getMessage(
                                        "statistics.category." + c.category(), null, c.category(), locale),
                        c.count()))
                .toList();
    }

    private static Object shown(long count, Settings control) {
        return DisclosureControl.protect(new long[] {count}, List.of(), control).shown(0);
    }
}
