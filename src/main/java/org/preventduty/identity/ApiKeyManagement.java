package org.preventduty.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.SecurityEvent.Outcome;
import org.preventduty.identity.SecurityEvent.Type;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.SecretBox;
import org.preventduty.shared.TenantId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates, lists and revokes API keys. A key has 256 random bits, is shown once and is stored only as its SHA-256 hash;
 * it expires, can be revoked, and every use is audited.
 */
@Service
public class ApiKeyManagement {

    static final String PREFIX = "pdm_";
    private static final Logger log = LoggerFactory.getLogger(ApiKeyManagement.class);

    private final ApiKeys keys;
    private final Tenants tenants;
    private final Clock clock;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;
    private final IdentitySettings.ApiKeys settings;
    private final CaseAccessGrants grants;
    private final SecureRandom random = new SecureRandom();

    ApiKeyManagement(
            ApiKeys keys,
            Tenants tenants,
            Clock clock,
            CurrentActor actors,
            ApplicationEventPublisher events,
            IdentitySettings settings,
            CaseAccessGrants grants) {
        this.keys = keys;
        this.tenants = tenants;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
        this.settings = settings.apiKeys();
        this.grants = grants;
    }

    /**
     * Creates a key for the administrator's own tenant, with any tenant roles.
     *
     * @param expiresInDays days until it expires; {@literal null} for the default.
     * @throws RuleViolationException when a role is not a tenant role or the expiry is out of range.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public NewApiKey create(String name, Set<Role> roles, @Nullable Integer expiresInDays) {
        var actor = actors.require();
        requireRoles(roles, Role.tenantRoles(), "apiKey.roles.tenant", "Choose roles of a tenant.");
        return issue(actor.requireTenant().value(), name, roles, expiresInDays, actor);
    }

    /**
     * Creates a tenant administrator's key for a tenant, for provisioning.
     *
     * @throws NotFoundException when there is no tenant with the code.
     * @throws RuleViolationException when a role other than {@link Role#TENANT_ADMIN} is asked for.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public NewApiKey createForTenant(String tenantCode, String name, Set<Role> roles, @Nullable Integer expiresInDays) {
        var tenant = tenants.findByCode(tenantCode).orElseThrow(() -> new NotFoundException("Tenant"));
        requireRoles(
                roles,
                EnumSet.of(Role.TENANT_ADMIN),
                "apiKey.roles.tenantAdmin",
                "A key for a tenant can only have the role TENANT_ADMIN.");
        return issue(tenant.id(), name, roles, expiresInDays, actors.require());
    }

    /**
     * Creates a national key (no tenant) for national statistics or operational metrics.
     *
     * @throws RuleViolationException when a role other than {@link Role#NATIONAL_ANALYST} or {@link Role#OPERATIONS}
     *     is asked for.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public NewApiKey createNational(String name, Set<Role> roles, @Nullable Integer expiresInDays) {
        requireRoles(
                roles,
                EnumSet.of(Role.NATIONAL_ANALYST, Role.OPERATIONS),
                "apiKey.roles.national",
                "A national key can only have the roles NATIONAL_ANALYST or OPERATIONS.");
        return issue(null, name, roles, expiresInDays, actors.require());
    }

    /** The keys of the administrator's tenant, newest first. */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public List<ApiKeySummary> list() {
        var actor = actors.require();
        var tenantId = actor.requireTenant();
        events.publishEvent(
                new SecurityEvent(Type.API_KEYS_LISTED, Outcome.SUCCESS, actor, tenantId, null, null, null));
        var now = clock.instant();
        return keys.findByTenant(tenantId.value()).stream()
                .map(key -> key.summary(now))
                .toList();
    }

    /**
     * Revokes a key of the administrator's tenant; it stops working at once.
     *
     * @throws NotFoundException when the tenant has no such key.
     * @throws RuleViolationException (a conflict) when it is already revoked.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public ApiKeySummary revoke(UUID id) {
        var actor = actors.require();
        var key = keys.findByIdAndTenantId(id, actor.requireTenant().value())
                .orElseThrow(() -> new NotFoundException("API key"));
        key.revoke(actor.id(), clock.instant());
        keys.save(key);
        events.publishEvent(
                new SecurityEvent(Type.API_KEY_REVOKED, Outcome.SUCCESS, actor, actor.tenantId(), "API_KEY", id, null));
        return key.summary(clock.instant());
    }

    /**
     * Finds the service account of a key presented to the API, and audits the attempt. Runs across tenants.
     *
     * @return the account, empty when the key is unknown, expired or revoked.
     */
    Optional<ApiClient> authenticate(String presented) {
        if (presented.isEmpty() || presented.length() > 200) {
            rejected(null);
            return Optional.empty();
        }
        var found = keys.findByKeyHash(SecretBox.sha256Hex(presented));
        if (found.isEmpty() || !found.get().isUsable(clock.instant())) {
            rejected(found.orElse(null));
            return Optional.empty();
        }
        var client = found.get().client();
        events.publishEvent(new SecurityEvent(
                Type.API_KEY_USED,
                Outcome.SUCCESS,
                client.actor(),
                client.actor().tenantId(),
                "API_KEY",
                client.keyId(),
                null));
        return Optional.of(client);
    }

