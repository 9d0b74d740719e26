package org.preventduty.audit;

import org.preventduty.identity.SecurityEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Writes the security events of the identity module to the audit trail, synchronously, inside the transaction that
 * published them.
 */
@Component
class SecurityEventsAudit {

    private final AuditTrail trail;

    SecurityEventsAudit(AuditTrail trail) {
        this.trail = trail;
    }

    @EventListener
    void on(SecurityEvent event) {
        trail.recordAs(
                event.actor(),
                event.tenantId(),
                new AuditRecord(
                        event.type().name(),
                        AuditOutcome.valueOf(event.outcome().name()),
                        event.subjectType(),
                        event.subjectId() == null ? null : event.subjectId().toString(),
                        null,
                        event.detail()));
    }
}
