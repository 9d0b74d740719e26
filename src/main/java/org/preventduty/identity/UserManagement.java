package org.preventduty.identity;

import java.time.Clock;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.SecurityEvent.Outcome;
import org.preventduty.identity.SecurityEvent.Type;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Users of a tenant, managed by its administrators: create (the user sets their own password with a one-time link),
 * change roles, disable and re-enable, reset two-factor authentication. An administrator never sets a password or a
 * code. A change of access ends the user's sessions at once.
 */
@Service
public class UserManagement {

    private final UserAccounts users;
    private final Tenants tenants;
    private final JdbcClient jdbc;
    private final Clock clock;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;
    private final PasswordLinks links;
    private final RecoveryCodes recoveryCodes;
    private final UserSessions sessions;
    private final CaseAccessGrants grants;
    private final Accounts accounts;

    UserManagement(
            UserAccounts users,
            Tenants tenants,
            JdbcClient jdbc,
            Clock clock,
            CurrentActor actors,
            ApplicationEventPublisher events,
            PasswordLinks links,
            RecoveryCodes recoveryCodes,
            UserSessions sessions,
            CaseAccessGrants grants,
            Accounts accounts) {
        this.accounts = accounts;
        this.users = users;
        this.tenants = tenants;
        this.jdbc = jdbc;
        this.clock = clock;
        this.actors = actors;
        this.events = events;
        this.links = links;
        this.recoveryCodes = recoveryCodes;
        this.sessions = sessions;
        this.grants = grants;
    }

    /**
     * A page of the tenant's users, by name, whose name or email contains the query.
     *
     * @param query the text to look for; blank for everyone.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public Paged<UserSummary> list(@Nullable String query, int page, int size) {
        Paged.check(page, size);
        var actor = actors.require();
        var tenantId = actor.requireTenant().value();
        var like = "%" + (query == null ? "" : query.strip().toLowerCase(Locale.ROOT)) + "%";
        var where = " from app_user where tenant_id = :tenant and (lower(display_name) like :like or email like :like)";
        long total = jdbc.sql("select count(*)" + where)
                .param("tenant", tenantId)
                .param("like", like)
                .query(Long.class)
                .single();
        var ids = jdbc.sql("select id" + where + " order by lower(display_name), email limit :size offset :offset")
                .param("tenant", tenantId)
                .param("like", like)
                .param("size", size)
                .param("offset", Paged.offset(page, size))
                .query(UUID.class)
                .list();
        var byId = new HashMap<UUID, UserAccount>();
        users.findAllById(ids).forEach(account -> byId.put(account.id(), account));
        events.publishEvent(
                new SecurityEvent(Type.USERS_LISTED, Outcome.SUCCESS, actor, actor.tenantId(), null, null, null));
        return new Paged<>(ids.stream().map(byId::get).map(UserSummary::of).toList(), page, size, total);
    }

    /**
     * One user of the tenant.
     *
     * @throws NotFoundException when the tenant has no such user.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public UserSummary get(UUID id) {
        var actor = actors.require();
        var account = find(id, actor);
        events.publishEvent(
                new SecurityEvent(Type.USER_VIEWED, Outcome.SUCCESS, actor, actor.tenantId(), "USER", id, null));
        return UserSummary.of(account);
    }

    /**
     * Creates a user of the administrator's tenant.
     *
     * @throws RuleViolationException when the email is taken or a role is not a tenant role.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public NewUser create(String email, String displayName, @Nullable String organisation, Set<Role> roles) {
        var actor = actors.require();
        requireTenantRoles(roles);
        return create(actor.requireTenant().value(), email, displayName, organisation, roles, actor);
    }

    /**
     * Creates the first administrator of a tenant, for provisioning.
     *
     * @throws NotFoundException when there is no tenant with the code.
     * @throws RuleViolationException when the email is taken.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public NewUser createTenantAdmin(
            String tenantCode, String email, String displayName, @Nullable String organisation) {
        var tenant = tenants.findByCode(tenantCode).orElseThrow(() -> new NotFoundException("Tenant"));
        return create(tenant.id(), email, displayName, organisation, EnumSet.of(Role.TENANT_ADMIN), actors.require());
    }

    /**
     * Replaces a user's roles and ends their sessions.
     *
     * @param version the version the administrator saw.
     * @throws OptimisticLockingFailureException when someone changed the user since.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public UserSummary changeRoles(UUID id, Set<Role> roles, int version) {
        var actor = actors.require();
        requireTenantRoles(roles);
        var account = find(id, actor);
        requireVersion(account, version);
        var added = EnumSet.noneOf(Role.class);
        added.addAll(roles);
        added.removeAll(account.roles());
        account.changeRoles(roles);
        var saved = users.save(account);
        grants.record(
                actor,
                actor.requireTenant().value(),
                CaseAccessGrants.GranteeKind.USER,
                id,
                saved.displayName() + " (" + saved.email() + ")",
                added);
        sessions.endAll(id);
        events.publishEvent(new SecurityEvent(
                Type.USER_ROLES_CHANGED,
                Outcome.SUCCESS,
                actor,
                actor.tenantId(),
                "USER",
                id,
                RoleSet.of(roles).column()));
        return UserSummary.of(saved);
    }

    /** Disables a user and ends their sessions. Administrators cannot disable themselves. */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public UserSummary disable(UUID id) {
        var actor = actors.require();
        if (actor.id().equals(id)) {
            throw RuleViolationException.rule("user.disable.self", "You cannot disable your own account.");
        }
        var account = find(id, actor);
        account.disable();
        var saved = users.save(account);
        sessions.endAll(id);
        events.publishEvent(
                new SecurityEvent(Type.USER_DISABLED, Outcome.SUCCESS, actor, actor.tenantId(), "USER", id, null));
        return UserSummary.of(saved);
    }

