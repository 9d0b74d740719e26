package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.OAuth2Error;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;

/**
 * Signing in with the council's identity provider. The provider vouches for an email address; the product signs in its
 * own active user of that email, with the product's roles and council. An email the product does not know, or one the
 * provider has not verified, is refused and no account is made; a deactivated or locked user is refused even though the
 * provider accepted them. The product asks for its own second factor unless the provider asserts one and the setting
 * trusts it. Every refusal is audited.
 */
@Component
class CouncilSignIn implements OAuth2UserService<OidcUserRequest, OidcUser> {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(CouncilSignIn.class);

    /** The session attribute that says the person signed in with the council's provider. */
    static final String WITH_PROVIDER = "pdm.signedInWithProvider";

    private final OidcUserService provider = new OidcUserService();
    private final Accounts accounts;
    private final CouncilProvider council;
    private final Credentials credentials;
    private final SecondFactorPolicy policy;
    private final Clock clock;
    private final HttpSessionSecurityContextRepository contexts = new HttpSessionSecurityContextRepository();

    CouncilSignIn(
            Accounts accounts,
            CouncilProvider council,
            Credentials credentials,
            SecondFactorPolicy policy,
            Clock clock) {
        this.accounts = accounts;
        this.council = council;
        this.credentials = credentials;
        this.policy = policy;
        this.clock = clock;
    }

    @Override
    public OidcUser loadUser(OidcUserRequest request) {
        var vouched = provider.loadUser(request);
        var email = vouched.getEmail();
        if (email == null || email.isBlank()) {
            refuse(null, "PROVIDER_NO_EMAIL", "no_email");
        }
        if (!Boolean.TRUE.equals(vouched.getEmailVerified())) {
            refuse(email, "PROVIDER_EMAIL_NOT_VERIFIED", "email_not_verified");
        }
        SignedInUser user;
        try {
            user = (SignedInUser) accounts.loadUserByUsername(email);
        } catch (UsernameNotFoundException e) {
            refuse(email, "PROVIDER_UNKNOWN_EMAIL", "unknown_user");
            throw e;
        }
        if (!user.isEnabled() || !user.isAccountNonLocked()) {
            refuse(email, "PROVIDER_USER_INACTIVE", "inactive_user");
        }
        return vouched;
    }

    /** After the provider's answer was checked and the user found: the product's own sign-in, as with a password. */
    AuthenticationSuccessHandler success() {
        return (request, response, authentication) -> {
            var vouched = (OidcUser) authentication.getPrincipal();
            var user = (SignedInUser) accounts.loadUserByUsername(vouched.getEmail());
            var now = clock.instant();
            var authorities = new ArrayList<GrantedAuthority>(user.getAuthorities());
            authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.AUTHORIZATION_CODE_AUTHORITY)
                    .issuedAt(now)
                    .build());
            var secondFactorAsserted = council.trustsProviderMfa() && assertsMfa(vouched);
            if (secondFactorAsserted) {
                authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorPolicy.TOTP_AUTHORITY)
                        .issuedAt(now)
                        .build());
            }
            var signedIn = UsernamePasswordAuthenticationToken.authenticated(user, null, authorities);
            signedIn.setDetails(authentication.getDetails());
            var context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(signedIn);
            SecurityContextHolder.setContext(context);
            contexts.saveContext(context, request, response);
            var session = request.getSession();
            session.setAttribute(SignInSuccess.SIGNED_IN_AT, now);
            session.setAttribute(WITH_PROVIDER, Boolean.TRUE);
            UserSessions.describe(request);
            credentials.signedIn(user, secondFactorAsserted ? "PROVIDER_WITH_MFA" : "PROVIDER");
            String next;
            if (!secondFactorAsserted && policy.requiredFor(user)) {
                next = user.mfaEnrolled() ? "/sign-in/two-factor" : "/sign-in/set-up-two-factor";
            } else {
                next = CouncilChoiceController.afterSignIn(user, "/home");
            }
            response.sendRedirect(request.getContextPath() + next);
        };
    }

    /** A refusal of the provider's answer: back to sign-in with what went wrong in words, audited. */
    AuthenticationFailureHandler failure() {
        return (HttpServletRequest request, HttpServletResponse response, AuthenticationException e) -> {
            var code = e instanceof OAuth2AuthenticationException oauth
                    ? oauth.getError().getErrorCode()
                    : "failed";
            var reason = switch (code) {
                case "unknown_user", "inactive_user", "email_not_verified", "no_email" -> code;
                default -> "failed";
            };
            log.warn("Sign-in with the council's identity provider refused: {}", e.getMessage());
            if ("failed".equals(reason)) {
                // The provider's answer itself did not hold (a token's signature, audience, issuer, expiry or nonce, a
                // code used twice, a request not started here): audited here, the others when they were found.
                audit(null, "PROVIDER_" + code.toUpperCase(Locale.ROOT));
            }
            redirect(response, request, reason.replace('_', '-'));
        };
    }

    private static void redirect(HttpServletResponse response, HttpServletRequest request, String reason)
            throws IOException {
        response.sendRedirect(request.getContextPath() + "/sign-in?provider=" + reason);
    }

    private static boolean assertsMfa(OidcUser user) {
        var amr = user.getIdToken().getClaimAsStringList("amr");
        return amr != null && amr.contains("mfa");
    }

    private void refuse(@Nullable String email, String detail, String code) {
        audit(email, detail);
        throw new OAuth2AuthenticationException(new OAuth2Error(code), code);
    }

    private void audit(@Nullable String email, String detail) {
        accounts.signInRefused(email, detail);
    }

    static List<String> reasons() {
        return List.of("unknown-user", "inactive-user", "email-not-verified", "no-email", "failed", "unavailable");
    }
}
