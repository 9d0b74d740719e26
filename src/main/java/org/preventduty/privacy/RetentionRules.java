package org.preventduty.privacy;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A council's retention schedule: how long each kind of record is kept, from which day. Changes are audited. */
@Service
class RetentionRules {

    static final int FEWEST_YEARS = 1;
    static final int MOST_YEARS = 100;

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    RetentionRules(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * A rule of the schedule.
     *
     * @param keepYears the years kept; 0 for referral drafts, kept {@code keepDays}.
     * @param keepDays the days kept, for referral drafts only.
     * @param from the day the period is counted from.
     * @param version the version to send back with a change, 0 while the council keeps the default.
     * @param changedAt when the council last changed it, if it has.
     */
    record Rule(
            RecordType recordType,
            int keepYears,
            @Nullable Integer keepDays,
            String from,
            boolean changeable,
            int version,
            @Nullable Instant changedAt) {}

    /** The council's schedule, every kind of record in order. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'PREVENT_LEAD')")
    List<Rule> list() {
        return of(actors.requireTenant().value());
    }

    /** The years a council keeps each kind of record, for the retention run. */
    Map<RecordType, Integer> keepYears(java.util.UUID tenant) {
        var years = new EnumMap<RecordType, Integer>(RecordType.class);
        of(tenant).forEach(rule -> years.put(rule.recordType(), rule.keepYears()));
        return years;
    }

    private List<Rule> of(java.util.UUID tenant) {
        var kept = new EnumMap<RecordType, Object[]>(RecordType.class);
        jdbc.sql("select record_type, keep_years, version, updated_at from retention_rule where tenant_id = ?")
                .param(tenant)
                .query((rs, n) -> kept.put(RecordType.valueOf(rs.getString(1)), new Object[] {
                    rs.getInt(2), rs.getInt(3), rs.getTimestamp(4).toInstant()
                }))
                .list();
        var rules = new ArrayList<Rule>();
        for (var type : RecordType.values()) {
            var row = kept.get(type);
            rules.add(new Rule(
                    type,
                    row == null ? type.defaultYears() : (Integer) row[0],
                    type == RecordType.REFERRAL_DRAFT ? RecordType.DRAFT_DAYS : null,
                    type.from(),
                    type.changeable(),
                    row == null ? 0 : (Integer) row[1],
                    row == null ? null : (Instant) row[2]));
        }
        return rules;
    }

    /**
     * Changes how many years a kind of record is kept.
     *
     * @throws InvalidInputException when the years are under 1 or over 100.
     * @throws RuleViolationException when the kind cannot be changed, or (a conflict) when the rule changed since it
     *     was read.
     */
    @Transactional
    @PreAuthorize("hasRole('TENANT_ADMIN')")
    Rule change(RecordType type, @Nullable Integer keepYears, int version) {
        if (!type.changeable()) {
            throw RuleViolationException.rule(
                    "retention.fixed", "Referral drafts are kept 30 days; that is not a council's choice.");
        }
        if (keepYears == null || keepYears < FEWEST_YEARS || keepYears > MOST_YEARS) {
            throw new InvalidInputException(
                    List.of(new Problem("keepYears", "retention.years.range", "must be a whole number from 1 to 100")));
        }
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var current = of(tenant).stream()
                .filter(rule -> rule.recordType() == type)
                .findFirst()
                .orElseThrow();
        if (current.version() != version) {
            throw RuleViolationException.conflict("retention.changedElsewhere", "The rule changed since it was read.");
        }
        var now = Timestamp.from(clock.instant());
        var changed = version == 0
                ? jdbc.sql("insert into retention_rule (tenant_id, record_type, keep_years, updated_by, updated_at,"
                                + " version) values (?, ?, ?, ?, ?, 1)")
                        .params(tenant, type.name(), keepYears, actor.id(), now)
                        .update()
                : jdbc.sql("update retention_rule set keep_years = ?, updated_by = ?, updated_at = ?,"
                                + " version = version + 1 where tenant_id = ? and record_type = ? and version = ?")
                        .params(keepYears, actor.id(), now, tenant, type.name(), version)
                        .update();
        RuleViolationException.unlessUpdated(changed, "retention.changedElsewhere");
        audit.record(AuditRecord.of("RETENTION_RULE_CHANGED", "RETENTION_RULE", type.name())
                .withDetail(current.keepYears() + " to " + keepYears + " years"));
        return of(tenant).stream()
                .filter(rule -> rule.recordType() == type)
                .findFirst()
                .orElseThrow();
    }
}