    /** Re-enables a disabled or locked user. */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public UserSummary enable(UUID id) {
        var actor = actors.require();
        var account = find(id, actor);
        account.enable();
        var saved = users.save(account);
        events.publishEvent(
                new SecurityEvent(Type.USER_ENABLED, Outcome.SUCCESS, actor, actor.tenantId(), "USER", id, null));
        return UserSummary.of(saved);
    }

    /**
     * Removes a user's two-factor authentication and recovery codes, and ends their sessions; they set it up again at
     * their next sign-in.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public UserSummary resetMfa(UUID id) {
        var actor = actors.require();
        var account = find(id, actor);
        requireOwnCredentials(account);
        account.resetMfa();
        var saved = users.save(account);
        recoveryCodes.delete(id);
        sessions.endAll(id);
        events.publishEvent(
                new SecurityEvent(Type.MFA_RESET, Outcome.SUCCESS, actor, actor.tenantId(), "USER", id, null));
        return UserSummary.of(saved);
    }

    /**
     * Issues a new one-time link with which the user sets a new password; earlier links stop working. The current
     * password keeps working until the new one is set.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    public String newPasswordLink(UUID id) {
        var actor = actors.require();
        var account = find(id, actor);
        requireOwnCredentials(account);
        if (account.status() == UserStatus.DISABLED || account.status() == UserStatus.LOCKED) {
            throw RuleViolationException.rule("user.disabled", "Re-enable the account first.");
        }
        var link = links.issue(id, account.tenantId());
        events.publishEvent(new SecurityEvent(
                Type.PASSWORD_LINK_ISSUED, Outcome.SUCCESS, actor, actor.tenantId(), "USER", id, null));
        return link;
    }

    /** The display names of users of the current tenant, for pages that show who did something. */
    @Transactional(readOnly = true)
    public Map<UUID, String> displayNames(Collection<UUID> ids) {
        var tenant = actors.require().tenantId();
        var names = new HashMap<UUID, String>();
        users.findAllById(ids).forEach(account -> {
            if (tenant == null || tenant.value().equals(account.tenantId())) {
                names.put(account.id(), account.displayName());
            }
        });
        return names;
    }

    /** The id of the user of the current tenant with this email, if any. */
    @Transactional(readOnly = true)
    public java.util.Optional<UUID> findIdByEmail(String email) {
        var tenant = actors.require().tenantId();
        return users.findByEmailOrderByCreatedAtAscIdAsc(UserAccount.normaliseEmail(email)).stream()
                .filter(account -> tenant == null || tenant.value().equals(account.tenantId()))
                .findFirst()
                .map(UserAccount::id);
    }

