package org.preventduty.identity;

import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.security.authorization.AuthorityAuthorizationDecision;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Added to every role and authentication rule: a signed-in user who must give a second factor has no access until
 * they have. The decision names the missing factor, so that the user is sent to give it rather than refused.
 * API keys are one factor by design and are not affected.
 */
class SecondFactorRequirement<T> implements AuthorizationManager<T> {

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);

    private final SecondFactorPolicy policy;

    SecondFactorRequirement(SecondFactorPolicy policy) {
        this.policy = policy;
    }

    @Override
    public @Nullable AuthorizationResult authorize(
            Supplier<? extends @Nullable Authentication> authentication, T object) {
        var current = authentication.get();
        if (current == null || !(current.getPrincipal() instanceof SignedInUser user) || !policy.requiredFor(user)) {
            return GRANTED;
        }
        var hasFactor = current.getAuthorities().stream()
                .anyMatch(authority -> SecondFactorPolicy.TOTP_AUTHORITY.equals(authority.getAuthority()));
        return hasFactor
                ? GRANTED
                : new AuthorityAuthorizationDecision(
                        false, List.of(new SimpleGrantedAuthority(SecondFactorPolicy.TOTP_AUTHORITY)));
    }
}
