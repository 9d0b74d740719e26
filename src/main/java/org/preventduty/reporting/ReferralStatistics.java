package org.preventduty.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Region;
import org.preventduty.referrals.CodeLists;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.referrals.ReferralDirectory.Figure;
import org.preventduty.referrals.Sex;
import org.preventduty.reporting.DisclosureControl.Settings;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures of the national statistics "Individuals referred to and supported through the Prevent Programme" for a
 * period: of the caller's council for Prevent leads and report viewers, of every council (or a region's) for national
 * analysts, always under disclosure control except for a Prevent lead asking for their own council's exact figures.
 */
@Service
class ReferralStatistics {

    private final ReferralDirectory referrals;
    private final CodeLists codes;
    private final FigureScope scopes;
    private final CurrentActor actors;
    private final AuditTrail audit;

    ReferralStatistics(
            ReferralDirectory referrals, CodeLists codes, FigureScope scopes, CurrentActor actors, AuditTrail audit) {
        this.referrals = referrals;
        this.codes = codes;
        this.scopes = scopes;
        this.actors = actors;
        this.audit = audit;
    }

    /** Counts of a breakdown in the order of its code list: a number, or {@code "[c]"} when suppressed. */
    record Category(String category, Object count) {}

    record Control(String rule, int threshold, boolean secondarySuppression, boolean roundedToBase5) {}

    record Totals(Object referrals, Object discussedAtPanel, Object adoptedAsChannelCase) {}

    /**
     * The same breakdowns of the period's referrals adopted as a Channel case, as the Home Office tables give them.
     */
    record Breakdowns(
            List<Category> bySector,
            List<Category> byTypeOfConcern,
            List<Category> byAgeBand,
            List<Category> bySex,
            List<Category> byRegion) {}

    record Report(
            LocalDate from,
            LocalDate to,
            String scope,
            @Nullable Region region,
            @Nullable String group,
            Control disclosureControl,
            Totals totals,
            List<Category> bySector,
            List<Category> byTypeOfConcern,
            List<Category> byAgeBand,
            List<Category> bySex,
            List<Category> byRegion,
            Breakdowns adopted) {}

    // Not read-only: the read is recorded in the audit trail.
    @Transactional
    Report report(LocalDate from, LocalDate to, @Nullable Region region, boolean exact) {
        return report(from, to, region, null, exact);
    }

    // Not read-only: the read is recorded in the audit trail.
    @Transactional
    Report report(LocalDate from, LocalDate to, @Nullable Region region, @Nullable String group, boolean exact) {
        FigureScope.checkPeriod(from, to);
        var actor = actors.require();
        var scope = scopes.of(actor, region, group, exact);
        var control = scope.control();
        var figures = referrals.figures(scope.councils(), from, to);
        var byCouncil = referrals.referralsByCouncil(scope.councils(), from, to, false);
        var adoptedByCouncil = referrals.referralsByCouncil(scope.councils(), from, to, true);
        audit.record(AuditRecord.of("REFERRAL_STATISTICS_VIEWED", "STATISTICS", scope.name())
                .withDetail(from + ".." + to + (region == null ? "" : " " + region) + (group == null ? "" : " " + group)
                        + (exact ? " exact" : "")));
        long total = 0;
        long discussed = 0;
        long adopted = 0;
        for (var figure : figures) {
            total += figure.count();
            discussed += figure.discussedAtPanel() ? figure.count() : 0;
            adopted += figure.adopted() ? figure.count() : 0;
        }
        var totals = DisclosureControl.protect(new long[] {total, discussed, adopted}, List.of(), control);
        var adoptedFigures = figures.stream().filter(Figure::adopted).toList();
        return new Report(
                from,
                to,
                scope.name(),
                scope.region(),
                scope.group(),
                new Control(
                        control.rule().name(),
                        control.threshold(),
                        control.secondarySuppression(),
                        control.roundToBase5()),
                new Totals(totals.shown(0), totals.shown(1), totals.shown(2)),
                breakdown(codes.currentCodes(CodeLists.SECTOR), figures, Figure::sector, total, control),
                breakdown(
                        codes.currentCodes(CodeLists.TYPE_OF_CONCERN), figures, Figure::typeOfConcern, total, control),
                breakdown(ReferralDirectory.AGE_BANDS, figures, Figure::ageBand, total, control),
                breakdown(Arrays.stream(Sex.values()).map(Enum::name).toList(), figures, Figure::sex, total, control),
                byRegion(byCouncil, scope.regions(), total, control),
                new Breakdowns(
                        breakdown(
                                codes.currentCodes(CodeLists.SECTOR), adoptedFigures, Figure::sector, adopted, control),
                        breakdown(
                                codes.currentCodes(CodeLists.TYPE_OF_CONCERN),
                                adoptedFigures,
                                Figure::typeOfConcern,
                                adopted,
                                control),
                        breakdown(ReferralDirectory.AGE_BANDS, adoptedFigures, Figure::ageBand, adopted, control),
                        breakdown(
                                Arrays.stream(Sex.values()).map(Enum::name).toList(),
                                adoptedFigures,
                                Figure::sex,
                                adopted,
                                control),
                        byRegion(adoptedByCouncil, scope.regions(), adopted, control)));
    }

    private static List<Category> byRegion(
            Map<UUID, Long> byCouncil, Map<UUID, Region> regions, long total, Settings control) {
        var counts = new LinkedHashMap<String, Long>();
        for (var region : Region.values()) {
            counts.put(region.name(), 0L);
        }
        byCouncil.forEach((council, count) -> {
            var region = regions.get(council);
            if (region != null) {
                counts.merge(region.name(), count, Long::sum);
            }
        });
        return protect(counts, total, control);
    }

    private static List<Category> protect(LinkedHashMap<String, Long> counts, long total, Settings control) {
        var cells = counts.values().stream().mapToLong(Long::longValue).toArray();
        var published = DisclosureControl.protectLine(cells, total, control);
        var result = new ArrayList<Category>();
        var i = 0;
        for (var category : counts.keySet()) {
            result.add(new Category(category, published.shown(i++)));
        }
        return result;
    }

    private static List<Category> breakdown(
            List<String> categories,
            List<Figure> figures,
            Function<Figure, @Nullable String> categoryOf,
            long total,
            Settings control) {
        var counts = new LinkedHashMap<String, Long>();
        categories.forEach(category -> counts.put(category, 0L));
        for (var figure : figures) {
            var category = categoryOf.apply(figure);
            if (category != null && counts.containsKey(category)) {
                counts.merge(category, figure.count(), Long::sum);
            } else if (counts.containsKey("OTHER")) {
                counts.merge("OTHER", figure.count(), Long::sum);
            }
        }
        return protect(counts, total, control);
    }
}
