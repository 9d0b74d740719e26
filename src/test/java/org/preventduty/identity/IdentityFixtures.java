package org.preventduty.identity;

import java.time.Clock;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.SecretBox;
import org.preventduty.shared.TenantId;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.FactorGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tenants and users for tests, made through the identity module's own types. Import it with
 * {@code @Import(IdentityFixtures.class)}.
 */
@TestComponent
public class IdentityFixtures {

    public static final String PASSWORD = "correct horse battery staple 42";

    private final Tenants tenants;
    private final UserAccounts users;
    private final ApiKeys keys;
    private final PasswordEncoder encoder;
    private final Totp totp;
    private final SecretBox secrets;
    private final RecoveryCodes recoveryCodes;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private String hash;

    IdentityFixtures(
            Tenants tenants,
            UserAccounts users,
            ApiKeys keys,
            PasswordEncoder encoder,
            Totp totp,
            SecretBox secrets,
            RecoveryCodes recoveryCodes,
            TransactionTemplate transactions,
            Clock clock) {
        this.tenants = tenants;
        this.users = users;
        this.keys = keys;
        this.encoder = encoder;
        this.totp = totp;
        this.secrets = secrets;
        this.recoveryCodes = recoveryCodes;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * A user made for a test.
     *
     * @param id the user's id.
     * @param tenantId the tenant, {@literal null} for national users.
     * @param email the email to sign in with.
     * @param secret the two-factor secret, {@literal null} when not set up.
     * @param recoveryCodes the recovery codes, empty when two-factor authentication is not set up.
     */
    public record TestUser(
            UUID id,
            @Nullable TenantId tenantId,
            String email,
            @Nullable String secret,
            List<String> recoveryCodes) {}

    /** A new, real (non-demo) tenant with a unique code. */
    public TenantSummary tenant() {
        return tenant(Region.LONDON);
    }

    /** A new, real (non-demo) tenant in the region with a unique code. */
    public TenantSummary tenant(Region region) {
        var code = "t" + UUID.randomUUID().toString().substring(0, 8);
        return TenantScope.asSystem(() -> transactions.execute(
                status -> tenants.save(new Tenant(code, "Council " + code, region, false, clock.instant()))
                        .summary()));
    }

    /** An active user of the tenant with the roles and the password {@link #PASSWORD}, without two factors. */
    public TestUser user(@Nullable TenantSummary tenant, Role... roles) {
        return create(tenant, false, roles);
    }

    /** An active user with two-factor authentication set up. */
    public TestUser userWithTwoFactors(@Nullable TenantSummary tenant, Role... roles) {
        return create(tenant, true, roles);
    }

    /**
     * A usable API key of the tenant ({@literal null} for a national key) with the roles, expiring in a day.
     *
     * @return the key to present as {@code Authorization: Bearer <key>}.
     */
    public String apiKey(@Nullable TenantSummary tenant, Role... roles) {
        var raw = ApiKeyManagement.PREFIX + UUID.randomUUID() + UUID.randomUUID();
        Set<Role> set = EnumSet.of(roles[0], roles);
        TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> keys.save(new ApiKey(
                tenant == null ? null : tenant.id().value(),
                "test-" + raw.substring(4, 12),
                set,
                SecretBox.sha256Hex(raw),
                raw.substring(0, 10),
                false,
                null,
                clock.instant().plus(java.time.Duration.ofDays(1)),
                clock.instant(),
                "test fixture"))));
        return raw;
    }

    /** The code the user's authenticator app shows now. */
    public String code(TestUser user) {
        return totp.currentCode(user.secret());
    }

    /** An authentication of the user as a signed-in session would hold it, with or without the second factor. */
    /** Does some work signed in as the user, with a second factor, as a module's service is called from a page. */
    public <T> T as(TestUser user, java.util.function.Supplier<T> work) {
        var previous = org.springframework.security.core.context.SecurityContextHolder.getContext();
        var signedIn = org.springframework.security.core.context.SecurityContextHolder.createEmptyContext();
        signedIn.setAuthentication(authentication(user, true));
        org.springframework.security.core.context.SecurityContextHolder.setContext(signedIn);
        try {
            return work.get();
        } finally {
            org.springframework.security.core.context.SecurityContextHolder.setContext(previous);
        }
    }

    public Authentication authentication(TestUser user, boolean secondFactor) {
        var account = TenantScope.asSystem(
                () -> transactions.execute(status -> users.findById(user.id()).orElseThrow()));
        var principal = new SignedInUser(account, "", null);
        principal.eraseCredentials();
        var authorities = new ArrayList<GrantedAuthority>(principal.roleAuthorities());
        authorities.add(FactorGrantedAuthority.withAuthority(FactorGrantedAuthority.PASSWORD_AUTHORITY)
                .issuedAt(clock.instant())
                .build());
        if (secondFactor) {
            authorities.add(FactorGrantedAuthority.withAuthority(SecondFactorPolicy.TOTP_AUTHORITY)
                    .issuedAt(clock.instant())
                    .build());
        }
        return UsernamePasswordAuthenticationToken.authenticated(principal, null, authorities);
    }

    /** The current status of a user. */
    public UserStatus status(UUID userId) {
        return TenantScope.asSystem(() -> transactions.execute(
                status -> users.findById(userId).orElseThrow().status()));
    }

    /** Disables a user directly, as an administrator would. */
    public void setStatusDisabled(UUID userId) {
        TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> {
            var account = users.findById(userId).orElseThrow();
            account.disable();
            users.save(account);
        }));
    }

    /** The stored password hash of a user. */
    public String passwordHash(UUID userId) {
        return TenantScope.asSystem(() -> transactions.execute(
                status -> users.findById(userId).orElseThrow().passwordHash()));
    }

    /** Replaces a user's stored password hash, to test upgrades of old hashes. */
    public void storePasswordHash(UUID userId, String newHash) {
        TenantScope.asSystem(() -> transactions.executeWithoutResult(status -> {
            var account = users.findById(userId).orElseThrow();
            account.upgradePasswordHash(newHash);
            users.save(account);
        }));
    }

    private TestUser create(@Nullable TenantSummary tenant, boolean twoFactors, Role... roles) {
        if (hash == null) {
            hash = encoder.encode(PASSWORD);
        }
        var email = "user-" + UUID.randomUUID().toString().substring(0, 12) + "@example.org";
        Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
        return TenantScope.asSystem(() -> transactions.execute(status -> {
            var account = new UserAccount(
                    tenant == null ? null : tenant.id().value(),
                    email,
                    "Test " + email.substring(5, 10),
                    "Test organisation",
                    set,
                    false,
                    null,
                    clock.instant());
            account.setPassword(hash, clock.instant());
            String secret = null;
            List<String> codes = List.of();
            if (twoFactors) {
                secret = totp.newSecret();
                account.enrolMfa(secrets.encrypt(secret), totp.currentStep() - 5, clock.instant());
            }
            var saved = users.save(account);
            if (twoFactors) {
                codes = recoveryCodes.replace(saved.id(), saved.tenantId());
            }
            return new TestUser(saved.id(), tenant == null ? null : tenant.id(), email, secret, codes);
        }));
    }
}
