package org.preventduty.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.TenantId;
import org.preventduty.tasks.Notifications;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Break-glass: someone with a case role but no relationship to a case opens it for a stated reason, having given their
 * second factor again, for at most 60 minutes. Every read in that window is marked in the audit trail; the council's
 * Prevent leads are emailed and have a task to review it, recording whether the access was justified. API keys cannot
 * break glass.
 */
@Service
public class BreakGlass {

    static final Duration WINDOW = Duration.ofMinutes(60);

    private final JdbcClient jdbc;
    // Found when used: the module that keeps the cases asks this service in turn who has broken glass.
    private final ObjectProvider<BreakGlassCases> cases;
    private final UserDirectory users;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final ApplicationEventPublisher events;
    private final Notifications notices;
    private final Clock clock;

    BreakGlass(
            JdbcClient jdbc,
            ObjectProvider<BreakGlassCases> cases,
            UserDirectory users,
            CurrentActor actors,
            AuditTrail audit,
            ApplicationEventPublisher events,
            Notifications notices,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.users = users;
        this.actors = actors;
        this.audit = audit;
        this.events = events;
        this.notices = notices;
        this.clock = clock;
    }

    /** Whether someone has a break-glass window open on a case now. */
    @Transactional(readOnly = true)
    public boolean open(UUID tenant, UUID caseId, UUID userId) {
        var open = jdbc.sql("select count(*) from break_glass where tenant_id = ? and case_id = ? and user_id = ?"
                        + " and expires_at > ?")
                .params(tenant, caseId, userId, Timestamp.from(clock.instant()))
                .query(Long.class)
                .single();
        return open > 0;
    }

