package org.preventduty.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.SecretBox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * One-time links with which a user sets their own password: 256 random bits, of which only the hash is kept, working
 * once and for a limited time. Issuing a new link cancels the user's earlier ones.
 */
@Component
class PasswordLinks {

    private final JdbcClient jdbc;
    private final Clock clock;
    private final IdentitySettings settings;
    private final SecureRandom random = new SecureRandom();

    PasswordLinks(JdbcClient jdbc, Clock clock, IdentitySettings settings) {
        this.jdbc = jdbc;
        this.clock = clock;
        this.settings = settings;
    }

    /** Issues a link for the user and returns its full address. Must run in a transaction. */
    String issue(UUID userId, @Nullable UUID tenantId) {
        var now = clock.instant();
        jdbc.sql("update password_link set used_at = ? where user_id = ? and used_at is null")
                .params(SignInThrottle.at(now), userId)
                .update();
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        jdbc.sql("insert into password_link (id, tenant_id, user_id, token_hash, created_at, expires_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        tenantId,
                        userId,
                        SecretBox.sha256Hex(token),
                        SignInThrottle.at(now),
                        SignInThrottle.at(now.plus(settings.passwordLinkValidity())))
                .update();
        return settings.baseUrl().replaceAll("/+$", "") + "/set-password/" + token;
    }

    /** The user a link belongs to, when it exists, is unused and has not expired. Must run in a transaction. */
    Optional<UUID> find(String token) {
        if (token.length() > 100) {
            return Optional.empty();
        }
        return jdbc.sql("select user_id, expires_at, used_at from password_link where token_hash = ?")
                .param(SecretBox.sha256Hex(token))
                .query((rows, n) -> rows.getObject("used_at") == null
                                && rows.getObject("expires_at", OffsetDateTime.class)
                                        .toInstant()
                                        .isAfter(clock.instant())
                        ? rows.getObject("user_id", UUID.class)
                        : null)
                .optional();
    }

    /** Marks a link used. Must run in a transaction. */
    void use(String token) {
        jdbc.sql("update password_link set used_at = ? where token_hash = ?")
                .params(SignInThrottle.at(clock.instant()), SecretBox.sha256Hex(token))
                .update();
    }
}
