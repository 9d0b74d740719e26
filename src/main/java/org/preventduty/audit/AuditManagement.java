package org.preventduty.audit;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.UserManagement;
import org.preventduty.shared.Paged;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What auditors do with the trail of their tenant: search it, see who has accessed a record or a person, and verify
 * its chain. Every use is itself audited.
 */
@Service
public class AuditManagement {

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail trail;
    private final AuditVerifier verifier;
    private final UserManagement users;

    AuditManagement(
            JdbcClient jdbc, CurrentActor actors, AuditTrail trail, AuditVerifier verifier, UserManagement users) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.trail = trail;
        this.verifier = verifier;
        this.users = users;
    }

    /** A page of the tenant's trail matching the query, newest first. */
    @Transactional
    @PreAuthorize("hasRole('AUDITOR')")
    public Paged<AuditEventView> search(AuditQuery query, int page, int size) {
        Paged.check(page, size);
        var result = find(query, page, size);
        trail.record(new AuditRecord("AUDIT_SEARCHED", AuditOutcome.SUCCESS, null, null, null, query.describe()));
        return result;
    }

    /** Who has done what with one record: its access log, newest first. */
    @Transactional
    @PreAuthorize("hasRole('AUDITOR')")
    public Paged<AuditEventView> accessLog(String subjectType, String subjectId, int page, int size) {
        Paged.check(page, size);
        var result = find(new AuditQuery(null, null, subjectType, subjectId, null, null, null), page, size);
        trail.record(AuditRecord.of("AUDIT_ACCESS_LOG_VIEWED", subjectType, subjectId));
        return result;
    }

    /** Who has accessed records about one person, newest first. */
    @Transactional
    @PreAuthorize("hasRole('AUDITOR')")
    public Paged<AuditEventView> personAccessLog(UUID personId, int page, int size) {
        Paged.check(page, size);
        var result = find(new AuditQuery(null, null, null, null, personId, null, null), page, size);
        trail.record(
                AuditRecord.of("AUDIT_ACCESS_LOG_VIEWED", "PERSON", personId).about(personId));
        return result;
    }

    /** The actions found in the tenant's trail, for the search form. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('AUDITOR')")
    public List<String> actions() {
        return jdbc.sql("select distinct action from audit_event where tenant_id = ? order by action")
                .param(actors.requireTenant().value())
                .query(String.class)
                .list();
    }

    /** Walks the tenant's chain and reports the first broken link. */
    @Transactional
    @PreAuthorize("hasRole('AUDITOR')")
    public ChainVerification verifyTenant() {
        var tenant = actors.requireTenant().value();
        var result = verifier.verify(AuditEntry.chainOf(tenant));
        trail.record(new AuditRecord(
                "AUDIT_VERIFIED",
                result.intact() ? AuditOutcome.SUCCESS : AuditOutcome.FAILURE,
                null,
                null,
                null,
                "rows=" + result.rowsChecked()));
        return result;
    }

    /** Walks every chain; for the command line, which runs as the system across tenants. */
    @Transactional(readOnly = true)
    ChainVerification verifyAll() {
        return verifier.verify(null);
    }

    private Paged<AuditEventView> find(AuditQuery query, int page, int size) {
        var tenant = actors.requireTenant().value();
        var where = new StringBuilder(" from audit_event where tenant_id = :tenant");
        var params = new HashMap<String, Object>();
        params.put("tenant", tenant);
        if (query.actorId() != null) {
            where.append(" and actor_id = :actor");
            params.put("actor", query.actorId());
        }
        if (query.action() != null && !query.action().isBlank()) {
            where.append(" and action = :action");
            params.put("action", query.action());
        }
        if (query.subjectType() != null && !query.subjectType().isBlank()) {
            where.append(" and subject_type = :subjectType");
            params.put("subjectType", query.subjectType());
        }
        if (query.subjectId() != null && !query.subjectId().isBlank()) {
            where.append(" and subject_id = :subjectId");
            params.put("subjectId", query.subjectId());
        }
        if (query.personId() != null) {
            where.append(" and person_id = :person");
            params.put("person", query.personId());
        }
        if (query.from() != null) {
            where.append(" and occurred_at >= :from");
            params.put("from", query.from().atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        if (query.to() != null) {
            where.append(" and occurred_at < :to");
            params.put("to", query.to().plusDays(1).atStartOfDay().atOffset(ZoneOffset.UTC));
        }
        long total = jdbc.sql("select count(*)" + where)
                .params(params)
                .query(Long.class)
                .single();
        var pageParams = new HashMap<>(params);
        pageParams.put("size", size);
        pageParams.put("offset", Paged.offset(page, size));
        var entries = jdbc.sql("select *" + where + " order by occurred_at desc, seq desc limit :size offset :offset")
                .params(pageParams)
                .query((rows, n) -> AuditLog.map(rows))
                .list();
        var userIds = new HashSet<UUID>();
        entries.stream().filter(e -> e.actorKind().equals("USER")).forEach(e -> userIds.add(e.actorId()));
        Map<UUID, String> names = userIds.isEmpty() ? Map.of() : users.displayNames(userIds);
        var views = new ArrayList<AuditEventView>();
        for (var e : entries) {
            views.add(new AuditEventView(
                    e.id(),
                    e.occurredAt(),
                    e.actorKind(),
                    e.actorId(),
                    names.get(e.actorId()),
                    e.action(),
                    e.outcome(),
                    e.subjectType(),
                    e.subjectId(),
                    e.personId(),
                    e.clientAddress(),
                    e.detail()));
        }
        return new Paged<>(views, page, size, total);
    }
}
