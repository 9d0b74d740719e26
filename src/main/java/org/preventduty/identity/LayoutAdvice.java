package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page what the layout shows: the demo banner, the signed-in user and tenant, the session timeout. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

    private final DemoMode demo;
    private final IdentitySettings settings;
    private final SecondFactorPolicy policy;

    LayoutAdvice(DemoMode demo, IdentitySettings settings, SecondFactorPolicy policy) {
        this.demo = demo;
        this.settings = settings;
        this.policy = policy;
    }

    @ModelAttribute
    void layout(Model model, HttpServletRequest request) {
        model.addAttribute("demoMode", demo.isOn());
        model.addAttribute("cspNonce", request.getAttribute("cspNonce"));
        model.addAttribute("currentPath", request.getRequestURI());
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            var secondFactorGiven = authentication.getAuthorities().stream()
                    .anyMatch(a -> SecondFactorPolicy.TOTP_AUTHORITY.equals(a.getAuthority()));
            model.addAttribute("signedIn", true);
            model.addAttribute("fullySignedIn", secondFactorGiven || !policy.requiredFor(user));
            model.addAttribute("signedInName", user.displayName());
            model.addAttribute("tenantName", user.tenantName());
            model.addAttribute("sessionTimeoutSeconds", settings.idleTimeout().toSeconds());
            model.addAttribute("sessionWarningSeconds", settings.idleWarning().toSeconds());
        } else {
            model.addAttribute("signedIn", false);
            model.addAttribute("fullySignedIn", false);
        }
    }
}
