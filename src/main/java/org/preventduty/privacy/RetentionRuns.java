package org.preventduty.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.RuleViolationException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the retention schedule makes due on a day, from every module that takes part: a dry run may look at any day,
 * and says what a legal hold keeps.
 */
@Service
class RetentionRuns {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final List<RetentionParticipant> participants;
    private final RetentionRules rules;
    private final LegalHolds holds;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionRuns(
            List<RetentionParticipant> participants,
            RetentionRules rules,
            LegalHolds holds,
            CurrentActor actors,
            AuditTrail audit,
            Clock clock) {
        this.participants = participants;
        this.rules = rules;
        this.holds = holds;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A run's answer.
     *
     * @param due what the schedule makes due and would delete.
     * @param held what would be due but a legal hold keeps.
     * @param deleted how many records were deleted (0 in a dry run).
     */
    record Run(
            LocalDate asOf,
            boolean dryRun,
            List<RetentionParticipant.Due> due,
            List<RetentionParticipant.Due> held,
            int deleted) {}

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
     * Runs the schedule for a day.
     *
     * @throws InvalidInputException when no day is given.
     * @throws RuleViolationException when a real run is asked for: deletion is not yet available, so only a dry run
     *     says what the schedule makes due.
     */
    // Not read-only: the dry run is recorded in the audit trail.
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
        if (!dryRun) {
            throw RuleViolationException.rule(
                    "retention.run.dryOnly", "Records are not yet deleted by a run: ask for a dry run.");
        }
        var tenant = actors.requireTenant().value();
        var years = rules.keepYears(tenant);
        var held = holds.held(tenant);
        var due = new ArrayList<RetentionParticipant.Due>();
        var kept = new ArrayList<RetentionParticipant.Due>();
        for (var participant : participants) {
            for (var record : participant.due(tenant, years, asOf)) {
                (record.personId() != null && held.contains(record.personId()) ? kept : due).add(record);
            }
        }
        Comparator<RetentionParticipant.Due> order = Comparator.comparing(RetentionParticipant.Due::dueOn)
                .thenComparing(RetentionParticipant.Due::reference);
        due.sort(order);
        kept.sort(order);
        audit.record(AuditRecord.of("RETENTION_DRY_RUN", "RETENTION_RUN", asOf.toString())
                .withDetail(due.size() + " due, " + kept.size() + " held"));
        return new Run(asOf, true, List.copyOf(due), List.copyOf(kept), 0);
    }
}
