package org.preventduty.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A user as administrators see them: never a credential.
 *
 * @param id the user's id.
 * @param email their email, in lower case.
 * @param displayName their name as shown.
 * @param organisation the organisation they work for, if recorded.
 * @param roles their roles.
 * @param status whether they can sign in.
 * @param mfaEnrolled whether they have set up two-factor authentication.
 * @param lastSignInAt when they last signed in, {@literal null} if never.
 * @param createdAt when the account was created.
 * @param version the version to send back with a change.
 */
public record UserSummary(
        UUID id,
        String email,
        String displayName,
        @Nullable String organisation,
        Set<Role> roles,
        UserStatus status,
        boolean mfaEnrolled,
        @Nullable Instant lastSignInAt,
        Instant createdAt,
        int version) {

    /** Whether a link to set a password may be made: while the account can sign in. */
    public boolean mayGetPasswordLink() {
        return status != UserStatus.DISABLED && status != UserStatus.LOCKED;
    }

    /** Whether the account may be disabled: until it is. */
    public boolean mayDisable() {
        return status != UserStatus.DISABLED;
    }

    /** Whether the account may be enabled again: once disabled or locked. */
    public boolean mayEnable() {
        return status == UserStatus.DISABLED || status == UserStatus.LOCKED;
    }

    static UserSummary of(UserAccount account) {
        return new UserSummary(
                account.id(),
                account.email(),
                account.displayName(),
                account.organisation(),
                account.roles(),
                account.status(),
                account.mfaEnrolled(),
                account.lastSignInAt(),
                account.createdAt(),
                account.version());
    }
}