    /**
     * Keeps the bootstrap key alive only while {@code PDM_BOOTSTRAP_API_KEY} is set at start-up: with a value, makes
     * sure a system administrator's key of exactly that value exists, expiring a few days after it was made (it is not
     * renewed by starting again) and revokes any other bootstrap key; without one, revokes every bootstrap key. Runs
     * across tenants.
     */
    void keepBootstrap(@Nullable String key) {
        var now = clock.instant();
        var hash = key == null || key.isBlank() ? null : SecretBox.sha256Hex(key);
        if (hash != null && key.length() < 32) {
            throw new IllegalStateException("PDM_BOOTSTRAP_API_KEY must have at least 32 characters");
        }
        for (var existing : keys.findBootstrap()) {
            if (existing.revokedAt() == null && !existing.keyHashIs(hash)) {
                existing.revoke(Actor.SYSTEM_ID, now);
                keys.save(existing);
                events.publishEvent(new SecurityEvent(
                        Type.API_KEY_REVOKED,
                        Outcome.SUCCESS,
                        Actor.SYSTEM,
                        null,
                        "API_KEY",
                        existing.id(),
                        "PDM_BOOTSTRAP_API_KEY no longer set"));
                log.warn("The bootstrap API key was revoked: PDM_BOOTSTRAP_API_KEY is no longer set to it");
            }
        }
        if (hash == null) {
            return;
        }
        var found = keys.findByKeyHash(hash);
        if (found.isEmpty()) {
            var made = keys.save(new ApiKey(
                    null,
                    "bootstrap",
                    EnumSet.of(Role.SYSTEM_ADMIN),
                    hash,
                    key.substring(0, Math.min(8, key.length())),
                    true,
                    null,
                    now.plus(Duration.ofDays(settings.bootstrapDays())),
                    now,
                    "PDM_BOOTSTRAP_API_KEY"));
            events.publishEvent(new SecurityEvent(
                    Type.API_KEY_CREATED, Outcome.SUCCESS, Actor.SYSTEM, null, "API_KEY", made.id(), "bootstrap"));
            log.warn(
                    "A bootstrap system administrator API key was created from PDM_BOOTSTRAP_API_KEY; it expires in {}"
                            + " days",
                    settings.bootstrapDays());
        } else if (!found.get().isUsable(now)) {
            log.warn("PDM_BOOTSTRAP_API_KEY names a bootstrap key that has expired or was revoked: it does not work."
                    + " Set a new value to provision again.");
        }
        log.warn("PDM_BOOTSTRAP_API_KEY is set: remove it once the deployment is provisioned");
    }

    /** Every key without a tenant (system administrators', national analysts', operations'), newest first. */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public List<ApiKeySummary> listNational() {
        var actor = actors.require();
        events.publishEvent(new SecurityEvent(Type.API_KEYS_LISTED, Outcome.SUCCESS, actor, null, null, null, null));
        var now = clock.instant();
        return keys.findNational().stream().map(key -> key.summary(now)).toList();
    }

    /**
     * Revokes a key without a tenant, the bootstrap key among them; it stops working at once.
     *
     * @throws NotFoundException when there is no such key without a tenant.
     * @throws RuleViolationException (a conflict) when it is already revoked.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public ApiKeySummary revokeNational(UUID id) {
        var actor = actors.require();
        var key = keys.findById(id)
                .filter(found -> found.tenantId() == null)
                .orElseThrow(() -> new NotFoundException("API key"));
        key.revoke(actor.id(), clock.instant());
        keys.save(key);
        events.publishEvent(new SecurityEvent(Type.API_KEY_REVOKED, Outcome.SUCCESS, actor, null, "API_KEY", id, null));
        return key.summary(clock.instant());
    }

    private NewApiKey issue(
            @Nullable UUID tenantId, String name, Set<Role> roles, @Nullable Integer expiresInDays, Actor actor) {
        var days = expiresInDays == null ? settings.defaultDays() : expiresInDays;
        if (days < 1 || days > settings.maxDays()) {
            throw RuleViolationException.rule(
                    "apiKey.expiry", "expiresInDays must be between 1 and " + settings.maxDays() + ".");
        }
        var bytes = new byte[32];
        random.nextBytes(bytes);
        var raw = PREFIX + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        var now = clock.instant();
        var key = keys.save(new ApiKey(
                tenantId,
                name.strip(),
                roles,
                SecretBox.sha256Hex(raw),
                raw.substring(0, PREFIX.length() + 6),
                false,
                actor.id(),
                now.plus(Duration.ofDays(days)),
                now,
                grants.describe(actor)));
        if (tenantId != null) {
            grants.record(
                    actor, tenantId, CaseAccessGrants.GranteeKind.API_KEY, key.id(), "API key " + key.name(), roles);
        }
        events.publishEvent(new SecurityEvent(
                Type.API_KEY_CREATED,
                Outcome.SUCCESS,
                actor,
                tenantId == null ? null : new TenantId(tenantId),
                "API_KEY",
                key.id(),
                null));
        return new NewApiKey(key.id(), raw, key.summary(now));
    }

    private void rejected(@Nullable ApiKey key) {
        events.publishEvent(new SecurityEvent(
                Type.API_KEY_REJECTED,
                Outcome.FAILURE,
                Actor.SYSTEM,
                key == null || key.tenantId() == null ? null : new TenantId(key.tenantId()),
                key == null ? null : "API_KEY",
                key == null ? null : key.id(),
                key == null ? "UNKNOWN" : key.revokedAt() != null ? "REVOKED" : "EXPIRED"));
    }

    private static void requireRoles(Set<Role> asked, Set<Role> allowed, String code, String message) {
        if (asked.isEmpty() || !allowed.containsAll(asked)) {
            throw RuleViolationException.rule(code, message);
        }
    }
}
