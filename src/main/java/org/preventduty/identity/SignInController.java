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

    SignInController(DemoMode demo, DemoData demoData) {
        this.demo = demo;
        this.demoData = demoData;
    }

    @GetMapping("/")
    String start(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInUser
                ? "redirect:/home"
                : "redirect:/sign-in";
    }

    @GetMapping("/sign-in")
    String signIn(
            @RequestParam(required = false) String error, @RequestParam(required = false) String expired, Model model) {
        model.addAttribute("failed", error != null);
        model.addAttribute("pageError", error != null);
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
    String signedOut(@RequestParam(required = false) String reason, Model model) {
        model.addAttribute("timedOut", "timeout".equals(reason));
        return "identity/signed-out";
    }
}
