package org.preventduty.identity;

import java.io.Serial;
import java.io.Serializable;
import java.security.Principal;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;

/** The principal of an API request: the service account of the API key that authenticated it. */
record ApiClient(UUID keyId, @Nullable UUID tenantId, String name, Set<Role> roles) implements Principal, Serializable {

    @Serial
    private static final long serialVersionUID = 1L;

    @Override
    public String getName() {
        return "api-key:" + keyId;
    }

    Actor actor() {
        return new Actor(
                Actor.Kind.API_KEY, keyId, tenantId == null ? null : new TenantId(tenantId), roles, "API key " + keyId);
    }
}
