package org.preventduty.identity;

import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class SignInController {

    private final DemoMode demo;
    private final DemoData demoData;
    private final CouncilProvider council;
    private final IdentitySettings settings;

    SignInController(DemoMode demo, DemoData demoData, CouncilProvider council, IdentitySettings settings) {
        this.demo = demo;
        this.demoData = demoData;
        this.council = council;
        this.settings = settings;
    }

    /**
     * Reached only when the council's identity provider cannot be used now (it is down, or not configured): back to
     * sign-in, which says so.
     */
    @GetMapping("/oauth2/authorization/{registrationId}")
    String providerUnavailable() {
        return "redirect:/sign-in?provider=unavailable";
    }

    @GetMapping("/")
    String start(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser
                ? "redirect:/home"
                : "redirect:/sign-in";
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error,
            @RequestParam(required = false) String expired,
            @RequestParam(required = false) String provider,
            Model model) {
        var providerProblem = provider != null && CouncilSignIn.reasons().contains(provider) ? provider : null;
        model.addAttribute("failed", error != null);
        model.addAttribute("providerProblem", providerProblem);
        model.addAttribute("pageError", error != null || providerProblem != null);
        if (council.enabled()) {
            model.addAttribute("providerName", council.name());
            model.addAttribute("providerAvailable", council.registration().isPresent());
        }
        model.addAttribute("expired", expired != null);
        if (demo.isOn()) {
            var groups = new java.util.LinkedHashMap<String, java.util.List<DemoData.DemoAccount>>();
            demoData.accounts()
                    .forEach(account -> groups.computeIfAbsent(
                                    account.tenant() == null ? "" : account.tenant(), k -> new java.util.ArrayList<>())
                            .add(account));
            model.addAttribute("demoGroups", groups);
            model.addAttribute("demoPassword", demo.password());
        }
        return "identity/sign-in";
    }

    @GetMapping("/signed-out")
    String signedOut(
            @RequestParam(required = false) String reason,
            @RequestParam(required = false) String provider,
            Model model) {
        model.addAttribute("timedOut", "timeout".equals(reason));
        if (provider != null && council.enabled()) {
            model.addAttribute("providerName", council.name());
            council.signOutAddress(settings.baseUrl() + "/signed-out")
                    .ifPresent(address -> model.addAttribute("providerSignOut", address));
        }
        return "identity/signed-out";
    }
}
