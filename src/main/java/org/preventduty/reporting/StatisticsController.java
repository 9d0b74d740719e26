package org.preventduty.reporting;

import java.time.ZoneId;
import org.preventduty.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's disclosure control settings. */
@Controller
class StatisticsController {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final DisclosureSettings settings;

    StatisticsController(DisclosureSettings settings) {
        this.settings = settings;
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
}
