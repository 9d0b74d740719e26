package org.preventduty.reporting;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Region;
import org.preventduty.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The statistics page for a chosen period, and the council's disclosure control settings. */
@Controller
class StatisticsController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ReferralStatistics statistics;
    private final DisclosureSettings settings;
    private final CurrentActor actors;
    private final Clock clock;

    StatisticsController(ReferralStatistics statistics, DisclosureSettings settings, CurrentActor actors, Clock clock) {
        this.statistics = statistics;
        this.settings = settings;
        this.actors = actors;
        this.clock = clock;
    }

    @GetMapping("/reports/referral-statistics")
    String page(
            @RequestParam(required = false) @Nullable String from,
            @RequestParam(required = false) @Nullable String to,
            @RequestParam(required = false) @Nullable String region,
            Model model) {
        var national = actors.require().tenantId() == null;
        var chosen = national ? region(region) : null;
        model.addAttribute("national", national);
        model.addAttribute("regions", Region.values());
        model.addAttribute("region", chosen);
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        // The latest whole financial year (April to March) unless a period is chosen.
        var yearEnd = LocalDate.of(today.getMonthValue() >= 4 ? today.getYear() : today.getYear() - 1, 3, 31);
        var start = parse(from, yearEnd.minusYears(1).plusDays(1));
        var end = parse(to, yearEnd);
        model.addAttribute("from", start);
        model.addAttribute("to", end);
        try {
            model.addAttribute("report", statistics.report(start, end, chosen, false));
        } catch (InvalidInputException e) {
            model.addAttribute("periodProblem", e.problems().get(0).code());
        }
        return "reporting/statistics";
    }

    @GetMapping("/admin/disclosure")
    String settingsPage(Model model) {
        model.addAttribute("settings", settings.mine());
        return "reporting/disclosure";
    }

    @PostMapping("/admin/disclosure")
    String change(
            @RequestParam(defaultValue = "") String threshold,
            @RequestParam(defaultValue = "no") String secondary,
            @RequestParam(defaultValue = "no") String rounding,
            RedirectAttributes redirect) {
        try {
            settings.change(Integer.parseInt(threshold.strip()), "yes".equals(secondary), "yes".equals(rounding));
            redirect.addFlashAttribute("success", "disclosure.saved");
        } catch (NumberFormatException | InvalidInputException e) {
            redirect.addFlashAttribute("problem", "disclosure.threshold.range");
        }
        return "redirect:/admin/disclosure";
    }

    /** A region chosen from the list; anything else is all of the councils. */
    private static @Nullable Region region(@Nullable String value) {
        for (var region : Region.values()) {
            if (region.name().equals(value)) {
                return region;
            }
        }
        return null;
    }

    private static LocalDate parse(@Nullable String value, LocalDate otherwise) {
        try {
            return value == null || value.isBlank() ? otherwise : LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            return otherwise;
        }
    }
}