    /** Creates a demo user with the password hash given unless one with the email exists. Only for demo data. */
    @Transactional
    void ensureDemo(
            @Nullable TenantId tenantId,
            String email,
            String displayName,
            String organisation,
            Set<Role> roles,
            String passwordHash) {
        if (users.existsByEmail(UserAccount.normaliseEmail(email))) {
            return;
        }
        var account = new UserAccount(
                tenantId == null ? null : tenantId.value(),
                email,
                displayName,
                organisation,
                roles,
                true,
                null,
                clock.instant());
        account.setPassword(passwordHash, clock.instant());
        users.save(account);
    }

    /**
     * Makes a demo person a user of a further demo council too, with their credentials, unless they are already. Only
     * for demo data.
     */
    @Transactional
    void ensureDemoMembership(TenantId tenantId, String email, Set<Role> roles) {
        var rows = users.findByEmailOrderByCreatedAtAscIdAsc(UserAccount.normaliseEmail(email));
        if (rows.isEmpty() || rows.stream().anyMatch(row -> tenantId.value().equals(row.tenantId()))) {
            return;
        }
        var first = rows.get(0);
        users.save(UserAccount.membership(
                first, tenantId.value(), first.displayName(), first.organisation(), roles, null, clock.instant()));
    }

    private NewUser create(
            UUID tenantId,
            String email,
            String displayName,
            @Nullable String organisation,
            Set<Role> roles,
            Actor actor) {
        var normalised = UserAccount.normaliseEmail(email);
        var rows = accounts.rowsOf(normalised);
        if (rows.stream().anyMatch(row -> tenantId.equals(row.tenantId()) || row.tenantId() == null)) {
            throw RuleViolationException.conflict("user.email.taken", "A user with this email already exists.");
        }
        // A person who is already a user of another council becomes a user of this one too, with their roles here and
        // the credentials they already have: no new password, so no link.
        var first = rows.stream().filter(row -> !row.sharesCredentials()).findFirst();
        var account = users.save(
                first.isPresent()
                        ? UserAccount.membership(
                                first.get(), tenantId, displayName, organisation, roles, actor.id(), clock.instant())
                        : new UserAccount(
                                tenantId,
                                normalised,
                                displayName,
                                organisation,
                                roles,
                                false,
                                actor.id(),
                                clock.instant()));
        var link = first.isPresent() ? null : links.issue(account.id(), tenantId);
        events.publishEvent(new SecurityEvent(
                Type.USER_CREATED,
                Outcome.SUCCESS,
                actor,
                new TenantId(tenantId),
                "USER",
                account.id(),
                RoleSet.of(roles).column()));
        grants.record(
                actor,
                tenantId,
                CaseAccessGrants.GranteeKind.USER,
                account.id(),
                account.displayName() + " (" + account.email() + ")",
                roles);
        return new NewUser(UserSummary.of(account), link);
    }

    private UserAccount find(UUID id, Actor actor) {
        return users.findByIdAndTenantId(id, actor.requireTenant().value())
                .orElseThrow(() -> new NotFoundException("User"));
    }

    /** A person who signs in with the credentials of another council's account has theirs changed there. */
    private static void requireOwnCredentials(UserAccount account) {
        if (account.sharesCredentials()) {
            throw RuleViolationException.rule(
                    "user.sharesCredentials",
                    "This person signs in with the password and second factor of the council where they were first a"
                            + " user; that council's administrator changes them.");
        }
    }

    private static void requireVersion(UserAccount account, int version) {
        if (account.version() != version) {
            throw new OptimisticLockingFailureException("The user was changed by someone else");
        }
    }

    private static void requireTenantRoles(Set<Role> roles) {
        if (roles.isEmpty()) {
            throw RuleViolationException.rule("user.roles.empty", "Choose at least one role.");
        }
        if (!Role.tenantRoles().containsAll(roles)) {
            throw RuleViolationException.rule("user.roles.tenant", "Choose roles of a tenant.");
        }
    }
}
