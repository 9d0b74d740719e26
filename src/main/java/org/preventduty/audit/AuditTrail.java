package org.preventduty.audit;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.SecretBox;
import org.preventduty.shared.TenantId;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The audit trail's API. Modules call it inside their own transaction, for every read and write of personal data, so
 * that the row commits or rolls back with the change it records, and a read is recorded before data is returned. If
 * the row cannot be written, the caller's transaction fails: nothing is read or changed without its record.
 */
@Service
public class AuditTrail {

    private final AuditLog log;
    private final CurrentActor actors;
    private final Clock clock;

    AuditTrail(AuditLog log, CurrentActor actors, Clock clock) {
        this.log = log;
        this.actors = actors;
        this.clock = clock;
    }

    /**
     * Records an action of the current actor in their tenant.
     *
     * @throws org.springframework.security.access.AccessDeniedException when nobody is acting.
     */
    @Transactional
    public void record(AuditRecord record) {
        var actor = actors.require();
        append(actor, actor.tenantId(), record);
    }

    /** Records that the current actor viewed a record about a person. */
    @Transactional
    public void recordAccess(String subjectType, Object subjectId, @Nullable UUID personId) {
        record(new AuditRecord(
                subjectType + "_VIEWED", AuditOutcome.SUCCESS, subjectType, String.valueOf(subjectId), personId, null));
    }

    /**
     * Records an action of a given actor in a given tenant, for events where the actor is not the signed-in one (a
     * failed sign-in, the system).
     */
    @Transactional
    public void recordAs(Actor actor, @Nullable TenantId tenantId, AuditRecord record) {
        append(actor, tenantId, record);
    }

    private void append(Actor actor, @Nullable TenantId tenantId, AuditRecord record) {
        var request = currentRequest();
        var tenant = tenantId == null ? null : tenantId.value();
        log.append(new AuditEntry(
                UUID.randomUUID(),
                AuditEntry.chainOf(tenant),
                0,
                tenant,
                clock.instant(),
                actor.kind().name(),
                actor.id(),
                record.action(),
                record.outcome().name(),
                record.subjectType(),
                record.subjectId(),
                record.personId(),
                request == null ? null : address(request),
                request == null ? null : sessionHash(request),
                record.detail(),
                AuditEntry.GENESIS,
                ""));
    }

    private static @Nullable HttpServletRequest currentRequest() {
        return RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes
                ? attributes.getRequest()
                : null;
    }

    private static String address(HttpServletRequest request) {
        var address = request.getRemoteAddr();
        return address == null ? null : address.length() > 64 ? address.substring(0, 64) : address;
    }

    private static @Nullable String sessionHash(HttpServletRequest request) {
        var session = request.getSession(false);
        return session == null ? null : SecretBox.sha256Hex(session.getId()).substring(0, 16);
    }
}
