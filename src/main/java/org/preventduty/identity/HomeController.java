package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The home page of each user, their account page, and keeping a session alive. */
@Controller
class HomeController {

    private final ObjectProvider<HomeCards> contributions;
    private final ObjectProvider<HomePanels> panels;
    private final CurrentActor actors;
    private final Credentials credentials;
    private final SecondFactorPolicy policy;
    private final UserSessions sessions;

    HomeController(
            ObjectProvider<HomeCards> contributions,
            ObjectProvider<HomePanels> panels,
            CurrentActor actors,
            Credentials credentials,
            SecondFactorPolicy policy,
            UserSessions sessions) {
        this.contributions = contributions;
        this.panels = panels;
        this.actors = actors;
        this.credentials = credentials;
        this.policy = policy;
        this.sessions = sessions;
    }

    @GetMapping("/home")
    String home(Model model) {
        var actor = actors.require();
        List<HomeCard> cards = contributions
                .orderedStream()
                .flatMap(contribution -> contribution.cardsFor(actor).stream())
                .sorted(Comparator.comparingInt(HomeCard::order))
                .toList();
        model.addAttribute("cards", cards);
        model.addAttribute(
                "panels",
                panels.orderedStream()
                        .flatMap(contribution -> contribution.panelsFor(actor).stream())
                        .sorted(Comparator.comparingInt(HomePanel::order))
                        .toList());
        model.addAttribute("roles", actor.roles().stream().sorted().toList());
        return "identity/home";
    }

    @GetMapping("/account")
    String account(Authentication authentication, HttpServletRequest request, Model model) {
        var user = (SignedInUser) authentication.getPrincipal();
        model.addAttribute("email", user.email());
        model.addAttribute("displayName", user.displayName());
        model.addAttribute("roles", user.roles().stream().sorted().toList());
        var enrolled = credentials.isEnrolled(user);
        model.addAttribute("mfaEnrolled", enrolled);
        model.addAttribute("mfaRequired", policy.requiredForAll());
        model.addAttribute("recoveryCodesLeft", enrolled ? credentials.remainingRecoveryCodes(user) : 0);
        model.addAttribute("sessions", sessions.list(user.userId(), sessionId(request)));
        return "identity/account";
    }

    /** Ends another of the person's sessions, such as one left open on a shared computer. */
    @PostMapping("/account/sessions/{handle}/end")
    String endSession(
            @PathVariable String handle,
            Authentication authentication,
            HttpServletRequest request,
            RedirectAttributes redirect) {
        var user = (SignedInUser) authentication.getPrincipal();
        if (!sessions.end(user.userId(), handle, sessionId(request))) {
            throw new org.preventduty.shared.NotFoundException("Session");
        }
        credentials.signedOut(user, "ENDED_FROM_ACCOUNT");
        redirect.addFlashAttribute("success", "account.sessions.ended");
        return "redirect:/account";
    }

    private static @Nullable String sessionId(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : session.getId();
    }

    @PostMapping("/account/recovery-codes")
    String newRecoveryCodes(Authentication authentication, Model model) {
        var user = (SignedInUser) authentication.getPrincipal();
        if (!credentials.isEnrolled(user)) {
            return "redirect:/account";
        }
        model.addAttribute("recoveryCodes", credentials.newRecoveryCodes(user));
        model.addAttribute("next", "/account");
        return "identity/recovery-codes";
    }

    /** Called by the timeout warning's "stay signed in": the request itself renews the session. */
    @PostMapping("/session/extend")
    ResponseEntity<Void> extend() {
        return ResponseEntity.noContent().build();
    }

    @GetMapping("/accessibility")
    String accessibility() {
        return "pages/accessibility";
    }

    @GetMapping("/privacy")
    String privacy() {
        return "pages/privacy";
    }

    @GetMapping("/cookies")
    String cookies() {
        return "pages/cookies";
    }
}
