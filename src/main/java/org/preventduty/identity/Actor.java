package org.preventduty.identity;

import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;

/**
 * Who is acting: a signed-in user, an API key's service account, or the system itself (jobs, start-up).
 *
 * @param kind what kind of actor.
 * @param id the user's or the API key's id; a fixed id for the system.
 * @param tenantId the tenant acted in, {@literal null} for national actors and the system.
 * @param roles the roles held.
 * @param label a short description for logs and audit pages, never a secret.
 */
public record Actor(Kind kind, UUID id, @Nullable TenantId tenantId, Set<Role> roles, String label) {

    /** The id under which the system itself acts. */
    public static final UUID SYSTEM_ID = new UUID(0, 0);

    public static final Actor SYSTEM = new Actor(Kind.SYSTEM, SYSTEM_ID, null, Set.of(), "system");

    public Actor {
        roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
        return roles.contains(role);
    }

    public boolean hasAny(Role... any) {
        for (var role : any) {
            if (roles.contains(role)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The tenant acted in.
     *
     * @throws org.springframework.security.access.AccessDeniedException when the actor belongs to no tenant.
     */
    public TenantId requireTenant() {
        if (tenantId == null) {
            throw new org.springframework.security.access.AccessDeniedException("The actor belongs to no tenant");
        }
        return tenantId;
    }

    /** The kinds of actor. */
    public enum Kind {
        USER,
        API_KEY,
        SYSTEM
    }
}
