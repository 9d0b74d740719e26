package org.preventduty.identity;

import java.time.Instant;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * A service account that calls the API: a name, roles in one tenant (none for national roles) and the SHA-256 hash of
 * its key. The key itself is shown once, when created, and never stored.
 */
@Table("api_key")
class ApiKey {

    @Id
    private UUID id;

    private @Nullable UUID tenantId;
    private String name;
    private RoleSet roles;
    private String keyHash;
    private String keyPrefix;
    private boolean bootstrap;
    private Instant createdAt;
    private @Nullable UUID createdBy;
    private @Nullable String createdByName;
    private @Nullable Instant expiresAt;
    private @Nullable Instant revokedAt;
    private @Nullable UUID revokedBy;
    private @Nullable Instant lastUsedAt;

    /** Null until first saved, so that only a new record is inserted: a row written with version 0 is not new. */
    @Version
    private @Nullable Integer version;

    private ApiKey() {}

    ApiKey(
            @Nullable UUID tenantId,
            String name,
            Set<Role> roles,
            String keyHash,
            String keyPrefix,
            boolean bootstrap,
            @Nullable UUID createdBy,
            @Nullable Instant expiresAt,
            Instant now,
            @Nullable String createdByName) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.name = name;
        this.roles = RoleSet.of(roles);
        this.keyHash = keyHash;
        this.keyPrefix = keyPrefix;
        this.bootstrap = bootstrap;
        this.createdBy = createdBy;
        this.expiresAt = expiresAt;
        this.createdAt = now;
        this.createdByName = createdByName;
    }

    boolean keyHashIs(@Nullable String hash) {
        return keyHash.equals(hash);
    }

    boolean isUsable(Instant now) {
        return revokedAt == null && (expiresAt == null || expiresAt.isAfter(now));
    }

    void revoke(UUID by, Instant now) {
        if (revokedAt != null) {
            throw RuleViolationException.conflict("apiKey.revoked", "The key has already been revoked.");
        }
        this.revokedAt = now;
        this.revokedBy = by;
    }

    UUID id() {
        return id;
    }

    @Nullable
    UUID tenantId() {
        return tenantId;
    }

    String name() {
        return name;
    }

    Set<Role> roles() {
        return roles.roles();
    }

    String keyPrefix() {
        return keyPrefix;
    }

    boolean bootstrap() {
        return bootstrap;
    }

    Instant createdAt() {
        return createdAt;
    }

    @Nullable
    Instant expiresAt() {
        return expiresAt;
    }

    @Nullable
    Instant revokedAt() {
        return revokedAt;
    }

    ApiClient client() {
        return new ApiClient(id, tenantId, name, roles.roles());
    }

    ApiKeySummary summary(Instant now) {
        return new ApiKeySummary(
                id,
                name,
                roles.roles(),
                keyPrefix,
                createdAt,
                expiresAt,
                revokedAt,
                isUsable(now),
                bootstrap,
                createdByName != null ? createdByName : bootstrap ? "PDM_BOOTSTRAP_API_KEY" : null);
    }
}
