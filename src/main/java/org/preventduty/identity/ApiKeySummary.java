package org.preventduty.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * An API key as its administrators see it: never the key itself.
 *
 * @param id the key's id.
 * @param name what it is for, such as {@code hr-feed}.
 * @param roles the roles it has.
 * @param prefix the first characters of the key, to tell keys apart.
 * @param createdAt when it was created.
 * @param expiresAt when it stops working, {@literal null} for the bootstrap key.
 * @param revokedAt when it was revoked, {@literal null} if it was not.
 * @param active whether it works now.
 * @param bootstrap whether it is the bootstrap key of the deployment.
 * @param createdBy who made it, in words (a user's name and email, or the key that made it).
 */
public record ApiKeySummary(
        UUID id,
        String name,
        Set<Role> roles,
        String prefix,
        Instant createdAt,
        @Nullable Instant expiresAt,
        @Nullable Instant revokedAt,
        boolean active,
        boolean bootstrap,
        @Nullable String createdBy) {}
