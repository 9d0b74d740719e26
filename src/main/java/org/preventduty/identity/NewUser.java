package org.preventduty.identity;

/**
 * A user just created, with the one-time link they use to set their password. The administrator passes the link on;
 * it is shown once.
 *
 * @param user the new user.
 * @param passwordLink the one-time link.
 */
public record NewUser(UserSummary user, String passwordLink) {

    @Override
    public String toString() {
        return "NewUser[" + user.id() + "]";
    }
}
