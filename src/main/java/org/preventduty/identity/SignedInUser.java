package org.preventduty.identity;

import java.io.Serial;
import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;
import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

/**
 * The principal of a web session. Its name is the user's id, so that sessions can be found and ended per user.
 * It keeps nothing secret once sign-in is over.
 */
final class SignedInUser implements UserDetails, CredentialsContainer, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    private final UUID userId;
    private final UUID credentialsId;
    private final boolean severalCouncils;
    private final @Nullable UUID tenantId;
    private final String email;
    private final String displayName;
    private final @Nullable String tenantName;
    private final Set<Role> roles;
    private final boolean mfaEnrolled;
    private final boolean enabled;
    private final boolean locked;
    private @Nullable String passwordHash;

    SignedInUser(UserAccount account, String passwordHashOrDummy) {
        this(account, passwordHashOrDummy, null);
    }

    SignedInUser(UserAccount account, String passwordHashOrDummy, @Nullable String tenantName) {
        this(account, account, passwordHashOrDummy, tenantName);
    }

    /**
     * The user of one council, signing in with the person's credentials, held on {@code credentials} (the same row
     * unless the person is a user of several councils): locked when either is, enabled when this council's is active.
     */
    SignedInUser(
            UserAccount account, UserAccount credentials, String passwordHashOrDummy, @Nullable String tenantName) {
        this(account, credentials, passwordHashOrDummy, tenantName, false);
    }

    /** As above, noting whether the person is an active user of more than one council, which the header offers. */
    SignedInUser(
            UserAccount account,
            UserAccount credentials,
            String passwordHashOrDummy,
            @Nullable String tenantName,
            boolean severalCouncils) {
        this.severalCouncils = severalCouncils;
        this.tenantName = tenantName;
        this.userId = account.id();
        this.credentialsId = credentials.id();
        this.tenantId = account.tenantId();
        this.email = account.email();
        this.displayName = account.displayName();
        this.roles = Set.copyOf(account.roles());
        this.mfaEnrolled = credentials.mfaEnrolled();
        this.enabled = account.status() == UserStatus.ACTIVE;
        this.locked = account.status() == UserStatus.LOCKED || credentials.status() == UserStatus.LOCKED;
        this.passwordHash = passwordHashOrDummy;
    }

    UUID userId() {
        return userId;
    }

    /** Whether the person is an active user of more than one council, and so may switch between them. */
    boolean severalCouncils() {
        return severalCouncils;
    }

    /** The row that holds the person's password, second factor and recovery codes. */
    UUID credentialsId() {
        return credentialsId;
    }

    @Nullable
    UUID tenantUuid() {
        return tenantId;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    @Nullable
    String tenantName() {
        return tenantName;
    }

    Set<Role> roles() {
        return roles;
    }

    boolean mfaEnrolled() {
        return mfaEnrolled;
    }

    Actor actor() {
        return new Actor(
                Actor.Kind.USER, userId, tenantId == null ? null : new TenantId(tenantId), roles, "user " + userId);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return roles.stream()
                .map(role -> (GrantedAuthority) new SimpleGrantedAuthority(role.authority()))
                .toList();
    }

    List<GrantedAuthority> roleAuthorities() {
        return List.copyOf(getAuthorities());
    }

    @Override
    public @Nullable String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return userId.toString();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignedInUser that && userId.equals(that.userId);
    }

    @Override
    public int hashCode() {
        return userId.hashCode();
    }

    @Override
    public String toString() {
        return "SignedInUser[" + userId + "]";
    }
}
