package org.preventduty.referrals;

import jakarta.validation.Valid;
import java.util.List;
import org.preventduty.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The council's administrator chooses what its referrers are told of their referrals. */
@Controller
class ReferrerStatusController {

    private final ReferrerSettings settings;

    ReferrerStatusController(ReferrerSettings settings) {
        this.settings = settings;
    }

    @GetMapping("/admin/referrer-status")
    String page(Model model) {
        var setting = settings.mine();
        var form = new ReferrerStatusForm();
        form.setChoice(setting.referrerSeesOutcome() ? "outcome" : "status");
        form.setVersion(setting.version());
        model.addAttribute("setting", form);
        return view(model);
    }

    private String view(Model model) {
        model.addAttribute("choices", List.of("status", "outcome"));
        return "referrals/referrer-status";
    }

    @PostMapping("/admin/referrer-status")
    String change(
            @Valid @ModelAttribute("setting") ReferrerStatusForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            return view(model);
        }
        if (!FormErrors.attempt(result, () -> settings.change("outcome".equals(form.getChoice()), form.getVersion()))) {
            return view(model);
        }
        redirect.addFlashAttribute("success", "referrerStatus.saved");
        return "redirect:/admin/referrer-status";
    }
}
