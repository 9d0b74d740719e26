package org.preventduty.identity;

import org.jspecify.annotations.Nullable;

/**
 * A user just created, with the one-time link they use to set their password. The administrator passes the link on;
 * it is shown once.
 *
 * @param user the new user.
 * @param passwordLink the one-time link; {@literal null} when the person is already a user of another council and signs
 *     in with the password they have.
 */
public record NewUser(UserSummary user, @Nullable String passwordLink) {

    @Override
    public String toString() {
        return "NewUser[" + user.id() + "]";
    }
}
