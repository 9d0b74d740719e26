package org.preventduty.reporting;

import static java.util.Objects.requireNonNull;

import jakarta.validation.Valid;
import org.preventduty.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's disclosure control settings. */
@Controller
class StatisticsController {

    private final DisclosureSettings settings;

    StatisticsController(DisclosureSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/disclosure")
    String settingsPage(Model model) {
        var mine = settings.mine();
        var form = new DisclosureForm();
        form.setThreshold(mine.threshold());
        form.setSecondary(mine.secondarySuppression());
        form.setRounding(mine.roundToBase5());
        model.addAttribute("form", form);
        return "reporting/disclosure";
    }

    @PostMapping("/admin/disclosure")
    String change(
            @Valid @ModelAttribute("form") DisclosureForm form, BindingResult result, RedirectAttributes redirect) {
        if (FormErrors.attempt(
                result,
                () -> settings.change(
                        requireNonNull(form.getThreshold()),
                        Boolean.TRUE.equals(form.getSecondary()),
                        Boolean.TRUE.equals(form.getRounding())))) {
            redirect.addFlashAttribute("success", "disclosure.saved");
            return "redirect:/admin/disclosure";
        }
        return "reporting/disclosure";
    }
}
