package org.preventduty.identity;

import org.preventduty.identity.SecurityEvent.Outcome;
import org.preventduty.identity.SecurityEvent.Type;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs in with email and password. Every kind of failure (unknown email, wrong password, disabled, locked or held
 * account) gives the same {@link BadCredentialsException} after the same work, so that nothing can be learnt from the
 * answer or its timing (ASVS V6.3.8). Failures count towards the throttle; an account that reaches the permanent
 * threshold is locked.
 */
@org.springframework.stereotype.Component
class ThrottledSignIn implements AuthenticationProvider {

    static final String GENERIC_FAILURE = "Bad credentials";

    private final DaoAuthenticationProvider passwords;
    private final SignInThrottle throttle;
    private final UserAccounts users;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final PasswordEncoder encoder;
    private final Accounts accounts;

    ThrottledSignIn(
            Accounts accounts,
            PasswordEncoder encoder,
            SignInThrottle throttle,
            UserAccounts users,
            ApplicationEventPublisher events,
            TransactionTemplate transactions) {
        this.accounts = accounts;
        this.encoder = encoder;
        this.passwords = new DaoAuthenticationProvider(accounts);
        this.passwords.setPasswordEncoder(encoder);
        this.passwords.setUserDetailsPasswordService(accounts);
        // Check the password first and the account's status after, so that both cost the same.
        this.passwords.setPreAuthenticationChecks(user -> {});
        this.passwords.setPostAuthenticationChecks(user -> {
            if (!user.isAccountNonLocked() || !user.isEnabled()) {
                throw new BadCredentialsException(GENERIC_FAILURE);
            }
        });
        this.passwords.setHideUserNotFoundExceptions(true);
        this.throttle = throttle;
        this.users = users;
        this.events = events;
        this.transactions = transactions;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        var email = String.valueOf(authentication.getName());
        var password = authentication.getCredentials() == null
                ? ""
                : authentication.getCredentials().toString();
        var accountKey = SignInThrottle.accountKey(email);
        var addressKey = SignInThrottle.addressKey(address(authentication));
        if (TenantScope.asSystem(() -> throttle.isHeld(accountKey, addressKey))) {
            encoder.matches(password, accounts.dummyHash());
            failed(email, "HELD");
            throw new BadCredentialsException(GENERIC_FAILURE);
        }
        try {
            var result = passwords.authenticate(authentication);
            TenantScope.asSystem(() -> throttle.recordSuccess(accountKey));
            return result;
        } catch (AuthenticationException e) {
            var failures = TenantScope.asSystem(() -> throttle.recordFailure(accountKey, addressKey));
            failed(email, "PASSWORD");
            if (failures >= throttle.permanentThreshold()) {
                lock(email);
            }
            throw new BadCredentialsException(GENERIC_FAILURE);
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }

    private void failed(String email, String reason) {
        accounts.signInRefused(email, reason);
    }

    private void lock(String email) {
        TenantScope.asSystem(() ->
                transactions.executeWithoutResult(status -> users.findByEmail(UserAccount.normaliseEmail(email))
                        .filter(account -> account.status() == UserStatus.ACTIVE)
                        .ifPresent(account -> {
                            account.lock();
                            users.save(account);
                            var actor = new SignedInUser(account, "").actor();
                            events.publishEvent(new SecurityEvent(
                                    Type.USER_LOCKED,
                                    Outcome.SUCCESS,
                                    Actor.SYSTEM,
                                    actor.tenantId(),
                                    "USER",
                                    account.id(),
                                    "TOO_MANY_FAILURES"));
                        })));
    }

    private static String address(Authentication authentication) {
        if (authentication.getDetails() instanceof WebAuthenticationDetails details
                && details.getRemoteAddress() != null) {
            return details.getRemoteAddress();
        }
        return "unknown";
    }
}
