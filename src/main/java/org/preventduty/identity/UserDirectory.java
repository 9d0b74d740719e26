package org.preventduty.identity;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who works in the current tenant, as other modules need it: names to show beside what people did, colleagues to
 * assign work to, and the signed-in user's own details to fill in forms. It gives no credentials and no status.
 */
@Service
public class UserDirectory {

    /**
     * A colleague.
     *
     * @param id their user id.
     * @param displayName their name.
     */
    public record Colleague(UUID id, String displayName) {}

    /**
     * The signed-in user's own details.
     *
     * @param id their user id.
     * @param displayName their name.
     * @param email their email.
     * @param organisation their organisation, if recorded.
     */
    public record Profile(
            UUID id,
            String displayName,
            String email,
            @Nullable String organisation) {}

    private final UserAccounts users;
    private final ApiKeys keys;
    private final JdbcClient jdbc;
    private final CurrentActor actors;

    UserDirectory(UserAccounts users, ApiKeys keys, JdbcClient jdbc, CurrentActor actors) {
        this.keys = keys;
        this.users = users;
        this.jdbc = jdbc;
        this.actors = actors;
    }

    /** The signed-in user, empty for an API key. */
    @Transactional(readOnly = true)
    public Optional<Profile> me() {
        var actor = actors.require();
        if (actor.kind() != Actor.Kind.USER) {
            return Optional.empty();
        }
        return users.findById(actor.id())
                .map(account ->
                        new Profile(account.id(), account.displayName(), account.email(), account.organisation()));
    }

    /** The active users of the current tenant with a role, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public List<Colleague> withRole(Role role) {
        var tenant = actors.requireTenant().value();
        return jdbc.sql("select id, display_name from app_user where tenant_id = ? and status = 'ACTIVE'"
                        + " and concat(',', roles, ',') like ? order by lower(display_name)")
                .params(tenant, "%," + role.name() + ",%")
                .query((rows, n) -> new Colleague(rows.getObject(1, UUID.class), rows.getString(2)))
                .list();
    }

    /** The active users of a tenant with a role, by name, for work the service does itself such as demo data. */
    @Transactional(readOnly = true)
    public List<Colleague> withRole(TenantId tenant, Role role) {
        return jdbc.sql("select id, display_name from app_user where tenant_id = ? and status = 'ACTIVE'"
                        + " and concat(',', roles, ',') like ? order by lower(display_name)")
                .params(tenant.value(), "%," + role.name() + ",%")
                .query((rows, n) -> new Colleague(rows.getObject(1, UUID.class), rows.getString(2)))
                .list();
    }

    /** The email addresses of the active users of a tenant with a role, for notices the service sends itself. */
    @Transactional(readOnly = true)
    public List<String> emailsWithRole(TenantId tenant, Role role) {
        return jdbc.sql("select email from app_user where tenant_id = ? and status = 'ACTIVE'"
                        + " and concat(',', roles, ',') like ? order by email")
                .params(tenant.value(), "%," + role.name() + ",%")
                .query(String.class)
                .list();
    }

    /** The email addresses of those of these users of a tenant who are active, by user. */
    @Transactional(readOnly = true)
    public Map<UUID, String> activeEmails(TenantId tenant, Collection<UUID> userIds) {
        var emails = new HashMap<UUID, String>();
        if (userIds.isEmpty()) {
            return emails;
        }
        jdbc.sql("select id, email from app_user where tenant_id = :tenant and status = 'ACTIVE' and id in (:ids)")
                .param("tenant", tenant.value())
                .param("ids", List.copyOf(userIds))
                .query((rows, n) -> emails.put(rows.getObject(1, UUID.class), rows.getString(2)))
                .list();
        return emails;
    }

    /**
     * Every active user of a council, as the actor they are when signed in, for work the service does for each of
     * them (a daily digest); run it with the system's scope.
     */
    @Transactional(readOnly = true)
    public List<Actor> activeCouncilUsers() {
        return jdbc.sql("select id, tenant_id, roles, display_name from app_user where status = 'ACTIVE'"
                        + " and tenant_id is not null order by tenant_id, id")
                .query((rows, n) -> new Actor(
                        Actor.Kind.USER,
                        rows.getObject(1, UUID.class),
                        new TenantId(rows.getObject(2, UUID.class)),
                        RoleSet.parse(rows.getString(3)).roles(),
                        rows.getString(4)))
                .list();
    }

    /** Whether a user of the current tenant holds a role. */
    @Transactional(readOnly = true)
    public boolean hasRole(UUID userId, Role role) {
        var tenant = actors.requireTenant().value();
        return users.findByIdAndTenantId(userId, tenant)
                .filter(account -> account.status() == UserStatus.ACTIVE)
                .map(account -> account.roles().contains(role))
                .orElse(false);
    }

    /**
     * The names of users (and of the API keys, for what a council's systems recorded) of the current tenant, for showing
     * who did something; unknown ids are left out.
     */
    @Transactional(readOnly = true)
    public Map<UUID, String> names(Collection<UUID> ids) {
        var tenant = actors.require().tenantId();
        var names = new HashMap<UUID, String>();
        if (ids.isEmpty()) {
            return names;
        }
        users.findAllById(ids).forEach(account -> {
            if (tenant == null || tenant.value().equals(account.tenantId())) {
                names.put(account.id(), account.displayName());
            }
        });
        var rest = ids.stream().filter(id -> !names.containsKey(id)).toList();
        if (!rest.isEmpty()) {
            keys.findAllById(rest).forEach(key -> {
                if (tenant == null || tenant.value().equals(key.tenantId())) {
                    names.put(key.id(), key.name());
                }
            });
        }
        return names;
    }
}
