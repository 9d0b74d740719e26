package org.preventduty.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.preventduty.identity.SecurityEvent.Outcome;
import org.preventduty.identity.SecurityEvent.Type;
import org.preventduty.shared.SecretBox;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * What users do with their own credentials: set a password with a one-time link, set up two-factor authentication,
 * give a code or a recovery code at sign-in.
 */
@Service
class Credentials {

    private final UserAccounts users;
    private final Tenants tenants;
    private final PasswordLinks links;
    private final PasswordPolicy policy;
    private final PasswordEncoder encoder;
    private final Totp totp;
    private final RecoveryCodes recoveryCodes;
    private final SecretBox secrets;
    private final SignInThrottle throttle;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    Credentials(
            UserAccounts users,
            Tenants tenants,
            PasswordLinks links,
            PasswordPolicy policy,
            PasswordEncoder encoder,
            Totp totp,
            RecoveryCodes recoveryCodes,
            SecretBox secrets,
            SignInThrottle throttle,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.users = users;
        this.tenants = tenants;
        this.links = links;
        this.policy = policy;
        this.encoder = encoder;
        this.totp = totp;
        this.recoveryCodes = recoveryCodes;
        this.secrets = secrets;
        this.throttle = throttle;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The email of the user a password link belongs to, when the link works. Runs across tenants. */
    Optional<String> emailForLink(String token) {
        return TenantScope.asSystem(() -> transactions.execute(
                status -> links.find(token).flatMap(users::findById).map(UserAccount::email)));
    }

    /**
     * Sets a password with a one-time link. Runs across tenants.
     *
     * @return the keys of the messages saying what is wrong with the password, empty when it was set.
     * @throws LinkNotValidException when the link does not work.
     */
    List<String> setPassword(String token, String password) {
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            var userId = links.find(token).orElseThrow(LinkNotValidException::new);
            var account = users.findById(userId).orElseThrow(LinkNotValidException::new);
            if (account.status() == UserStatus.DISABLED || account.status() == UserStatus.LOCKED) {
                throw new LinkNotValidException();
            }
            var context = new ArrayList<String>();
            context.add(account.email());
            context.add(account.displayName());
            if (account.tenantId() != null) {
                tenants.findById(account.tenantId()).ifPresent(tenant -> {
                    context.add(tenant.name());
                    context.add(tenant.code());
                });
            }
            var problems = policy.problems(password, context);
            if (!problems.isEmpty()) {
                return problems;
            }
            account.setPassword(encoder.encode(password), clock.instant());
            users.save(account);
            users.activateMemberships(account.id());
            links.use(token);
            throttle.recordSuccess(SignInThrottle.accountKey(account.email()));
            var actor = new SignedInUser(account, "").actor();
            events.publishEvent(new SecurityEvent(
                    Type.PASSWORD_SET, Outcome.SUCCESS, actor, actor.tenantId(), "USER", account.id(), null));
            return List.<String>of();
        }));
    }

    /** Records a successful password sign-in. */
    @Transactional
    void signedIn(SignedInUser user) {
        signedIn(user, "PASSWORD");
    }

    /** Records a successful sign-in, with how the person proved who they are. */
    @Transactional
    void signedIn(SignedInUser user, String how) {
        users.recordSignIn(user.userId(), clock.instant());
        events.publishEvent(new SecurityEvent(
                Type.SIGN_IN, Outcome.SUCCESS, user.actor(), user.actor().tenantId(), "USER", user.userId(), how));
    }

    /** Records a sign-out. */
    @Transactional
    void signedOut(SignedInUser user, String reason) {
        events.publishEvent(new SecurityEvent(
                reason.equals("TIMEOUT") ? Type.SESSION_EXPIRED : Type.SIGN_OUT,
                Outcome.SUCCESS,
                user.actor(),
                user.actor().tenantId(),
                "USER",
                user.userId(),
                reason));
    }

    /**
     * Whether the person has set up two-factor authentication. The credentials of a person who is a user of several
     * councils are held on the row of their first, which may be another council's: they are read and written across
     * councils, in transactions of their own.
     */
    boolean isEnrolled(SignedInUser user) {
        return acrossCouncils(() -> users.findById(user.credentialsId())
                .map(UserAccount::mfaEnrolled)
                .orElse(false));
    }

    private <T> T acrossCouncils(java.util.function.Supplier<T> work) {
        return TenantScope.asSystem(() -> transactions.execute(status -> work.get()));
    }

    /**
     * Finishes setting up two-factor authentication with the first code from the app.
     *
     * @return the new recovery codes, empty when the code was wrong.
     */
    Optional<List<String>> enrol(SignedInUser user, String secret, String code) {
        return acrossCouncils(() -> enrolled(user, secret, code));
    }

    private Optional<List<String>> enrolled(SignedInUser user, String secret, String code) {
        var account = users.findById(user.credentialsId()).orElseThrow();
        var step = totp.verify(secret, code, null);
        if (step.isEmpty()) {
            events.publishEvent(mfaEvent(Type.MFA_ENROLLED, Outcome.FAILURE, user, "WRONG_CODE"));
            return Optional.empty();
        }
        account.enrolMfa(secrets.encrypt(secret), step.getAsLong(), clock.instant());
        users.save(account);
        var codes = recoveryCodes.replace(account.id(), account.tenantId());
        events.publishEvent(mfaEvent(Type.MFA_ENROLLED, Outcome.SUCCESS, user, "TOTP"));
        return Optional.of(codes);
    }

    /**
     * Checks a code from the authenticator app at sign-in. A wrong code counts towards the throttle like a wrong
     * password, and a held account is refused whatever the code.
     */
    boolean verify(SignedInUser user, String code, String address) {
        return acrossCouncils(() -> verified(user, code, address));
    }

    private boolean verified(SignedInUser user, String code, String address) {
        var account = users.findById(user.credentialsId()).orElseThrow();
        var accountKey = SignInThrottle.accountKey(account.email());
        var addressKey = SignInThrottle.addressKey(address);
        if (account.mfaSecret() == null || throttle.isHeld(accountKey, addressKey)) {
            events.publishEvent(mfaEvent(Type.MFA_VERIFIED, Outcome.FAILURE, user, "HELD"));
            return false;
        }
        var step = totp.verify(secrets.decrypt(account.mfaSecret()), code, account.mfaLastStep());
        if (step.isEmpty()) {
            throttle.recordFailure(accountKey, addressKey);
            events.publishEvent(mfaEvent(Type.MFA_VERIFIED, Outcome.FAILURE, user, "TOTP"));
            return false;
        }
        account.usedMfaStep(step.getAsLong());
        users.save(account);
        throttle.recordSuccess(accountKey);
        events.publishEvent(mfaEvent(Type.MFA_VERIFIED, Outcome.SUCCESS, user, "TOTP"));
        return true;
    }

    /** Uses a recovery code at sign-in in place of a code from the app. */
    boolean useRecoveryCode(SignedInUser user, String code, String address) {
        return acrossCouncils(() -> usedRecoveryCode(user, code, address));
    }

    private boolean usedRecoveryCode(SignedInUser user, String code, String address) {
        var account = users.findById(user.credentialsId()).orElseThrow();
        var accountKey = SignInThrottle.accountKey(account.email());
        var addressKey = SignInThrottle.addressKey(address);
        if (throttle.isHeld(accountKey, addressKey) || !recoveryCodes.use(account.id(), code)) {
            throttle.recordFailure(accountKey, addressKey);
            events.publishEvent(mfaEvent(Type.RECOVERY_CODE_USED, Outcome.FAILURE, user, null));
            return false;
        }
        throttle.recordSuccess(accountKey);
        events.publishEvent(mfaEvent(
                Type.RECOVERY_CODE_USED, Outcome.SUCCESS, user, "REMAINING_" + recoveryCodes.remaining(account.id())));
        return true;
    }

    /** Replaces the user's recovery codes with a new set, shown once. */
    List<String> newRecoveryCodes(SignedInUser user) {
        return acrossCouncils(() -> {
            var account = users.findById(user.credentialsId()).orElseThrow();
            return recoveryCodes.replace(account.id(), account.tenantId());
        });
    }

    int remainingRecoveryCodes(SignedInUser user) {
        return acrossCouncils(() -> recoveryCodes.remaining(user.credentialsId()));
    }

    private static SecurityEvent mfaEvent(Type type, Outcome outcome, SignedInUser user, String detail) {
        return new SecurityEvent(type, outcome, user.actor(), user.actor().tenantId(), "USER", user.userId(), detail);
    }

    /** The one-time link does not exist, was used, has expired, or its account is disabled. */
    static class LinkNotValidException extends RuntimeException {
        LinkNotValidException() {
            super("The link is not valid");
        }
    }
}
