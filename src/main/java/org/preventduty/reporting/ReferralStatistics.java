package org.preventduty.reporting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
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
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantManagement;
import org.preventduty.referrals.CodeLists;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.referrals.ReferralDirectory.Figure;
import org.preventduty.referrals.Sex;
import org.preventduty.reporting.DisclosureControl.Settings;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.springframework.security.access.AccessDeniedException;
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
    private final TenantManagement tenants;
    private final DisclosureSettings settings;
    private final CurrentActor actors;
    private final AuditTrail audit;

    ReferralStatistics(
            ReferralDirectory referrals,
            CodeLists codes,
            TenantManagement tenants,
            DisclosureSettings settings,
            CurrentActor actors,
            AuditTrail audit) {
        this.referrals = referrals;
        this.codes = codes;
        this.tenants = tenants;
        this.settings = settings;
        this.actors = actors;
        this.audit = audit;
    }

    /** Counts of a breakdown in the order of its code list: a number, or {@code "[c]"} when suppressed. */
    record Category(String category, Object count) {}

    record Control(String rule, int threshold, boolean secondarySuppression, boolean roundedToBase5) {}

    record Totals(Object referrals, Object discussedAtPanel, Object adoptedAsChannelCase) {}

    record Report(
            LocalDate from,
            LocalDate to,
            String scope,
            @Nullable Region region,
            Control disclosureControl,
            Totals totals,
            List<Category> bySector,
            List<Category> byTypeOfConcern,
            List<Category> byAgeBand,
            List<Category> bySex,
            List<Category> byRegion) {}

    // Not read-only: the read is recorded in the audit trail.
    @Transactional
    Report report(LocalDate from, LocalDate to, @Nullable Region region, boolean exact) {
        if (to.isBefore(from)) {
            throw new InvalidInputException(
                    List.of(new Problem("to", "statistics.to.beforeFrom", "must not be before from")));
        }
        if (from.plusYears(20).isBefore(to)) {
            throw new InvalidInputException(
                    List.of(new Problem("to", "statistics.period.tooLong", "must be within 20 years of from")));
        }
        var actor = actors.require();
        List<Figure> figures;
        Map<UUID, Long> byCouncil;
        Settings control;
        String scope;
        Map<UUID, Region> regions = new HashMap<>();
        if (actor.tenantId() == null) {
            if (!actor.has(Role.NATIONAL_ANALYST)) {
                throw new AccessDeniedException("Only national analysts see national figures");
            }
            if (exact) {
                throw new AccessDeniedException("National figures are always under disclosure control");
            }
            tenants.list().forEach(t -> regions.put(t.id().value(), t.region()));
            var councils = region == null
                    ? null
                    : regions.entrySet().stream()
                            .filter(e -> e.getValue() == region)
                            .map(Map.Entry::getKey)
                            .toList();
            figures = referrals.figures(councils, from, to);
            byCouncil = referrals.referralsByCouncil(councils, from, to);
            control = Settings.DEFAULT;
            scope = "NATIONAL";
        } else {
            if (exact && !actor.has(Role.PREVENT_LEAD)) {
                throw new AccessDeniedException("Only Prevent leads see exact figures");
            }
            if (region != null) {
                throw new InvalidInputException(
                        List.of(new Problem("region", "statistics.region.national", "is only for national figures")));
            }
            var tenant = actor.requireTenant();
            regions.put(tenant.value(), tenants.get(tenant).region());
            figures = referrals.figures(List.of(tenant.value()), from, to);
            byCouncil = referrals.referralsByCouncil(List.of(tenant.value()), from, to);
            control = exact ? Settings.EXACT : settings.of(tenant);
            scope = "TENANT";
        }
        audit.record(AuditRecord.of("REFERRAL_STATISTICS_VIEWED", "STATISTICS", scope)
                .withDetail(from + ".." + to + (region == null ? "" : " " + region) + (exact ? " exact" : "")));
        long total = 0;
        long discussed = 0;
        long adopted = 0;
        for (var figure : figures) {
            total += figure.count();
            discussed += figure.discussedAtPanel() ? figure.count() : 0;
            adopted += figure.adopted() ? figure.count() : 0;
        }
        var totals = DisclosureControl.protect(new long[] {total, discussed, adopted}, List.of(), control);
        return new Report(
                from,
                to,
                scope,
                region,
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
                byRegion(byCouncil, regions, total, control));
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
