package org.preventduty.identity;

import java.util.UUID;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.Pagination;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every grant of a role that reads case content, with who made it: for the council's administrators to see, and for its
 * Prevent leads to acknowledge.
 */
@Controller
class AccessGrantController {

    private static final int PAGE_SIZE = 25;

    private final CaseAccessGrants grants;
    private final CurrentActor actors;

    AccessGrantController(CaseAccessGrants grants, CurrentActor actors) {
        this.grants = grants;
        this.actors = actors;
    }

    @GetMapping("/admin/access-grants")
    String list(@RequestParam(defaultValue = "0") int page, Model model) {
        model.addAttribute("actionForm", new ConfirmForm());
        return listPage(page, model);
    }

    private String listPage(int page, Model model) {
        var shown = grants.list(Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("grants", shown.items());
        model.addAttribute("pagination", Pagination.of(shown, UriComponentsBuilder.fromPath("/admin/access-grants")));
        model.addAttribute("lead", actors.require().has(Role.PREVENT_LEAD));
        return "identity/admin/access-grants";
    }

    @PostMapping("/admin/access-grants/{id}/acknowledge")
    String acknowledge(
            @PathVariable UUID id,
            @RequestParam int version,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (FormErrors.attempt(result, () -> grants.acknowledge(id, version))) {
            redirect.addFlashAttribute("success", "accessGrants.acknowledged.done");
            return "redirect:/admin/access-grants";
        }
        return listPage(0, model);
    }
}
