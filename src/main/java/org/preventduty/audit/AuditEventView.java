package org.preventduty.audit;

import java.time.Instant;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * A row of the audit trail as an auditor sees it.
 *
 * @param id the row's id.
 * @param occurredAt when.
 * @param actorKind a user, an API key or the system.
 * @param actorId the actor's id.
 * @param actorName the user's name, when the actor is a user of the tenant.
 * @param action what was done.
 * @param outcome whether it succeeded.
 * @param subjectType the kind of record.
 * @param subjectId the record.
 * @param personId the person the record is about.
 * @param clientAddress the address the request came from.
 * @param detail a short note.
 */
public record AuditEventView(
        UUID id,
        Instant occurredAt,
        String actorKind,
        UUID actorId,
        @Nullable String actorName,
        String action,
        String outcome,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable UUID personId,
        @Nullable String clientAddress,
        @Nullable String detail) {}
