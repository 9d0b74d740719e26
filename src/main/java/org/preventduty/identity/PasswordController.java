package org.preventduty.identity;

import jakarta.validation.Valid;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;

/** Setting a password with a one-time link, for new users and after an administrator starts a reset. */
@Controller
class PasswordController {

    private final Credentials credentials;
    private final PasswordPolicy policy;

    PasswordController(Credentials credentials, PasswordPolicy policy) {
        this.credentials = credentials;
        this.policy = policy;
    }

    @InitBinder("passwordForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("password", "confirmation");
    }

    @GetMapping("/set-password/{token}")
    String page(@PathVariable String token, @ModelAttribute("passwordForm") PasswordForm form, Model model) {
        var email = credentials.emailForLink(token);
        if (email.isEmpty()) {
            return "identity/link-not-valid";
        }
        model.addAttribute("email", email.get());
        model.addAttribute("minLength", policy.minLength());
        return "identity/set-password";
    }

    @PostMapping("/set-password/{token}")
    String set(
            @PathVariable String token,
            @Valid @ModelAttribute("passwordForm") PasswordForm form,
            BindingResult result,
            Model model) {
        var email = credentials.emailForLink(token);
        if (email.isEmpty()) {
            return "identity/link-not-valid";
        }
        model.addAttribute("email", email.get());
        model.addAttribute("minLength", policy.minLength());
        if (!result.hasFieldErrors("password")
                && !result.hasFieldErrors("confirmation")
                && !form.getPassword().equals(form.getConfirmation())) {
            result.rejectValue("confirmation", "password.confirmation.different");
        }
        if (result.hasErrors()) {
            return "identity/set-password";
        }
        try {
            var problems = credentials.setPassword(token, form.getPassword());
            if (!problems.isEmpty()) {
                problems.forEach(
                        problem -> result.rejectValue("password", problem, new Object[] {policy.minLength()}, null));
                return "identity/set-password";
            }
        } catch (Credentials.LinkNotValidException e) {
            return "identity/link-not-valid";
        }
        return "identity/password-set";
    }
}
