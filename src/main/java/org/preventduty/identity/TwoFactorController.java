package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import jakarta.validation.Valid;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/** The second step of sign-in: a code from the authenticator app or a recovery code, and setting up the app. */
@Controller
class TwoFactorController {

    static final String PENDING_SECRET = "pdm.pendingTotpSecret";

    private final Credentials credentials;
    private final Totp totp;
    private final SecondFactorCompletion completion;

    TwoFactorController(Credentials credentials, Totp totp, SecondFactorCompletion completion) {
        this.credentials = credentials;
        this.totp = totp;
        this.completion = completion;
    }

    @InitBinder("codeForm")
    void allowedFields(WebDataBinder binder) {
        binder.setAllowedFields("code");
    }

    @GetMapping("/sign-in/two-factor")
    String codePage(Authentication authentication, @ModelAttribute("codeForm") CodeForm form) {
        var user = user(authentication);
        if (!credentials.isEnrolled(user)) {
            return "redirect:/sign-in/set-up-two-factor";
        }
        return "identity/two-factor";
    }

    @PostMapping("/sign-in/two-factor")
    String code(
            Authentication authentication,
            @Valid @ModelAttribute("codeForm") CodeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return "identity/two-factor";
        }
        if (!credentials.verify(user(authentication), form.getCode(), request.getRemoteAddr())) {
            result.rejectValue("code", "twoFactor.code.wrong");
            return "identity/two-factor";
        }
        return "redirect:" + completion.complete(authentication, request, response);
    }

    @GetMapping("/sign-in/recovery-code")
    String recoveryPage(Authentication authentication, @ModelAttribute("codeForm") CodeForm form) {
        user(authentication);
        return "identity/recovery-code";
    }

    @PostMapping("/sign-in/recovery-code")
    String recovery(
            Authentication authentication,
            @Valid @ModelAttribute("codeForm") CodeForm form,
            BindingResult result,
            HttpServletRequest request,
            HttpServletResponse response) {
        if (result.hasErrors()) {
            return "identity/recovery-code";
        }
        if (!credentials.useRecoveryCode(user(authentication), form.getCode(), request.getRemoteAddr())) {
            result.rejectValue("code", "recoveryCode.wrong");
            return "identity/recovery-code";
        }
        return "redirect:" + completion.complete(authentication, request, response);
    }

    @GetMapping("/sign-in/set-up-two-factor")
    String setUpPage(
            Authentication authentication,
            HttpSession session,
            @ModelAttribute("codeForm") CodeForm form,
            Model model) {
        var user = user(authentication);
        if (credentials.isEnrolled(user)) {
            return "redirect:/sign-in/two-factor";
        }
        return setUp(user, session, model);
    }

    @PostMapping("/sign-in/set-up-two-factor")
    String enrol(
            Authentication authentication,
            HttpSession session,
            @Valid @ModelAttribute("codeForm") CodeForm form,
            BindingResult result,
            Model model,
            HttpServletRequest request,
            HttpServletResponse response) {
        var user = user(authentication);
        if (credentials.isEnrolled(user)) {
            return "redirect:/sign-in/two-factor";
        }
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            return "redirect:/sign-in/set-up-two-factor";
        }
        if (result.hasErrors()) {
            return setUp(user, session, model);
        }
        var codes = credentials.enrol(user, secret, form.getCode());
        if (codes.isEmpty()) {
            result.rejectValue("code", "twoFactor.code.wrong");
            return setUp(user, session, model);
        }
        session.removeAttribute(PENDING_SECRET);
        var next = completion.complete(authentication, request, response);
        // The codes are shown in this response only; they are never stored where they could be read back.
        model.addAttribute("recoveryCodes", codes.get());
        model.addAttribute("next", next);
        return "identity/recovery-codes";
    }

    private String setUp(SignedInUser user, HttpSession session, Model model) {
        var secret = (String) session.getAttribute(PENDING_SECRET);
        if (secret == null) {
            secret = totp.newSecret();
            session.setAttribute(PENDING_SECRET, secret);
        }
        model.addAttribute("qrCode", QrCode.dataUri(totp.uri(secret, user.email()), "QR code"));
        model.addAttribute("secret", secret.replaceAll("(.{4})", "$1 ").strip());
        return "identity/set-up-two-factor";
    }

    private static SignedInUser user(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInUser user) {
            return user;
        }
        throw new org.springframework.security.access.AccessDeniedException("Not signed in with a password");
    }
}
