package org.preventduty.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.referrals.CodeLists;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.referrals.ReferralDirectory.EqualityFigure;
import org.preventduty.referrals.Sex;
import org.preventduty.reporting.DisclosureControl.Settings;
import org.preventduty.reporting.ReferralStatistics.Category;
import org.preventduty.reporting.ReferralStatistics.Control;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Equality monitoring (Equality Act 2010, s149): a council's referrals, and those adopted as a Channel case, by
 * ethnicity, religion, sex and age band, each breakdown adding up to its total, a referral without an answer counted as
 * not recorded, and every count of people under disclosure control. A council may enter its population by the same
 * census categories, to set each group's share of referrals beside its share of the population.
 */
@Service
class EqualityMonitoring {

    static final String NOT_RECORDED = "NOT_RECORDED";

    /** The census lists a population is entered in. */
    static final List<String> POPULATION_LISTS = List.of(CodeLists.ETHNICITY, CodeLists.RELIGION);

    private final ReferralDirectory referrals;
    private final CodeLists codes;
    private final FigureScope scopes;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final JdbcClient jdbc;
    private final Clock clock;

    EqualityMonitoring(
            ReferralDirectory referrals,
            CodeLists codes,
            FigureScope scopes,
            CurrentActor actors,
            AuditTrail audit,
            JdbcClient jdbc,
            Clock clock) {
        this.referrals = referrals;
        this.codes = codes;
        this.scopes = scopes;
        this.actors = actors;
        this.audit = audit;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** A group of people counted four ways, each breakdown adding up to the total. */
    record Breakdown(
            Object total,
            List<Category> byEthnicity,
            List<Category> byReligion,
            List<Category> bySex,
            List<Category> byAgeBand) {}

    record Figures(
            LocalDate from,
            LocalDate to,
            Control disclosureControl,
            Breakdown referrals,
            Breakdown adoptedAsChannelCase) {}

    // Not read-only: the read is recorded in the audit trail.
    @Transactional
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'REPORT_VIEWER')")
    Figures figures(LocalDate from, LocalDate to, boolean exact) {
        FigureScope.checkPeriod(from, to);
        var scope = scopes.of(actors.require(), null, null, exact);
        audit.record(AuditRecord.of("EQUALITY_FIGURES_VIEWED", "STATISTICS", "EQUALITY")
                .withDetail(from + ".." + to + (exact ? " exact" : "")));
        return breakdowns(scope.councils(), from, to, scope.control());
    }

    /** The figures of some councils under the control given; checks no access. */
    Figures breakdowns(List<java.util.UUID> councils, LocalDate from, LocalDate to, Settings control) {
        var all = referrals.equality(councils, from, to);
        var adopted = all.stream().filter(EqualityFigure::adopted).toList();
        return new Figures(
                from,
                to,
                new Control(
                        control.rule().name(),
                        control.threshold(),
                        control.secondarySuppression(),
                        control.roundToBase5()),
                breakdown(all, control),
                breakdown(adopted, control));
    }

    private Breakdown breakdown(List<EqualityFigure> figures, Settings control) {
        var total = figures.stream().mapToLong(EqualityFigure::count).sum();
        var shownTotal = DisclosureControl.protect(new long[] {total}, List.of(), control)
                .shown(0);
        return new Breakdown(
                shownTotal,
                line(categories(CodeLists.ETHNICITY), figures, EqualityFigure::ethnicity, total, control),
                line(categories(CodeLists.RELIGION), figures, EqualityFigure::religion, total, control),
                line(
                        Arrays.stream(Sex.values()).map(Enum::name).toList(),
                        figures,
                        EqualityFigure::sex,
                        total,
                        control),
                line(ReferralDirectory.AGE_BANDS, figures, EqualityFigure::ageBand, total, control));
    }

    /** A list's current codes, then those not recorded. */
    List<String> categories(String list) {
        var all = new ArrayList<>(codes.currentCodes(list));
        all.add(NOT_RECORDED);
        return all;
    }