    /**
     * Opens a case for 60 minutes. The second factor is checked by the page before.
     *
     * @throws AccessDeniedException when an API key asks.
     * @throws InvalidInputException when the reference or the reason is missing, or the council has no such case.
     * @throws RuleViolationException when the person may see the case already.
     */
    @Transactional
    @PreAuthorize("hasAnyRole('CASE_WORKER', 'PANEL_MEMBER')")
    UUID openGlass(@Nullable String reference, @Nullable String reason) {
        var actor = actors.require();
        if (actor.kind() != Actor.Kind.USER) {
            throw new AccessDeniedException("Only a person signed in with a second factor may break glass");
        }
        var tenant = actor.requireTenant().value();
        var problems = new java.util.ArrayList<Problem>();
        UUID caseId = null;
        if (reference == null || reference.isBlank()) {
            problems.add(new Problem("reference", "breakGlass.reference.blank", "is required"));
        } else {
            caseId = cases.getObject().byReference(tenant, reference.strip()).orElse(null);
            if (caseId == null) {
                problems.add(new Problem("reference", "breakGlass.reference.unknown", "names no case of the council"));
            }
        }
        if (reason == null || reason.isBlank()) {
            problems.add(new Problem("reason", "breakGlass.reason.blank", "is required"));
        } else if (reason.length() > 2000) {
            problems.add(new Problem("reason", "breakGlass.reason.long", "must be at most 2,000 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        if (cases.getObject().visible(actor, caseId)) {
            throw RuleViolationException.rule("breakGlass.visible", "You can already see this case.");
        }
        var id = UUID.randomUUID();
        var now = clock.instant();
        jdbc.sql("insert into break_glass (id, tenant_id, case_id, case_reference, user_id, reason, opened_at,"
                        + " expires_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        tenant,
                        caseId,
                        reference.strip(),
                        actor.id(),
                        reason.strip(),
                        Timestamp.from(now),
                        Timestamp.from(now.plus(WINDOW)))
                .update();
        audit.record(
                AuditRecord.of("BREAK_GLASS_OPENED", "CHANNEL_CASE", caseId).withDetail("for 60 minutes"));
        events.publishEvent(new BreakGlassOpened(actor.requireTenant(), id));
        return caseId;
    }

    @ApplicationModuleListener
    void on(BreakGlassOpened opened) {
        notices.toRoleAsSystem(
                opened.tenantId(),
                org.preventduty.identity.Role.PREVENT_LEAD,
                org.preventduty.tasks.Notice.BREAK_GLASS,
                "/privacy/break-glass",
                "break-glass:" + opened.grantId());
    }

    /** An opening of a case by breaking glass, with its review. */
    record Opening(
            UUID id,
            UUID caseId,
            String caseReference,
            String who,
            String reason,
            Instant openedAt,
            Instant expiresAt,
            @Nullable Boolean justified,
            @Nullable String reviewNote,
            @Nullable String reviewedBy) {

        public boolean reviewed() {
            return justified != null;
        }
    }

    /** A page of the council's openings, those awaiting review first, then the most recent. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    Paged<Opening> list(int page, int size) {
        var tenant = actors.requireTenant().value();
        var total = jdbc.sql("select count(*) from break_glass where tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        return new Paged<>(openings(tenant, false, size, Paged.offset(page, size)), page, size, total);
    }

    /** The council's openings awaiting review, for the leads' tasks. */
    List<Opening> awaitingReview(TenantId tenant) {
        return openings(tenant.value(), true, Integer.MAX_VALUE, 0);
    }

    private List<Opening> openings(UUID tenant, boolean awaitingOnly, int limit, long offset) {
        var rows = jdbc.sql("select id, case_id, case_reference, user_id, reason, opened_at, expires_at, justified,"
                        + " review_note, reviewed_by from break_glass where tenant_id = ?"
                        + (awaitingOnly ? " and justified is null" : "")
                        + " order by case when justified is null then 0 else 1 end, opened_at desc, id"
                        + " limit ? offset ?")
                .params(tenant, limit, offset)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getString(5),
                    rs.getTimestamp(6).toInstant(),
                    rs.getTimestamp(7).toInstant(),
                    (Boolean) rs.getObject(8),
                    rs.getString(9),
                    rs.getObject(10, UUID.class)
                })
                .list();
        var ids = new java.util.HashSet<UUID>();
        rows.forEach(row -> {
            ids.add((UUID) row[3]);
            if (row[9] != null) {
                ids.add((UUID) row[9]);
            }
        });
        var names = users.names(ids);
        return rows.stream()
                .map(row -> new Opening(
                        (UUID) row[0],
                        (UUID) row[1],
                        (String) row[2],
                        names.getOrDefault((UUID) row[3], ""),
                        (String) row[4],
                        (Instant) row[5],
                        (Instant) row[6],
                        (Boolean) row[7],
                        (String) row[8],
                        row[9] == null ? null : names.getOrDefault((UUID) row[9], "")))
                .toList();
    }

    /**
     * Records whether an opening was justified.
     *
     * @throws NotFoundException when the council has no such opening.
     * @throws InvalidInputException when no answer is given, or the note is too long.
     * @throws RuleViolationException when it was reviewed already.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    void review(UUID id, @Nullable Boolean justified, @Nullable String note) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var reviewed = jdbc.sql("select justified is not null from break_glass where tenant_id = ? and id = ?")
                .params(tenant, id)
                .query(Boolean.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Break-glass access"));
        if (justified == null) {
            throw new InvalidInputException(
                    List.of(new Problem("justified", "breakGlass.justified.blank", "is required")));
        }
        if (note != null && note.length() > 2000) {
            throw new InvalidInputException(
                    List.of(new Problem("note", "breakGlass.note.long", "must be at most 2,000 characters")));
        }
        if (reviewed) {
            throw RuleViolationException.rule("breakGlass.reviewed", "This access was reviewed already.");
        }
        jdbc.sql("update break_glass set justified = ?, review_note = ?, reviewed_by = ?, reviewed_at = ?"
                        + " where tenant_id = ? and id = ? and justified is null")
                .params(
                        justified,
                        note == null || note.isBlank() ? null : note.strip(),
                        actor.id(),
                        Timestamp.from(clock.instant()),
                        tenant,
                        id)
                .update();
        audit.record(AuditRecord.of("BREAK_GLASS_REVIEWED", "BREAK_GLASS", id)
                .withDetail(justified ? "justified" : "not justified"));
    }
}
