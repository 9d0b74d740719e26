package org.preventduty.privacy;

import java.util.Optional;
import java.util.UUID;
import org.preventduty.identity.Actor;

/** The cases break-glass may open; the module that keeps Channel cases declares it as a bean. */
public interface BreakGlassCases {

    /** The case of a council with a reference, if there is one. */
    Optional<UUID> byReference(UUID tenant, String reference);

    /** Whether the actor may already see the case without breaking glass. */
    boolean visible(Actor actor, UUID caseId);
}