    private static List<Category> line(
            List<String> categories,
            List<EqualityFigure> figures,
            Function<EqualityFigure, @Nullable String> categoryOf,
            long total,
            Settings control) {
        var counts = new LinkedHashMap<String, Long>();
        categories.forEach(category -> counts.put(category, 0L));
        for (var figure : figures) {
            var category = categoryOf.apply(figure);
            // An answer that is no code of the current list is counted with those not recorded.
            var key = category != null && counts.containsKey(category) ? category : NOT_RECORDED;
            counts.merge(key, figure.count(), Long::sum);
        }
        var cells = counts.values().stream().mapToLong(Long::longValue).toArray();
        var published = DisclosureControl.protectLine(cells, total, control);
        var result = new ArrayList<Category>();
        var i = 0;
        for (var category : counts.keySet()) {
            result.add(new Category(category, published.shown(i++)));
        }
        return result;
    }

    /** The council's population by a census list's codes, as entered; empty when none was. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'REPORT_VIEWER', 'TENANT_ADMIN')")
    Map<String, Long> population(String list) {
        var tenant = actors.requireTenant();
        var found = new LinkedHashMap<String, Long>();
        jdbc.sql("select code, people from reporting_population where tenant_id = ? and list_name = ?")
                .params(tenant.value(), list)
                .query((rows, n) -> found.put(rows.getString(1), rows.getLong(2)))
                .list();
        return found;
    }

    /**
     * Sets the council's population by the census lists: for each list given, every code of it as a whole number of
     * people (a blank is none). Nothing is saved unless every number is good.
     *
     * @param entered what was typed, by list and then by code.
     * @throws InvalidInputException naming, as {@code LIST-CODE}, each number that is not a whole number or is out of
     *     range, or {@code list} for a list that is not a census list.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('PREVENT_LEAD', 'TENANT_ADMIN')")
    void setPopulation(Map<String, Map<String, String>> entered) {
        var problems = new ArrayList<Problem>();
        if (entered.isEmpty() || !POPULATION_LISTS.containsAll(entered.keySet())) {
            throw new InvalidInputException(List.of(new Problem("list", "equality.population.list", "is unknown")));
        }
        var actor = actors.require();
        var tenant = actor.requireTenant();
        var numbers = new LinkedHashMap<String, Map<String, Long>>();
        entered.forEach((list, typed) -> {
            var counts = new LinkedHashMap<String, Long>();
            for (var code : codes.currentCodes(list)) {
                var text = typed.get(code);
                if (text == null || text.isBlank()) {
                    counts.put(code, 0L);
                    continue;
                }
                var field = list + "-" + code;
                try {
                    var value = Long.parseLong(text.strip().replace(",", ""));
                    if (value < 0 || value > 100_000_000) {
                        problems.add(
                                new Problem(field, "equality.population.range", "must be between 0 and 100,000,000"));
                    } else {
                        counts.put(code, value);
                    }
                } catch (NumberFormatException e) {
                    problems.add(new Problem(field, "equality.population.number", "must be a whole number"));
                }
            }
            numbers.put(list, counts);
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var now = Timestamp.from(clock.instant());
        numbers.forEach((list, counts) -> {
            jdbc.sql("delete from reporting_population where tenant_id = ? and list_name = ?")
                    .params(tenant.value(), list)
                    .update();
            counts.forEach((code, people) -> jdbc.sql(
                            "insert into reporting_population (tenant_id, list_name, code, people, updated_by,"
                                    + " updated_at) values (?, ?, ?, ?, ?, ?)")
                    .params(tenant.value(), list, code, people, actor.id(), now)
                    .update());
            audit.record(AuditRecord.of("POPULATION_SET", "POPULATION", list));
        });
    }

    /** The tenant, for pages. */
    TenantId tenant() {
        return actors.requireTenant();
    }
}
