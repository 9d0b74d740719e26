package org.preventduty.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requirement rules: which staff must hold which tier, by organisation, department and role (for example tier 1 for
 * all council staff, tier 2 for social workers), with an optional shorter refresh interval for specialist roles. A
 * change of the rules recomputes what every member of staff must hold; a tier named in the staff list wins.
 */
@Service
class RequirementRules {

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ValidityPeriods validity;

    RequirementRules(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ValidityPeriods validity) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
        this.validity = validity;
    }

    record Rule(
            UUID id,
            @Nullable String organisation,
            @Nullable String department,
            @Nullable String roleContains,
            int tier,
            @Nullable Integer refreshMonths) {

        boolean matches(@Nullable String staffOrganisation, @Nullable String staffDepartment, @Nullable String role) {
            return same(organisation, staffOrganisation)
                    && same(department, staffDepartment)
                    && (roleContains == null
                            || (role != null
                                    && role.toLowerCase(Locale.ROOT).contains(roleContains.toLowerCase(Locale.ROOT))));
        }

        private static boolean same(@Nullable String rule, @Nullable String value) {
            return rule == null || (value != null && rule.equalsIgnoreCase(value.strip()));
        }
    }

    /** What the rules require of someone: the highest tier of the rules that match, and the shortest refresh. */
    record Requirement(@Nullable Integer tier, @Nullable Integer refreshMonths) {}

    static Requirement requirement(
            List<Rule> rules, @Nullable String organisation, @Nullable String department, @Nullable String role) {
        Integer tier = null;
        Integer refresh = null;
        for (var rule : rules) {
            if (rule.matches(organisation, department, role)) {
                tier = tier == null ? rule.tier() : Math.max(tier, rule.tier());
                if (rule.refreshMonths() != null) {
                    refresh = refresh == null ? rule.refreshMonths() : Math.min(refresh, rule.refreshMonths());
                }
            }
        }
        return new Requirement(tier, refresh);
    }

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    List<Rule> list() {
        return rules(actors.requireTenant().value());
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    UUID add(
            @Nullable String organisation,
            @Nullable String department,
            @Nullable String roleContains,
            int tier,
            @Nullable Integer refreshMonths) {
        var problems = new ArrayList<Problem>();
        if (tier < 1 || tier > 3) {
            problems.add(new Problem("tier", "rule.tier.range", "must be 1, 2 or 3"));
        }
        if (refreshMonths != null && (refreshMonths < 1 || refreshMonths > 120)) {
            problems.add(new Problem("refreshMonths", "rule.refresh.range", "must be between 1 and 120"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var actor = actors.require();
        var id = UUID.randomUUID();
        jdbc.sql("insert into training_requirement_rule (id, tenant_id, organisation, department, role_contains, tier,"
                        + " refresh_months, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        blank(organisation),
                        blank(department),
                        blank(roleContains),
                        tier,
                        refreshMonths,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        recompute(actor.requireTenant().value());
        audit.record(AuditRecord.of("TRAINING_RULE_ADDED", "TRAINING_RULE", id).withDetail("tier " + tier));
        return id;
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    void remove(UUID id) {
        var tenant = actors.requireTenant().value();
        var removed = jdbc.sql("delete from training_requirement_rule where tenant_id = ? and id = ?")
                .params(tenant, id)
                .update();
        if (removed == 0) {
            throw new NotFoundException("Rule");
        }
        recompute(tenant);
        audit.record(AuditRecord.of("TRAINING_RULE_REMOVED", "TRAINING_RULE", id));
    }

    /**
     * Recomputes what the rules require of every member of staff of a council, and so the periods in which each holds
     * valid training of it; answers how many requirements changed.
     */
    @Transactional
    int recompute(UUID tenant) {
        var rules = rules(tenant);
        var changes = new ArrayList<Object[]>();
        jdbc.sql("select id, organisation, department, job_role, rule_tier, refresh_months from training_staff"
                        + " where tenant_id = ?")
                .param(tenant)
                .query((rs, n) -> {
                    var requirement = requirement(rules, rs.getString(2), rs.getString(3), rs.getString(4));
                    if (!java.util.Objects.equals(requirement.tier(), rs.getObject(5))
                            || !java.util.Objects.equals(requirement.refreshMonths(), rs.getObject(6))) {
                        changes.add(new Object[] {requirement.tier(), requirement.refreshMonths(), rs.getObject(1)});
                    }
                    return null;
                })
                .list();
        for (var change : changes) {
            jdbc.sql("update training_staff set rule_tier = ?, refresh_months = ? where id = ?")
                    .params(change)
                    .update();
        }
        validity.recompute(tenant);
        return changes.size();
    }

    private List<Rule> rules(UUID tenant) {
        return jdbc.sql("select id, organisation, department, role_contains, tier, refresh_months"
                        + " from training_requirement_rule where tenant_id = ? order by tier, created_at")
                .param(tenant)
                .query((rs, n) -> new Rule(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getInt(5),
                        (Integer) rs.getObject(6)))
                .list();
    }

    private static @Nullable String blank(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
