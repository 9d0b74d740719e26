package org.preventduty.identity;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.Clock;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * After a correct password: notes when the session began (for its absolute lifetime), records the sign-in, and sends
 * the user to give their second factor, to set one up, or on to where they were going.
 */
class SignInSuccess implements AuthenticationSuccessHandler {

    static final String SIGNED_IN_AT = "pdm.signedInAt";

    private final Credentials credentials;
    private final SecondFactorPolicy policy;
    private final Clock clock;
    private final SavedRequestAwareAuthenticationSuccessHandler onwards;

    SignInSuccess(Credentials credentials, SecondFactorPolicy policy, Clock clock) {
        this.credentials = credentials;
        this.policy = policy;
        this.clock = clock;
        this.onwards = new SavedRequestAwareAuthenticationSuccessHandler();
        this.onwards.setDefaultTargetUrl("/home");
        this.onwards.setAlwaysUseDefaultTargetUrl(false);
    }

    @Override
    public void onAuthenticationSuccess(
            HttpServletRequest request, HttpServletResponse response, Authentication authentication)
            throws IOException, jakarta.servlet.ServletException {
        var user = (SignedInUser) authentication.getPrincipal();
        request.getSession().setAttribute(SIGNED_IN_AT, clock.instant());
        UserSessions.describe(request);
        credentials.signedIn(user);
        if (policy.requiredFor(user)) {
            response.sendRedirect(request.getContextPath()
                    + (user.mfaEnrolled() ? "/sign-in/two-factor" : "/sign-in/set-up-two-factor"));
            return;
        }
        if (user.severalCouncils()) {
            response.sendRedirect(request.getContextPath() + "/account/council");
            return;
        }
        onwards.onAuthenticationSuccess(request, response, authentication);
    }
}
