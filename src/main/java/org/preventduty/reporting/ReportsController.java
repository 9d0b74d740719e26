package org.preventduty.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Region;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantGroups;
import org.preventduty.referrals.CodeLists;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.web.TableDownload;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The figures pages: referrals over time, and equality monitoring with the council's population beside it. Each chart
 * sits beside a table of the same figures, which downloads as CSV or Excel.
 */
@Controller
class ReportsController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ReferralTrends trends;
    private final ReferralStatistics statistics;
    private final TrendChart charts;
    private final EqualityMonitoring equality;
    private final TenantGroups groups;
    private final CurrentActor actors;
    private final CodeLists codes;
    private final MessageSource messages;
    private final Clock clock;

    ReportsController(
            ReferralTrends trends,
            ReferralStatistics statistics,
            TrendChart charts,
            EqualityMonitoring equality,
            TenantGroups groups,
            CurrentActor actors,
            CodeLists codes,
            MessageSource messages,
            Clock clock) {
        this.trends = trends;
        this.statistics = statistics;
        this.charts = charts;
        this.equality = equality;
        this.groups = groups;
        this.actors = actors;
        this.codes = codes;
        this.messages = messages;
        this.clock = clock;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    // Referrals over time.

    @GetMapping("/reports/trends")
    String trends(@ModelAttribute("period") PeriodForm form, BindingResult result, Model model) {
        var trend = trend(form, result, model);
        if (trend != null) {
            model.addAttribute("trend", trend);
            model.addAttribute("chart", charts.svg(trend));
            model.addAttribute("query", query(form));
        }
        return "reporting/trends";
    }

    @GetMapping("/reports/trends.{format}")
    ResponseEntity<byte[]> trendsDownload(
            @PathVariable String format, @ModelAttribute("period") PeriodForm form, BindingResult result, Model model) {
        var trend = trend(form, result, model);
        if (trend == null) {
            throw new InvalidInputException(result.getFieldErrors().stream()
                    .map(e -> new InvalidInputException.Problem(e.getField(), e.getCode(), "is not valid"))
                    .toList());
        }
        var locale = LocaleContextHolder.getLocale();
        var header = List.of(
                text("trends.period.from", locale),
                text("trends.period.to", locale),
                text("trends.referrals", locale),
                text("trends.appropriate", locale),
                text("trends.notAppropriate", locale),
                text("trends.discussed", locale),
                text("trends.adopted", locale));
        var rows = trend.periods().stream()
                .map(p -> List.<Object>of(
                        p.from().toString(),
                        p.to().toString(),
                        p.referrals(),
                        p.appropriate(),
                        p.notAppropriate(),
                        p.discussedAtPanel(),
                        p.adoptedAsChannelCase()))
                .toList();
        return TableDownload.of("referral-trends", format, header, rows);
    }

    private ReferralTrends.@Nullable Trend trend(PeriodForm form, BindingResult result, Model model) {
        var today = today();
        var national = actors.require().tenantId() == null;
        form.defaultTo(ReferralTrends.financialYearStart(today).minusYears(4), today);
        form.check(result, today);
        var interval = ReferralTrends.Interval.YEAR;
        if (form.getInterval() != null && !form.getInterval().isBlank()) {
            try {
                interval = ReferralTrends.Interval.valueOf(form.getInterval());
            } catch (IllegalArgumentException e) {
                result.rejectValue("interval", "trends.interval.invalid");
            }
        }
        model.addAttribute("intervals", ReferralTrends.Interval.values());
        model.addAttribute("chosenInterval", interval);
        var region = national ? region(form.getRegion()) : null;
        var group = national && form.getGroup() != null && !form.getGroup().isBlank() ? form.getGroup() : null;
        national(model, national);
        if (result.hasErrors()) {
            return null;
        }
        try {
            return trends.trend(form.from().date(), form.to().date(), interval, region, group, false);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> result.rejectValue(p.field(), p.code()));
            return null;
        }
    }

    private void national(Model model, boolean national) {
        model.addAttribute("national", national);
        if (national) {
            model.addAttribute("regions", Region.values());
            model.addAttribute("groups", groups.list());
        }
    }

    // Referral statistics, as the Home Office publishes them.

    /**
     * One breakdown of the statistics: each category's referrals beside those adopted as a Channel case.
     *
     * @param key the breakdown, such as {@code bySector}.
     */
    record Part(String key, List<PartRow> rows, String chart) {}

    /** A category of a breakdown: a count, or {@code "[c]"} when suppressed. */
    record PartRow(String category, String label, Object referrals, Object adopted) {}

    @GetMapping("/reports/referral-statistics")
    String statistics(@ModelAttribute("period") PeriodForm form, BindingResult result, Model model) {
        var report = statisticsReport(form, result, model);
        if (report != null) {
            model.addAttribute("report", report);
            model.addAttribute("parts", parts(report));
            model.addAttribute("query", query(form));
        }
        return "reporting/statistics";
    }

    @GetMapping("/reports/referral-statistics.{format}")
    ResponseEntity<byte[]> statisticsDownload(
            @PathVariable String format, @ModelAttribute("period") PeriodForm form, BindingResult result, Model model) {
        var report = statisticsReport(form, result, model);
        if (report == null) {
            throw new InvalidInputException(result.getFieldErrors().stream()
                    .map(e -> new InvalidInputException.Problem(e.getField(), e.getCode(), "is not valid"))
                    .toList());
        }
        var locale = LocaleContextHolder.getLocale();
        var header = List.of(
                text("statistics.breakdown", locale),
                text("statistics.category", locale),
                text("statistics.count", locale),
                text("statistics.adopted", locale));
        var rows = new ArrayList<List<Object>>();
        for (var part : parts(report)) {
            var name = text("statistics." + part.key(), locale);
            part.rows().forEach(row -> rows.add(List.of(name, row.label(), row.referrals(), row.adopted())));
        }
        return TableDownload.of("referral-statistics", format, header, rows);
    }

    private ReferralStatistics.@Nullable Report statisticsReport(PeriodForm form, BindingResult result, Model model) {
        var today = today();
        var national = actors.require().tenantId() == null;
        // The latest whole financial year (April to March) unless a period is chosen.
        var yearStart = ReferralTrends.financialYearStart(today).minusYears(1);
        form.defaultTo(yearStart, yearStart.plusYears(1).minusDays(1));
        form.check(result, null);
        var region = national ? region(form.getRegion()) : null;
        var group = national && form.getGroup() != null && !form.getGroup().isBlank() ? form.getGroup() : null;
        national(model, national);
        if (result.hasErrors()) {
            return null;
        }
        try {
            return statistics.report(form.from().date(), form.to().date(), region, group, false);
        } catch (InvalidInputException e) {
            e.problems().forEach(p -> result.rejectValue(p.field(), p.code()));
            return null;
        }
    }

    private List<Part> parts(ReferralStatistics.Report report) {
        var locale = LocaleContextHolder.getLocale();
        var parts = new ArrayList<Part>();
        part(parts, "bySector", report.bySector(), report.adopted().bySector(), "statistics.category.", locale);
        part(
                parts,
                "byTypeOfConcern",
                report.byTypeOfConcern(),
                report.adopted().byTypeOfConcern(),
                "statistics.category.",
                locale);
        part(parts, "byAgeBand", report.byAgeBand(), report.adopted().byAgeBand(), "statistics.category.", locale);
        part(parts, "bySex", report.bySex(), report.adopted().bySex(), "statistics.category.", locale);
        if (!"TENANT".equals(report.scope())) {
            part(parts, "byRegion", report.byRegion(), report.adopted().byRegion(), "region.", locale);
        }
        return parts;
    }

    private void part(
            List<Part> parts,
            String key,
            List<ReferralStatistics.Category> referrals,
            List<ReferralStatistics.Category> adopted,
            String labelPrefix,
            Locale locale) {
        var adoptedBy = new LinkedHashMap<String, Object>();
        adopted.forEach(c -> adoptedBy.put(c.category(), c.count()));
        var rows = referrals.stream()
                .map(c -> new PartRow(
                        c.category(),
                        messages.getMessage(labelPrefix + c.category(), null, c.category(), locale),
                        c.count(),
                        adoptedBy.getOrDefault(c.category(), 0L)))
                .toList();
        var chart = Charts.bars(
                "statistics-" + key,
                text("statistics.chart.title." + key, locale),
                text("statistics.chart.description", locale),
                rows.stream()
                        .map(row -> new Charts.Bar(row.label(), Charts.count(row.referrals()), null))
                        .toList());
        parts.add(new Part(key, rows, chart));
    }

    // Equality monitoring.

    @GetMapping("/reports/equality")
    String equality(@ModelAttribute("period") PeriodForm form, BindingResult result, Model model) {
        var today = today();
        form.defaultTo(
                ReferralTrends.financialYearStart(today).minusYears(1),
                ReferralTrends.financialYearStart(today).minusDays(1));
        form.check(result, today);
        model.addAttribute("canSetPopulation", actors.require().hasAny(Role.PREVENT_LEAD, Role.TENANT_ADMIN));
        if (!result.hasErrors()) {
            var figures = equality.figures(form.from().date(), form.to().date(), false);
            model.addAttribute("figures", figures);
            model.addAttribute("labels", labels());
            model.addAttribute("comparison", population(figures));
            model.addAttribute("charts", equalityCharts(figures));
            model.addAttribute("query", query(form));
        }
        return "reporting/equality";
    }

    /** A bar chart of the referrals of each breakdown, by its part's name. */
    private Map<String, String> equalityCharts(EqualityMonitoring.Figures figures) {
        var locale = LocaleContextHolder.getLocale();
        var labels = labels();
        var referred = figures.referrals();
        var parts = new LinkedHashMap<String, List<ReferralStatistics.Category>>();
        parts.put("byEthnicity", referred.byEthnicity());
        parts.put("byReligion", referred.byReligion());
        parts.put("bySex", referred.bySex());
        parts.put("byAgeBand", referred.byAgeBand());
        var charts = new LinkedHashMap<String, String>();
        parts.forEach((part, categories) -> charts.put(
                part,
                Charts.bars(
                        "equality-" + part,
                        text("equality.chart.title." + part, locale),
                        text("equality.chart.description", locale),
                        categories.stream()
                                .map(c -> new Charts.Bar(
                                        Charts.shortLabel(labels.getOrDefault(c.category(), c.category())),
                                        Charts.count(c.count()),
                                        null))
                                .toList())));
        return charts;
    }

    @GetMapping("/reports/equality.{format}")
    ResponseEntity<byte[]> equalityDownload(
            @PathVariable String format, @ModelAttribute("period") PeriodForm form, BindingResult result) {
        form.check(result, today());
        if (result.hasErrors()) {
            throw new InvalidInputException(result.getFieldErrors().stream()
                    .map(e -> new InvalidInputException.Problem(e.getField(), e.getCode(), "is not valid"))
                    .toList());
        }
        var figures = equality.figures(form.from().date(), form.to().date(), false);
        var locale = LocaleContextHolder.getLocale();
        var labels = labels();
        var rows = new ArrayList<List<Object>>();
        var referred = figures.referrals();
        var adopted = figures.adoptedAsChannelCase();
        addRows(rows, "equality.byEthnicity", referred.byEthnicity(), adopted.byEthnicity(), labels, locale);
        addRows(rows, "equality.byReligion", referred.byReligion(), adopted.byReligion(), labels, locale);
        addRows(rows, "equality.bySex", referred.bySex(), adopted.bySex(), labels, locale);
        addRows(rows, "equality.byAgeBand", referred.byAgeBand(), adopted.byAgeBand(), labels, locale);
        rows.add(List.of(text("report.total", locale), "", referred.total(), adopted.total()));
        return TableDownload.of(
                "equality",
                format,
                List.of(
                        text("equality.breakdown", locale),
                        text("report.equality.category", locale),
                        text("report.equality.referrals", locale),
                        text("report.equality.adopted", locale)),
                rows);
    }

    private void addRows(
            List<List<Object>> rows,
            String breakdown,
            List<ReferralStatistics.Category> referred,
            List<ReferralStatistics.Category> adopted,
            Map<String, String> labels,
            Locale locale) {
        for (var i = 0; i < referred.size(); i++) {
            var code = referred.get(i).category();
            rows.add(List.of(
                    text(breakdown, locale),
                    labels.getOrDefault(code, code),
                    referred.get(i).count(),
                    adopted.get(i).count()));
        }
    }

    /** The label of every category of the equality figures, in the reader's language. */
    private Map<String, String> labels() {
        var locale = LocaleContextHolder.getLocale();
        var labels = new LinkedHashMap<String, String>();
        for (var list : List.of(CodeLists.ETHNICITY, CodeLists.RELIGION)) {
            labels.putAll(codes.labels(list));
        }
        for (var code : List.of(
                "MALE",
                "FEMALE",
                "NOT_KNOWN",
                "10_OR_UNDER",
                "11_TO_15",
                "16_TO_17",
                "18_TO_20",
                "21_TO_30",
                "31_TO_40",
                "41_TO_50",
                "51_AND_OVER",
                "UNKNOWN",
                EqualityMonitoring.NOT_RECORDED)) {
            labels.putIfAbsent(code, text("statistics.category." + code, locale));
        }
        labels.put(EqualityMonitoring.NOT_RECORDED, text("statistics.category.NOT_RECORDED", locale));
        return labels;
    }

    /**
     * Each census group's share of the referrals beside its share of the population, where the council entered its
     * population: {@code list -> code -> [share of referrals, share of population]} as text, a share of a suppressed
     * count left empty.
     */
    private Map<String, Map<String, String[]>> population(EqualityMonitoring.Figures figures) {
        var comparison = new LinkedHashMap<String, Map<String, String[]>>();
        var parts = Map.of(
                CodeLists.ETHNICITY, figures.referrals().byEthnicity(),
                CodeLists.RELIGION, figures.referrals().byReligion());
        for (var list : EqualityMonitoring.POPULATION_LISTS) {
            var people = equality.population(list);
            var total = people.values().stream().mapToLong(Long::longValue).sum();
            if (total == 0) {
                continue;
            }
            var recorded = parts.get(list).stream()
                    .filter(c -> !EqualityMonitoring.NOT_RECORDED.equals(c.category()))
                    .map(c -> Charts.count(c.count()))
                    .toList();
            var suppressed = recorded.contains(null);
            var referred = recorded.stream()
                    .filter(v -> v != null)
                    .mapToLong(Long::longValue)
                    .sum();
            var shares = new LinkedHashMap<String, String[]>();
            for (var category : parts.get(list)) {
                if (EqualityMonitoring.NOT_RECORDED.equals(category.category())
                        || !people.containsKey(category.category())) {
                    continue;
                }
                var count = Charts.count(category.count());
                shares.put(category.category(), new String[] {
                    count == null || suppressed || referred == 0 ? "" : percent(count, referred),
                    percent(people.get(category.category()), total)
                });
            }
            comparison.put(list, shares);
        }
        return comparison;
    }

    private static String percent(long part, long whole) {
        return String.format(Locale.UK, "%.1f", part * 100.0 / whole);
    }

    @GetMapping("/reports/equality/population")
    String populationPage(Model model) {
        var form = new PopulationForm();
        for (var list : EqualityMonitoring.POPULATION_LISTS) {
            equality.population(list)
                    .forEach((code, people) -> form.getPeople().put(list + "-" + code, String.valueOf(people)));
        }
        model.addAttribute("population", form);
        return population(model);
    }

    private String population(Model model) {
        var lists = new LinkedHashMap<String, Map<String, String>>();
        for (var list : EqualityMonitoring.POPULATION_LISTS) {
            lists.put(list, codes.labels(list));
        }
        model.addAttribute("lists", lists);
        model.addAttribute("canReadEquality", mayReadEquality());
        return "reporting/population";
    }

    @PostMapping("/reports/equality/population")
    String setPopulation(
            @ModelAttribute("population") PopulationForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        try {
            equality.setPopulation(form.byList(EqualityMonitoring.POPULATION_LISTS));
            redirect.addFlashAttribute("success", "equality.population.saved");
            return mayReadEquality() ? "redirect:/reports/equality" : "redirect:/reports/equality/population";
        } catch (InvalidInputException e) {
            for (var problem : e.problems()) {
                var dash = problem.field().indexOf('-');
                if (dash < 0) {
                    result.reject(problem.code());
                    continue;
                }
                var label = codes.labels(problem.field().substring(0, dash))
                        .getOrDefault(problem.field().substring(dash + 1), problem.field());
                result.rejectValue("people[" + problem.field() + "]", problem.code(), new Object[] {label}, null);
            }
            return population(model);
        }
    }

    /** Whether the signed-in person may read the equality figures (a council's administrator sets only the population). */
    private boolean mayReadEquality() {
        return actors.require().hasAny(Role.PREVENT_LEAD, Role.REPORT_VIEWER);
    }

    private static @Nullable Region region(@Nullable String value) {
        return Arrays.stream(Region.values())
                .filter(r -> r.name().equals(value))
                .findFirst()
                .orElse(null);
    }

    /** The query string of the period shown, for the download links. */
    private static String query(PeriodForm form) {
        var from = form.from().date();
        var to = form.to().date();
        var query = new StringBuilder("fromDay=" + from.getDayOfMonth() + "&fromMonth=" + from.getMonthValue()
                + "&fromYear=" + from.getYear() + "&toDay=" + to.getDayOfMonth() + "&toMonth=" + to.getMonthValue()
                + "&toYear=" + to.getYear());
        if (form.getInterval() != null && !form.getInterval().isBlank()) {
            query.append("&interval=").append(form.getInterval());
        }
        if (form.getRegion() != null && !form.getRegion().isBlank()) {
            query.append("&region=").append(form.getRegion());
        }
        if (form.getGroup() != null && !form.getGroup().isBlank()) {
            query.append("&group=")
                    .append(java.net.URLEncoder.encode(form.getGroup(), java.nio.charset.StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    private String text(String key, Locale locale, Object... arguments) {
        return messages.getMessage(key, arguments, locale);
    }
}
