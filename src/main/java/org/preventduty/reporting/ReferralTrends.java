package org.preventduty.reporting;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Region;
import org.preventduty.identity.Role;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.reporting.ReferralStatistics.Control;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Referrals over time: for each month, quarter or year of a period, how many were received, how many the screening
 * found appropriate and not, how many were discussed at a Channel panel and adopted; of a council, or for national
 * analysts every council, a region or a group; under disclosure control.
 */
@Service
class ReferralTrends {

    private final ReferralDirectory referrals;
    private final FigureScope scopes;
    private final CurrentActor actors;
    private final AuditTrail audit;

    ReferralTrends(ReferralDirectory referrals, FigureScope scopes, CurrentActor actors, AuditTrail audit) {
        this.referrals = referrals;
        this.scopes = scopes;
        this.actors = actors;
        this.audit = audit;
    }

    /** The lengths of the periods a trend is counted in. */
    enum Interval {
        MONTH(1),
        QUARTER(3),
        YEAR(12);

        private final int months;

        Interval(int months) {
            this.months = months;
        }

        int months() {
            return months;
        }
    }

    /**
     * The counts of one period: a number, or {@code "[c]"} when suppressed.
     *
     * @param from its first day.
     * @param to its last day (the last period may be short).
     */
    record Period(
            LocalDate from,
            LocalDate to,
            Object referrals,
            Object appropriate,
            Object notAppropriate,
            Object discussedAtPanel,
            Object adoptedAsChannelCase) {}

    record Trend(
            LocalDate from,
            LocalDate to,
            Interval interval,
            String scope,
            @Nullable Region region,
            @Nullable String group,
            Control disclosureControl,
            List<Period> periods) {

        /** Whether any period has a referral (an empty trend gets words rather than an empty chart). */
        public boolean empty() {
            return periods.stream().allMatch(p -> p.referrals() instanceof Long count && count == 0);
        }
    }

    /** The start of the financial year (April to March) a day falls in. */
    static LocalDate financialYearStart(LocalDate day) {
        return LocalDate.of(day.getMonthValue() >= 4 ? day.getYear() : day.getYear() - 1, 4, 1);
    }

    /** The periods of a trend: starting on {@code from}, following each other, the last ending on {@code to}. */
    static List<LocalDate[]> periods(LocalDate from, LocalDate to, Interval interval) {
        var periods = new ArrayList<LocalDate[]>();
        // Each period is counted from the first day, so that a month starting on the 31st does not drift.
        for (var i = 0; !from.plusMonths((long) i * interval.months()).isAfter(to); i++) {
            var start = from.plusMonths((long) i * interval.months());
            var end = from.plusMonths((long) (i + 1) * interval.months()).minusDays(1);
            periods.add(new LocalDate[] {start, end.isAfter(to) ? to : end});
        }
        return periods;
    }

    // Not read-only: the read is recorded in the audit trail.
    @Transactional
    Trend trend(
            LocalDate from,
            LocalDate to,
            Interval interval,
            @Nullable Region region,
            @Nullable String group,
            boolean exact) {
        FigureScope.checkPeriod(from, to);
        var scope = scopes.of(actors.require(), region, group, exact);
        var periods = count(scope, from, to, interval);
        audit.record(AuditRecord.of("REFERRAL_TRENDS_VIEWED", "STATISTICS", scope.name())
                .withDetail(from + ".." + to + " " + interval + (region == null ? "" : " " + region)
                        + (group == null ? "" : " " + group) + (exact ? " exact" : "")));
        return of(from, to, interval, region, group, scope, periods);
    }

    /**
     * The trend of the actor's own figures (their council's, or all councils' for a national analyst) that a home page
     * shows: anonymous counts, exact for a Prevent lead and under disclosure control for anyone else, so that, as a page of the service's own, it is
     * not recorded as a read of the statistics.
     */
    @Transactional(readOnly = true)
    Trend dashboard(LocalDate from, LocalDate to, Interval interval) {
        FigureScope.checkPeriod(from, to);
        var actor = actors.require();
        // A Prevent lead works with the council's referrals themselves, and sees their exact counts.
        var scope = scopes.of(actor, null, null, actor.tenantId() != null && actor.has(Role.PREVENT_LEAD));
        return of(from, to, interval, null, null, scope, count(scope, from, to, interval));
    }

    private List<Period> count(FigureScope.Scope scope, LocalDate from, LocalDate to, Interval interval) {
        var days = referrals.byDay(scope.councils(), from, to);
        var bounds = periods(from, to, interval);
        var counts = new long[bounds.size()][5];
        for (var day : days) {
            var index = index(bounds, from, day.day(), interval);
            counts[index][0] += day.referrals();
            counts[index][1] += day.appropriate();
            counts[index][2] += day.notAppropriate();
            counts[index][3] += day.discussedAtPanel();
            counts[index][4] += day.adopted();
        }
        var periods = new ArrayList<Period>();
        for (var i = 0; i < bounds.size(); i++) {
            // No count of a period is the sum of others shown (undecided referrals are in neither of the screening's
            // counts), so each is protected on its own.
            var shown = DisclosureControl.protect(counts[i], List.of(), scope.control());
            periods.add(new Period(
                    bounds.get(i)[0],
                    bounds.get(i)[1],
                    shown.shown(0),
                    shown.shown(1),
                    shown.shown(2),
                    shown.shown(3),
                    shown.shown(4)));
        }
        return periods;
    }

    private static Trend of(
            LocalDate from,
            LocalDate to,
            Interval interval,
            @Nullable Region region,
            @Nullable String group,
            FigureScope.Scope scope,
            List<Period> periods) {
        var control = scope.control();
        return new Trend(
                from,
                to,
                interval,
                scope.name(),
                region,
                group,
                new Control(
                        control.rule().name(),
                        control.threshold(),
                        control.secondarySuppression(),
                        control.roundToBase5()),
                List.copyOf(periods));
    }

    private static int index(List<LocalDate[]> bounds, LocalDate from, LocalDate day, Interval interval) {
        var months = (int) ChronoUnit.MONTHS.between(from, day);
        var guess = Math.min(bounds.size() - 1, Math.max(0, months / interval.months()));
        while (guess > 0 && day.isBefore(bounds.get(guess)[0])) {
            guess--;
        }
        while (guess < bounds.size() - 1 && day.isAfter(bounds.get(guess)[1])) {
            guess++;
        }
        return guess;
    }
}
