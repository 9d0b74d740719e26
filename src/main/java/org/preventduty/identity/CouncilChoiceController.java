package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.ArrayList;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A person who is a user of several councils chooses the one they work in: after signing in (the one they chose last
 * is offered first) and from the header at any time. Everything they then see and do is of that council only, as its
 * user, with their roles there; the factors they gave at sign-in still stand.
 */
@Controller
class CouncilChoiceController {

    private final Accounts accounts;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CouncilChoiceController(Accounts accounts) {
        this.accounts = accounts;
    }

    @GetMapping("/account/council")
    String choose(Authentication authentication, Model model) {
        var user = (SignedInUser) authentication.getPrincipal();
        return page(user, user.userId(), false, model);
    }

    @PostMapping("/account/council")
    String chosen(
            @RequestParam(required = false) @Nullable String council,
            Authentication authentication,
            HttpServletRequest request,
            HttpServletResponse response,
            Model model,
            RedirectAttributes redirect) {
        var user = (SignedInUser) authentication.getPrincipal();
        var memberships = accounts.memberships(user.email());
        var choice = memberships.stream()
                .filter(membership -> membership.userId().toString().equals(council))
                .findFirst();
        if (choice.isEmpty()) {
            return page(user, null, true, model);
        }
        var member = accounts.asMemberOf(user, choice.get().userId());
        var authorities = new ArrayList<GrantedAuthority>(member.getAuthorities());
        authentication.getAuthorities().stream()
                .filter(authority -> authority instanceof FactorGrantedAuthority)
                .forEach(authorities::add);
        var switched = UsernamePasswordAuthenticationToken.authenticated(member, null, authorities);
        switched.setDetails(authentication.getDetails());
        request.changeSessionId();
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(switched);
        SecurityContextHolder.setContext(context);
        contexts.saveContext(context, request, response);
        accounts.chose(member);
        redirect.addFlashAttribute("success", "council.chosen");
        redirect.addFlashAttribute("successName", choice.get().council());
        return "redirect:/home";
    }

    private String page(SignedInUser user, @Nullable UUID selected, boolean missing, Model model) {
        model.addAttribute("memberships", accounts.memberships(user.email()));
        model.addAttribute("selected", selected);
        model.addAttribute("missing", missing);
        model.addAttribute("pageError", missing);
        return "identity/council";
    }

    /** Where a person goes once signed in: to choose their council when they are a user of several. */
    static String afterSignIn(SignedInUser user, String next) {
        return user.severalCouncils() ? "/account/council" : next;
    }
}
