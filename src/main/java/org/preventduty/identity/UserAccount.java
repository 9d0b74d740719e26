package org.preventduty.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/** A person who signs in: their email, name, organisation, roles, status and credentials. */
@Table("app_user")
class UserAccount {

    @Id
    private UUID id;

    private @Nullable UUID tenantId;
    private String email;
    private String displayName;
    private @Nullable String organisation;
    private RoleSet roles;
    private UserStatus status;
    private @Nullable String passwordHash;
    private @Nullable Instant passwordSetAt;
    private @Nullable String mfaSecret;
    private @Nullable Instant mfaEnrolledAt;
    private @Nullable Long mfaLastStep;
    private @Nullable Instant lastSignInAt;
    private Instant createdAt;
    private @Nullable UUID createdBy;
    private boolean demo;
    private @Nullable UUID credentialsOf;
    private @Nullable Instant lastChosenAt;

    /** Null until first saved, so that only a new record is inserted: a row written with version 0 is not new. */
    @Version
    private @Nullable Integer version;

    private UserAccount() {}

    UserAccount(
            @Nullable UUID tenantId,
            String email,
            String displayName,
            @Nullable String organisation,
            Set<Role> roles,
            boolean demo,
            @Nullable UUID createdBy,
            Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.email = normaliseEmail(email);
        this.displayName = displayName.strip();
        this.organisation = organisation == null || organisation.isBlank() ? null : organisation.strip();
        this.roles = RoleSet.of(roles);
        this.status = UserStatus.INVITED;
        this.demo = demo;
        this.createdBy = createdBy;
        this.createdAt = now;
    }

    /**
     * The person's membership of another council, sharing the credentials of their first: active at once when those are
     * set, since the person signs in with them.
     */
    static UserAccount membership(
            UserAccount first,
            UUID tenantId,
            String displayName,
            @Nullable String organisation,
            Set<Role> roles,
            @Nullable UUID createdBy,
            Instant now) {
        var account = new UserAccount(
                tenantId, first.email(), displayName, organisation, roles, first.demo(), createdBy, now);
        account.credentialsOf = first.credentialsId();
        account.status = first.passwordHash() == null ? UserStatus.INVITED : UserStatus.ACTIVE;
        return account;
    }

    /** The row that holds the person's credentials: this one, unless it is a membership of a further council. */
    UUID credentialsId() {
        return credentialsOf == null ? id : credentialsOf;
    }

    /** Whether this row is a membership of a further council, whose credentials are held on the person's first. */
    boolean sharesCredentials() {
        return credentialsOf != null;
    }

    @Nullable
    Instant lastChosenAt() {
        return lastChosenAt;
    }

    /** The form in which emails are stored and compared: trimmed and in lower case. */
    static String normaliseEmail(String email) {
        return email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    void setPassword(String hash, Instant now) {
        if (status == UserStatus.DISABLED || status == UserStatus.LOCKED) {
            throw RuleViolationException.rule("user.disabled", "The account is disabled.");
        }
        this.passwordHash = hash;
        this.passwordSetAt = now;
        if (status == UserStatus.INVITED) {
            status = UserStatus.ACTIVE;
        }
    }

    /** Replaces the hash of the same password with a stronger one, after a successful sign-in. */
    void upgradePasswordHash(String hash) {
        this.passwordHash = hash;
    }

    void changeRoles(Set<Role> newRoles) {
        if (newRoles.isEmpty()) {
            throw RuleViolationException.rule("user.roles.empty", "Choose at least one role.");
        }
        this.roles = RoleSet.of(newRoles);
    }

    void disable() {
        if (status == UserStatus.DISABLED) {
            throw RuleViolationException.conflict("user.already.disabled", "The account is already disabled.");
        }
        status = UserStatus.DISABLED;
    }

    void enable() {
        if (status != UserStatus.DISABLED && status != UserStatus.LOCKED) {
            throw RuleViolationException.conflict("user.not.disabled", "The account is not disabled.");
        }
        status = passwordHash == null && credentialsOf == null ? UserStatus.INVITED : UserStatus.ACTIVE;
    }

    void lock() {
        status = UserStatus.LOCKED;
    }

    void enrolMfa(String encryptedSecret, long step, Instant now) {
        this.mfaSecret = encryptedSecret;
        this.mfaEnrolledAt = now;
        this.mfaLastStep = step;
    }

    void resetMfa() {
        this.mfaSecret = null;
        this.mfaEnrolledAt = null;
        this.mfaLastStep = null;
    }

    /** Remembers the time step of a code just accepted, so that no code can be used twice. */
    void usedMfaStep(long step) {
        this.mfaLastStep = step;
    }

    UUID id() {
        return id;
    }

    @Nullable
    UUID tenantId() {
        return tenantId;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String organisation() {
        return organisation;
    }

    Set<Role> roles() {
        return roles.roles();
    }

    UserStatus status() {
        return status;
    }

    @Nullable
    String passwordHash() {
        return passwordHash;
    }

    @Nullable
    String mfaSecret() {
        return mfaSecret;
    }

    boolean mfaEnrolled() {
        return mfaSecret != null;
    }

    @Nullable
    Long mfaLastStep() {
        return mfaLastStep;
    }

    @Nullable
    Instant lastSignInAt() {
        return lastSignInAt;
    }

    Instant createdAt() {
        return createdAt;
    }

    boolean demo() {
        return demo;
    }

    int version() {
        return version == null ? 0 : version;
    }
}
