package org.preventduty.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Legal holds: a Prevent lead holds everything of a person for a tribunal, a complaint or a review, and nothing of
 * theirs is deleted while the hold stands. Placing and lifting are audited.
 */
@Service
class LegalHolds {

    static final int MOST_REASON = 2000;

    private final JdbcClient jdbc;
    private final PersonRecords people;
    private final UserDirectory users;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    LegalHolds(
            JdbcClient jdbc,
            PersonRecords people,
            UserDirectory users,
            CurrentActor actors,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.people = people;
        this.users = users;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A hold.
     *
     * @param personName the person's name, for the Prevent lead's list.
     * @param liftedAt when it was lifted, or {@literal null} while it holds.
     */
    record Hold(
            UUID id,
            UUID personId,
            String personName,
            String reason,
            String placedBy,
            Instant placedAt,
            @Nullable String liftedBy,
            @Nullable Instant liftedAt) {

        public boolean holds() {
            return liftedAt == null;
        }
    }

    /** A page of the council's holds, those standing first, then the most recent. */
    // Not read-only: the read is recorded in the audit trail.
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    Paged<Hold> list(int page, int size) {
        var tenant = actors.requireTenant().value();
        var total = jdbc.sql("select count(*) from legal_hold where tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        var rows = jdbc.sql("select id, person_id, reason, placed_by, placed_at, lifted_by, lifted_at from legal_hold"
                        + " where tenant_id = ? order by case when lifted_at is null then 0 else 1 end, placed_at desc,"
                        + " id limit ? offset ?")
                .params(tenant, size, Paged.offset(page, size))
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getObject(2, UUID.class),
                    rs.getString(3),
                    rs.getObject(4, UUID.class),
                    rs.getTimestamp(5).toInstant(),
                    rs.getObject(6, UUID.class),
                    rs.getTimestamp(7) == null ? null : rs.getTimestamp(7).toInstant()
                })
                .list();
        var ids = new java.util.HashSet<UUID>();
        rows.forEach(row -> {
            ids.add((UUID) row[3]);
            if (row[5] != null) {
                ids.add((UUID) row[5]);
            }
        });
        var names = users.names(ids);
        audit.record(AuditRecord.of("LEGAL_HOLDS_LISTED", "LEGAL_HOLD", "all")
                .withDetail("page=" + page + ", count=" + rows.size()));
        var items = rows.stream()
                .map(row -> new Hold(
                        (UUID) row[0],
                        (UUID) row[1],
                        people.name(tenant, (UUID) row[1]).orElse(""),
                        (String) row[2],
                        names.getOrDefault((UUID) row[3], ""),
                        (Instant) row[4],
                        row[5] == null ? null : names.getOrDefault((UUID) row[5], ""),
                        (Instant) row[6]))
                .toList();
        return new Paged<>(items, page, size, total);
    }

    /** The hold standing on a person, if there is one. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    @Nullable
    UUID standing(UUID personId) {
        return jdbc.sql("select id from legal_hold where tenant_id = ? and person_id = ? and lifted_at is null")
                .params(actors.requireTenant().value(), personId)
                .query(UUID.class)
                .optional()
                .orElse(null);
    }

    /** The people of a council with a hold standing. */
    Set<UUID> held(UUID tenant) {
        return jdbc
                .sql("select person_id from legal_hold where tenant_id = ? and lifted_at is null")
                .param(tenant)
                .query(UUID.class)
                .list()
                .stream()
                .collect(Collectors.toSet());
    }

    /**
     * Places a hold on a person of the council.
     *
     * @throws NotFoundException when the council has no such person.
     * @throws InvalidInputException when the reason is missing or too long.
     * @throws RuleViolationException when a hold already stands on them.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    UUID place(UUID personId, @Nullable String reason) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        people.name(tenant, personId).orElseThrow(() -> new NotFoundException("Person"));
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(
                    List.of(new Problem("reason", "hold.reason.blank", "say why the hold is needed")));
        }
        if (reason.length() > MOST_REASON) {
            throw new InvalidInputException(
                    List.of(new Problem("reason", "hold.reason.long", "must be at most 2,000 characters")));
        }
        if (standing(personId) != null) {
            throw RuleViolationException.rule("hold.already", "A legal hold already stands on this person.");
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into legal_hold (id, tenant_id, person_id, reason, placed_by, placed_at)"
                        + " values (?, ?, ?, ?, ?, ?)")
                .params(id, tenant, personId, reason.strip(), actor.id(), Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("LEGAL_HOLD_PLACED", "LEGAL_HOLD", id).about(personId));
        return id;
    }

    /**
     * Lifts the hold standing on a person.
     *
     * @throws NotFoundException when the council has no such person or no hold stands on them.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    void lift(UUID personId) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var hold = standing(personId);
        if (hold == null) {
            throw new NotFoundException("Legal hold");
        }
        jdbc.sql(
                        "update legal_hold set lifted_by = ?, lifted_at = ? where tenant_id = ? and id = ? and lifted_at is null")
                .params(actor.id(), Timestamp.from(clock.instant()), tenant, hold)
                .update();
        audit.record(AuditRecord.of("LEGAL_HOLD_LIFTED", "LEGAL_HOLD", hold).about(personId));
    }

    /** Deletes the lifted holds of a person whose records are all deleted (a standing hold keeps the records). */
    void forget(UUID tenant, UUID personId) {
        jdbc.sql("delete from legal_hold where tenant_id = ? and person_id = ? and lifted_at is not null")
                .params(tenant, personId)
                .update();
    }
}
