package org.preventduty.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditRetention;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.Actor;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.TenantManagement;
import org.preventduty.identity.TenantScope;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The retention schedule run: what it makes due on a day from every module that takes part, and, for today, deleting
 * it. A dry run may look at any day and says what a legal hold keeps. A real run has each module delete its own records
 * with everything of them, then the people nothing is kept about any more; the audit trail keeps a tombstone of each
 * (kind, id, reference, rule, day) and nothing personal. It runs each night in every council, once across nodes.
 */
@Service
class RetentionRuns {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    /** How many days before a record is deleted the Prevent lead is told. */
    static final int NOTICE_DAYS = 30;

    private final List<RetentionParticipant> participants;
    private final PersonRecords personRecords;
    private final SubjectAccess subjectAccess;
    private final RetentionRules rules;
    private final LegalHolds holds;
    private final TenantManagement tenants;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final AuditRetention auditRetention;
    private final TransactionTemplate transactions;
    private final JdbcClient jdbc;
    private final Clock clock;

    RetentionRuns(
            List<RetentionParticipant> participants,
            PersonRecords personRecords,
            SubjectAccess subjectAccess,
            RetentionRules rules,
            LegalHolds holds,
            TenantManagement tenants,
            CurrentActor actors,
            AuditTrail audit,
            AuditRetention auditRetention,
            TransactionTemplate transactions,
            JdbcClient jdbc,
            Clock clock) {
        this.participants = participants;
        this.personRecords = personRecords;
        this.subjectAccess = subjectAccess;
        this.rules = rules;
        this.holds = holds;
        this.tenants = tenants;
        this.actors = actors;
        this.audit = audit;
        this.auditRetention = auditRetention;
        this.transactions = transactions;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A run's answer.
     *
     * @param due what the schedule makes due and would delete.
     * @param held what would be due but a legal hold keeps.
     * @param deleted how many records were deleted (0 in a dry run).
     * @param auditEvents how many entries of the audit trail are past their period (removed in a real run).
     * @param auditBefore the day before which the audit trail's entries are past their period.
     */
    record Run(
            LocalDate asOf,
            boolean dryRun,
            List<RetentionParticipant.Due> due,
            List<RetentionParticipant.Due> held,
            int deleted,
            long auditEvents,
            LocalDate auditBefore) {}

    /**
     * How many records a change of a rule would make due today that are not due under the rule as it is: what a
     * shorter period deletes at once, which the administrator is told before they confirm it.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    long newlyDue(RecordType type, int keepYears) {
        var tenant = actors.requireTenant().value();
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        var now = rules.keepYears(tenant);
        if (type == RecordType.AUDIT_TRAIL) {
            var council = actors.requireTenant();
            var held = holds.held(tenant);
            return auditRetention.due(
                            council,
                            today.minusYears(keepYears).atStartOfDay(LONDON).toInstant(),
                            held)
                    - auditRetention.due(
                            council,
                            today.minusYears(now.get(type)).atStartOfDay(LONDON).toInstant(),
                            held);
        }
        var then = new java.util.EnumMap<>(now);
        then.put(type, keepYears);
        var before = new java.util.HashSet<java.util.UUID>();
        var after = new java.util.HashSet<java.util.UUID>();
        for (var participant : participants) {
            participant.due(tenant, now, today).stream()
                    .filter(d -> d.recordType() == type)
                    .forEach(d -> before.add(d.id()));
            participant.due(tenant, then, today).stream()
                    .filter(d -> d.recordType() == type)
                    .forEach(d -> after.add(d.id()));
        }
        after.removeAll(before);
        return after.size();
    }

    /**
     * Runs the schedule for a day: a dry run says what is due on any day; a real run, for today only, deletes it.
     *
     * @throws InvalidInputException when no day is given.
     * @throws RuleViolationException when a real run is asked for another day than today.
     */
    // Not read-only: the run is recorded in the audit trail.
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    Run run(boolean dryRun, @Nullable LocalDate asOf) {
        if (asOf == null) {
            throw new InvalidInputException(List.of(new Problem("asOf", "retention.asOf.invalid", "is required")));
        }
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        if (!dryRun && !asOf.equals(today)) {
            throw RuleViolationException.rule("retention.run.notToday", "A real run deletes what is due today only.");
        }
        var actor = actors.require();
        return run(actor.requireTenant(), actor, dryRun, asOf);
    }

    /** Deletes what is due today in every council, as the service itself; run each night, on one node. */
    @Scheduled(cron = "${service.privacy.retention-cron:0 30 2 * * *}", zone = "Europe/London")
    @SchedulerLock(name = "retention", lockAtLeastFor = "PT5M", lockAtMostFor = "PT2H")
    public void deleteEverywhere() {
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        var councils = TenantScope.asSystem(tenants::allForJobs);
        for (var council : councils) {
            TenantScope.asSystem(() -> transactions.execute(status -> run(council, Actor.SYSTEM, false, today)));
        }
    }

    private Run run(TenantId council, Actor actor, boolean dryRun, LocalDate asOf) {
        var tenant = council.value();
        var years = rules.keepYears(tenant);
        var held = holds.held(tenant);
        var extended = extendedOn(tenant, asOf);
        var due = new ArrayList<RetentionParticipant.Due>();
        var kept = new ArrayList<RetentionParticipant.Due>();
        var byParticipant = new java.util.LinkedHashMap<RetentionParticipant, List<RetentionParticipant.Due>>();
        for (var participant : participants) {
            var mine = new ArrayList<RetentionParticipant.Due>();
            for (var record : participant.due(tenant, years, asOf)) {
                if (extended.contains(record.id())) {
                    continue;
                }
                (record.personId() != null && held.contains(record.personId()) ? kept : mine).add(record);
            }
            due.addAll(mine);
            byParticipant.put(participant, mine);
        }
        Comparator<RetentionParticipant.Due> order = Comparator.comparing(RetentionParticipant.Due::dueOn)
                .thenComparing(RetentionParticipant.Due::reference);
        due.sort(order);
        kept.sort(order);
        // The audit trail's own rows: a chain's oldest, up to the first still in its period or about a held person.
        var auditBefore = asOf.minusYears(years.get(RecordType.AUDIT_TRAIL));
        var auditCutoff = auditBefore.atStartOfDay(LONDON).toInstant();
        if (dryRun) {
            var auditDue = auditRetention.due(council, auditCutoff, held);
            audit.recordAs(
                    actor,
                    council,
                    AuditRecord.of("RETENTION_DRY_RUN", "RETENTION_RUN", asOf.toString())
                            .withDetail(due.size() + " due, " + kept.size() + " held, " + auditDue + " audit entries"));
            return new Run(asOf, true, List.copyOf(due), List.copyOf(kept), 0, auditDue, auditBefore);
        }
        var people = new java.util.LinkedHashSet<java.util.UUID>();
        byParticipant.forEach((participant, records) -> {
            if (records.isEmpty()) {
                return;
            }
            participant.delete(tenant, records);
            for (var record : records) {
                if (record.personId() != null) {
                    people.add(record.personId());
                }
                // A tombstone: what kind of record, which, its reference, the rule that deleted it and when it was due.
                audit.recordAs(
                        actor,
                        council,
                        AuditRecord.of("RECORD_DELETED", record.recordType().name(), record.id())
                                .withDetail(record.reference() + "; kept " + years.get(record.recordType())
                                        + " years from " + record.recordType().from() + "; due " + record.dueOn()));
            }
        });
        var erased = 0;
        for (var person : people) {
            if (participants.stream().noneMatch(participant -> participant.keeps(tenant, person))) {
                personRecords.erase(tenant, person);
                subjectAccess.forget(tenant, person);
                holds.forget(tenant, person);
                audit.recordAs(actor, council, AuditRecord.of("PERSON_DELETED", "PERSON", person));
                erased++;
            }
        }
        // The purge is itself recorded, before it, in the trail that stays.
        var auditPurged = 0L;
        var auditDue = auditRetention.due(council, auditCutoff, held);
        if (auditDue > 0) {
            audit.recordAs(
                    actor,
                    council,
                    AuditRecord.of("AUDIT_TRAIL_PURGED", "AUDIT_TRAIL", auditBefore.toString())
                            .withDetail(auditDue + " entries from before " + auditBefore));
            auditPurged = auditRetention.purge(council, auditCutoff, held);
        }
        audit.recordAs(
                actor,
                council,
                AuditRecord.of("RETENTION_RUN", "RETENTION_RUN", asOf.toString())
                        .withDetail(due.size() + " deleted, " + erased + " people, " + kept.size() + " held, "
                                + auditPurged + " audit entries before " + auditBefore));
        return new Run(asOf, false, List.copyOf(due), List.copyOf(kept), due.size(), auditPurged, auditBefore);
    }

    /** The records a Prevent lead kept past a day. */
    private java.util.Set<java.util.UUID> extendedOn(java.util.UUID tenant, LocalDate day) {
        return new java.util.HashSet<>(
                jdbc.sql("select record_id from retention_extension where tenant_id = ? and kept_until > ?")
                        .params(tenant, day)
                        .query(java.util.UUID.class)
                        .list());
    }

    /**
     * What the schedule will delete in the next {@value #NOTICE_DAYS} days (or is due now), not held and not kept on,
     * for the Prevent lead to see before it goes.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    List<RetentionParticipant.Due> upcoming() {
        return upcoming(actors.requireTenant());
    }

    List<RetentionParticipant.Due> upcoming(TenantId council) {
        var tenant = council.value();
        var today = LocalDate.ofInstant(clock.instant(), LONDON);
        var years = rules.keepYears(tenant);
        var held = holds.held(tenant);
        var extended = extendedOn(tenant, today);
        var soon = new ArrayList<RetentionParticipant.Due>();
        for (var participant : participants) {
            for (var record : participant.due(tenant, years, today.plusDays(NOTICE_DAYS))) {
                if (!extended.contains(record.id())
                        && (record.personId() == null || !held.contains(record.personId()))) {
                    soon.add(record);
                }
            }
        }
        soon.sort(Comparator.comparing(RetentionParticipant.Due::dueOn)
                .thenComparing(RetentionParticipant.Due::reference));
        return soon;
    }

    /**
     * Keeps one record a year past today, for a stated reason.
     *
     * @throws InvalidInputException when the reason is missing or too long.
     * @throws NotFoundException when the record is not one the schedule will delete soon.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    LocalDate extend(java.util.UUID recordId, @Nullable String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidInputException(
                    List.of(new Problem("reason", "retention.extend.reason.blank", "say why it is kept")));
        }
        if (reason.length() > 2000) {
            throw new InvalidInputException(
                    List.of(new Problem("reason", "retention.extend.reason.long", "must be at most 2,000 characters")));
        }
        var actor = actors.require();
        var record = upcoming(actor.requireTenant()).stream()
                .filter(due -> due.id().equals(recordId))
                .findFirst()
                .orElseThrow(() -> new org.preventduty.shared.NotFoundException("Record due for deletion"));
        var until = LocalDate.ofInstant(clock.instant(), LONDON).plusYears(1);
        jdbc.sql(
                        "insert into retention_extension (id, tenant_id, record_type, record_id, reference, kept_until, reason,"
                                + " extended_by, extended_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        java.util.UUID.randomUUID(),
                        actor.requireTenant().value(),
                        record.recordType().name(),
                        record.id(),
                        record.reference(),
                        until,
                        reason.strip(),
                        actor.id(),
                        java.sql.Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("RETENTION_EXTENDED", record.recordType().name(), record.id())
                .withDetail(record.reference() + "; kept until " + until));
        return until;
    }
}
