package org.preventduty.identity;

import jakarta.validation.Valid;
import java.util.UUID;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The tenant administrator's pages for API keys. */
@Controller
class ApiKeyAdminController {

    private final ApiKeyManagement keys;

    ApiKeyAdminController(ApiKeyManagement keys) {
        this.keys = keys;
    }

    @InitBinder("apiKeyForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("name", "roles", "expiresInDays");
    }

    @GetMapping("/admin/api-keys")
    String list(Model model) {
        model.addAttribute("keys", keys.list());
        return "identity/admin/api-keys";
    }

    @GetMapping("/admin/api-keys/new")
    String newKey(@ModelAttribute("apiKeyForm") ApiKeyForm form, Model model) {
        model.addAttribute("allRoles", Role.tenantRoles());
        return "identity/admin/api-key-new";
    }

    @PostMapping("/admin/api-keys/new")
    String create(@Valid @ModelAttribute("apiKeyForm") ApiKeyForm form, BindingResult result, Model model) {
        model.addAttribute("allRoles", Role.tenantRoles());
        if (result.hasErrors()) {
            return "identity/admin/api-key-new";
        }
        try {
            var created = keys.create(form.getName(), form.getRoles(), form.getExpiresInDays());
            // The key is shown in this response only; it is never stored.
            model.addAttribute("created", created);
            return "identity/admin/api-key-created";
        } catch (RuleViolationException e) {
            result.rejectValue(e.code().equals("apiKey.expiry") ? "expiresInDays" : "roles", e.code());
            return "identity/admin/api-key-new";
        }
    }

    @PostMapping("/admin/api-keys/{id}/revoke")
    String revoke(
            @PathVariable UUID id,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        var revoked = FormErrors.made(result, () -> keys.revoke(id));
        if (revoked.isEmpty()) {
            return list(model);
        }
        redirect.addFlashAttribute("success", "apiKeys.revoked.done");
        redirect.addFlashAttribute("successName", revoked.get().name());
        return "redirect:/admin/api-keys";
    }
}
