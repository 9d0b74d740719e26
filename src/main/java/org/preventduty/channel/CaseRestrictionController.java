package org.preventduty.channel;

import jakarta.validation.Valid;
import java.util.LinkedHashMap;
import java.util.UUID;
import org.preventduty.shared.InvalidInputException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The Prevent lead restricts a case to themselves and the people they name, or lifts the restriction. */
@Controller
class CaseRestrictionController {

    private final CaseRestrictions restrictions;

    CaseRestrictionController(CaseRestrictions restrictions) {
        this.restrictions = restrictions;
    }

    @GetMapping("/channel/cases/{id}/restriction")
    String page(@PathVariable UUID id, Model model) {
        var setting = restrictions.setting(id);
        var form = new RestrictionForm();
        form.setRestricted(setting.restricted() ? "yes" : "no");
        form.setNamed(setting.named().stream().map(UUID::toString).toList());
        model.addAttribute("restriction", form);
        return view(setting, model);
    }

    private String view(CaseRestrictions.Setting setting, Model model) {
        var people = new LinkedHashMap<String, String>();
        restrictions.nameable().forEach(colleague -> people.put(colleague.id().toString(), colleague.displayName()));
        model.addAttribute("caseId", setting.caseId());
        model.addAttribute("reference", setting.reference());
        model.addAttribute("people", people);
        model.addAttribute("choices", java.util.List.of("yes", "no"));
        return "channel/restriction";
    }

    @PostMapping("/channel/cases/{id}/restriction")
    String change(
            @PathVariable UUID id,
            @Valid @ModelAttribute("restriction") RestrictionForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (!result.hasErrors()) {
            try {
                restrictions.set(id, "yes".equals(form.getRestricted()), form.namedIds());
                redirect.addFlashAttribute(
                        "success", "yes".equals(form.getRestricted()) ? "restriction.set" : "restriction.lifted");
                return "redirect:/channel/cases/" + id;
            } catch (InvalidInputException e) {
                e.problems().forEach(problem -> result.rejectValue(problem.field(), problem.code()));
            }
        }
        return view(restrictions.setting(id), model);
    }
}
