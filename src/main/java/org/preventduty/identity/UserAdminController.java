package org.preventduty.identity;

import jakarta.validation.Valid;
import java.util.UUID;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.web.ConfirmForm;
import org.preventduty.shared.web.FormErrors;
import org.preventduty.shared.web.Pagination;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The tenant administrator's pages for users. */
@Controller
class UserAdminController {

    static final int PAGE_SIZE = 25;

    private final UserManagement users;

    UserAdminController(UserManagement users) {
        this.users = users;
    }

    @InitBinder("userForm")
    void userFields(WebDataBinder binder) {
        binder.setAllowedFields("email", "displayName", "organisation", "roles");
    }

    @InitBinder("rolesForm")
    void rolesFields(WebDataBinder binder) {
        binder.setAllowedFields("roles", "version");
    }

    @GetMapping("/admin/users")
    String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
        var query = q == null ? "" : q.strip();
        if (query.length() > 100) {
            query = query.substring(0, 100);
        }
        var paged = users.list(query, Math.max(page, 0), PAGE_SIZE);
        model.addAttribute("users", paged);
        model.addAttribute("q", query);
        model.addAttribute("pagination", Pagination.of(paged, ServletUriComponentsBuilder.fromCurrentRequest()));
        return "identity/admin/users";
    }

    @GetMapping("/admin/users/new")
    String newUser(@ModelAttribute("userForm") UserForm form, Model model) {
        model.addAttribute("allRoles", Role.tenantRoles());
        return "identity/admin/user-new";
    }

    @PostMapping("/admin/users/new")
    String create(@Valid @ModelAttribute("userForm") UserForm form, BindingResult result, Model model) {
        model.addAttribute("allRoles", Role.tenantRoles());
        if (result.hasErrors()) {
            return "identity/admin/user-new";
        }
        try {
            var created = users.create(form.getEmail(), form.getDisplayName(), form.getOrganisation(), form.getRoles());
            // The link is shown in this response only.
            model.addAttribute("user", created.user());
            model.addAttribute("link", created.passwordLink());
            return "identity/admin/user-created";
        } catch (RuleViolationException e) {
            result.rejectValue(e.code().startsWith("user.email") ? "email" : "roles", e.code());
            return "identity/admin/user-new";
        }
    }

    @GetMapping("/admin/users/{id}")
    String show(@PathVariable UUID id, Model model) {
        model.addAttribute("actionForm", new ConfirmForm());
        return userPage(id, model);
    }

    private String userPage(UUID id, Model model) {
        model.addAttribute("user", users.get(id));
        return "identity/admin/user";
    }

    @GetMapping("/admin/users/{id}/roles")
    String rolesPage(@PathVariable UUID id, Model model) {
        var user = users.get(id);
        var form = new RolesForm();
        form.setRoles(
                user.roles().isEmpty() ? java.util.EnumSet.noneOf(Role.class) : java.util.EnumSet.copyOf(user.roles()));
        form.setVersion(user.version());
        model.addAttribute("rolesForm", form);
        model.addAttribute("user", user);
        model.addAttribute("allRoles", Role.tenantRoles());
        return "identity/admin/user-roles";
    }

    @PostMapping("/admin/users/{id}/roles")
    String changeRoles(
            @PathVariable UUID id,
            @Valid @ModelAttribute("rolesForm") RolesForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        if (result.hasErrors()) {
            model.addAttribute("user", users.get(id));
            model.addAttribute("allRoles", Role.tenantRoles());
            return "identity/admin/user-roles";
        }
        try {
            users.changeRoles(id, form.getRoles(), form.getVersion());
        } catch (OptimisticLockingFailureException e) {
            result.reject("users.changed");
        } catch (RuleViolationException e) {
            result.rejectValue("roles", e.code());
        }
        if (result.hasErrors()) {
            model.addAttribute("user", users.get(id));
            model.addAttribute("allRoles", Role.tenantRoles());
            return "identity/admin/user-roles";
        }
        redirect.addFlashAttribute("success", "users.rolesChanged");
        return "redirect:/admin/users/" + id;
    }

    @PostMapping("/admin/users/{id}/disable")
    String disable(
            @PathVariable UUID id,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, "users.disabled", () -> users.disable(id));
    }

    @PostMapping("/admin/users/{id}/enable")
    String enable(
            @PathVariable UUID id,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, "users.enabled", () -> users.enable(id));
    }

    @PostMapping("/admin/users/{id}/reset-two-factor")
    String resetMfa(
            @PathVariable UUID id,
            @ModelAttribute("actionForm") ConfirmForm form,
            BindingResult result,
            Model model,
            RedirectAttributes redirect) {
        return act(id, result, model, redirect, "users.mfaReset", () -> users.resetMfa(id));
    }

    @PostMapping("/admin/users/{id}/password-link")
    String passwordLink(
            @PathVariable UUID id, @ModelAttribute("actionForm") ConfirmForm form, BindingResult result, Model model) {
        var link = FormErrors.made(result, () -> users.newPasswordLink(id));
        if (link.isEmpty()) {
            return userPage(id, model);
        }
        model.addAttribute("user", users.get(id));
        model.addAttribute("link", link.get());
        return "identity/admin/user-link";
    }

    /** Takes an action on the user from a button on their page; a refusal shows in that page's error summary. */
    private String act(
            UUID id, BindingResult result, Model model, RedirectAttributes redirect, String success, Runnable action) {
        if (FormErrors.attempt(result, action)) {
            redirect.addFlashAttribute("success", success);
            return "redirect:/admin/users/" + id;
        }
        return userPage(id, model);
    }
}
