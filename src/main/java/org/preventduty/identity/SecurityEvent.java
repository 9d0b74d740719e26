package org.preventduty.identity;

import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;

/**
 * Something that happened to sign-in, two-factor authentication, users, API keys or tenants, published for the audit
 * trail. It is published synchronously inside the transaction of the change, so that the audit row commits or rolls
 * back with it. It never carries a password, code, key or session id.
 *
 * @param type what happened.
 * @param outcome whether it succeeded.
 * @param actor who did it ({@link Actor#SYSTEM} for the system; for a failed sign-in, the account tried when it
 *     exists).
 * @param tenantId the tenant it happened in, {@literal null} for national actors and unknown accounts.
 * @param subjectType the kind of record it concerns ({@code USER}, {@code API_KEY}, {@code TENANT}), or {@literal null}.
 * @param subjectId the record it concerns, or {@literal null}.
 * @param detail a short, non-personal description (a factor, a reason code), or {@literal null}.
 */
public record SecurityEvent(
        Type type,
        Outcome outcome,
        Actor actor,
        @Nullable TenantId tenantId,
        @Nullable String subjectType,
        @Nullable UUID subjectId,
        @Nullable String detail) {

    /** What happened. */
    public enum Type {
        SIGN_IN,
        SIGN_OUT,
        SESSION_EXPIRED,
        MFA_ENROLLED,
        MFA_VERIFIED,
        RECOVERY_CODE_USED,
        MFA_RESET,
        PASSWORD_SET,
        PASSWORD_LINK_ISSUED,
        USER_CREATED,
        USER_VIEWED,
        USERS_LISTED,
        USER_ROLES_CHANGED,
        USER_DISABLED,
        USER_ENABLED,
        USER_LOCKED,
        API_KEY_CREATED,
        API_KEY_USED,
        API_KEY_REJECTED,
        API_KEY_REVOKED,
        API_KEYS_LISTED,
        CASE_ACCESS_GRANTED,
        CASE_ACCESS_GRANT_ACKNOWLEDGED,
        TENANT_CREATED,
        TENANT_GROUP_CREATED,
        ACCESS_DENIED
    }

    /** Whether it succeeded. */
    public enum Outcome {
        SUCCESS,
        FAILURE,
        DENIED
    }
}
