package org.preventduty.channel;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Restricted cases: the Prevent lead marks a case restricted and names who else may see it (a Channel chair, a case
 * worker, a panel member of the council); nobody else sees more of it than its reference. Changes are audited.
 */
@Component
class CaseRestrictions {

    /** The roles whose holders may be named on a restricted case. */
    static final List<Role> NAMEABLE = List.of(Role.CHANNEL_CHAIR, Role.CASE_WORKER, Role.PANEL_MEMBER);

    private final JdbcClient jdbc;
    private final ChannelCases cases;
    private final UserDirectory users;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    CaseRestrictions(
            JdbcClient jdbc,
            ChannelCases cases,
            UserDirectory users,
            CurrentActor actors,
            AuditTrail audit,
            Clock clock) {
        this.jdbc = jdbc;
        this.cases = cases;
        this.users = users;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    boolean restricted(UUID tenant, UUID caseId) {
        return jdbc.sql("select count(*) from channel_case_restriction where tenant_id = ? and case_id = ?")
                        .params(tenant, caseId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    boolean named(UUID tenant, UUID caseId, UUID userId) {
        return jdbc.sql("select count(*) from channel_case_named where tenant_id = ? and case_id = ? and user_id = ?")
                        .params(tenant, caseId, userId)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** The restricted cases among some. */
    Set<UUID> restrictedAmong(UUID tenant, Collection<UUID> caseIds) {
        if (caseIds.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("select case_id from channel_case_restriction where tenant_id = :tenant"
                        + " and case_id in (:ids)")
                .param("tenant", tenant)
                .param("ids", List.copyOf(caseIds))
                .query(UUID.class)
                .list());
    }

    /** The people named on a case. */
    Set<UUID> namedOn(UUID tenant, UUID caseId) {
        return new HashSet<>(jdbc.sql("select user_id from channel_case_named where tenant_id = ? and case_id = ?")
                .params(tenant, caseId)
                .query(UUID.class)
                .list());
    }

    /**
     * What the restriction page shows of a case, for a Prevent lead.
     *
     * @param named the people named on it, when it is restricted.
     */
    record Setting(UUID caseId, String reference, boolean restricted, Set<UUID> named) {}

    /**
     * A case's restriction, read in a transaction that names the council, as the database's row-level security needs.
     *
     * @throws NotFoundException when the council has no such case.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    Setting setting(UUID caseId) {
        var tenant = actors.requireTenant().value();
        var found = cases.findByIdAndTenantId(caseId, tenant).orElseThrow(() -> new NotFoundException("Channel case"));
        return new Setting(caseId, found.reference(), restricted(tenant, caseId), namedOn(tenant, caseId));
    }

    /** The council's people who may be named, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    List<UserDirectory.Colleague> nameable() {
        var all = new java.util.LinkedHashMap<UUID, UserDirectory.Colleague>();
        NAMEABLE.forEach(role -> users.withRole(role).forEach(colleague -> all.putIfAbsent(colleague.id(), colleague)));
        return all.values().stream()
                .sorted(java.util.Comparator.comparing(UserDirectory.Colleague::displayName))
                .toList();
    }

    /**
     * Restricts a case to the Prevent leads and the people named, or lifts the restriction.
     *
     * @throws NotFoundException when the council has no such case.
     * @throws InvalidInputException when someone named may not be named.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    void set(UUID caseId, boolean restrict, Collection<UUID> named) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        cases.findByIdAndTenantId(caseId, tenant).orElseThrow(() -> new NotFoundException("Channel case"));
        var allowed = nameable().stream().map(UserDirectory.Colleague::id).toList();
        if (!allowed.containsAll(named)) {
            throw new InvalidInputException(
                    List.of(new Problem("named", "restriction.named.invalid", "names someone who may not be named")));
        }
        jdbc.sql("delete from channel_case_named where tenant_id = ? and case_id = ?")
                .params(tenant, caseId)
                .update();
        jdbc.sql("delete from channel_case_restriction where tenant_id = ? and case_id = ?")
                .params(tenant, caseId)
                .update();
        var now = Timestamp.from(clock.instant());
        if (restrict) {
            jdbc.sql("insert into channel_case_restriction (case_id, tenant_id, restricted_by, restricted_at)"
                            + " values (?, ?, ?, ?)")
                    .params(caseId, tenant, actor.id(), now)
                    .update();
            for (var user : new HashSet<>(named)) {
                jdbc.sql("insert into channel_case_named (case_id, tenant_id, user_id, named_by, named_at)"
                                + " values (?, ?, ?, ?, ?)")
                        .params(caseId, tenant, user, actor.id(), now)
                        .update();
            }
        }
        audit.record(AuditRecord.of(
                        restrict ? "CHANNEL_CASE_RESTRICTED" : "CHANNEL_CASE_UNRESTRICTED", "CHANNEL_CASE", caseId)
                .withDetail(restrict ? named.size() + " named" : null));
    }
}
