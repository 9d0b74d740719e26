package org.preventduty.identity;

import java.util.Optional;
import org.preventduty.shared.TenantId;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** Tells who is acting in the current request or job. */
@Component
public class CurrentActor {

    /** The actor of the current request, empty when nobody is signed in. */
    public Optional<Actor> current() {
        return of(SecurityContextHolder.getContext().getAuthentication());
    }

    /**
     * The actor of the current request.
     *
     * @throws AccessDeniedException when nobody is signed in.
     */
    public Actor require() {
        return current().orElseThrow(() -> new AccessDeniedException("Nobody is signed in"));
    }

    /**
     * The tenant of the current actor.
     *
     * @throws AccessDeniedException when nobody is signed in or the actor belongs to no tenant.
     */
    public TenantId requireTenant() {
        return require().requireTenant();
    }

    static Optional<Actor> of(Authentication authentication) {
        if (authentication == null) {
            return Optional.empty();
        }
        var principal = authentication.getPrincipal();
        if (principal instanceof SignedInUser user) {
            return Optional.of(user.actor());
        }
        if (principal instanceof ApiClient client) {
            return Optional.of(client.actor());
        }
        return Optional.empty();
    }
}
