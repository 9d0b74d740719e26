package org.preventduty.audit;

import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.web.RefusedAsNotFound;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Records in the audit trail every request of a known actor answered "not found": a record of another council, or one
 * hidden from them, answers as one that does not exist, and is refused all the same.
 */
@Component
class NotFoundRefusalsAudit {

    private final AuditTrail trail;
    private final CurrentActor actors;

    NotFoundRefusalsAudit(AuditTrail trail, CurrentActor actors) {
        this.trail = trail;
        this.actors = actors;
    }

    @EventListener
    void on(RefusedAsNotFound refusal) {
        if (actors.current().isPresent()) {
            trail.record(new AuditRecord(
                    "NOT_FOUND", AuditOutcome.DENIED, "REQUEST", null, null, refusal.method() + " " + refusal.path()));
        }
    }
}
