package org.preventduty.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.SecurityEvent.Outcome;
import org.preventduty.identity.SecurityEvent.Type;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.RuleViolationException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Groups of councils, such as a shared service or a region's steering group, made by a system administrator, whose
 * figures national analysts can read together.
 */
@Service
public class TenantGroups {

    private static final Pattern CODE = Pattern.compile("^[a-z0-9][a-z0-9-]{1,49}$");

    private final JdbcClient jdbc;
    private final TenantManagement tenants;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final org.springframework.transaction.support.TransactionTemplate apart;

    TenantGroups(
            JdbcClient jdbc,
            TenantManagement tenants,
            CurrentActor actors,
            ApplicationEventPublisher events,
            Clock clock,
            org.springframework.transaction.PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.tenants = tenants;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
        // A refusal is audited in a transaction of its own, which the refusal does not roll back.
        this.apart = new org.springframework.transaction.support.TransactionTemplate(transactions);
        this.apart.setPropagationBehavior(
                org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /**
     * A group of councils.
     *
     * @param code its code, such as {@code north-london}.
     * @param name its name.
     * @param tenants its councils, by name.
     */
    public record Group(String code, String name, List<TenantSummary> tenants) {}

    /**
     * Makes a group of councils.
     *
     * @throws InvalidInputException naming each field that is missing or wrong, and each council code that names no
     *     council.
     * @throws RuleViolationException (a conflict) when the code is taken.
     */
    @Transactional
    @PreAuthorize("hasRole('SYSTEM_ADMIN')")
    public Group create(@Nullable String code, @Nullable String name, @Nullable List<String> councils) {
        var actor = actors.require();
        var problems = new ArrayList<Problem>();
        if (code == null || !CODE.matcher(code).matches()) {
            problems.add(new Problem("code", "group.code", "must be 2 to 50 lower-case letters, digits or hyphens"));
        }
        if (name == null || name.isBlank() || name.length() > 200) {
            problems.add(new Problem("name", "group.name", "is required, at most 200 characters"));
        }
        var members = new ArrayList<TenantSummary>();
        if (councils == null || councils.isEmpty()) {
            problems.add(new Problem("tenants", "group.tenants.empty", "must name at least one council"));
        } else {
            for (var council : new LinkedHashSet<>(councils)) {
                var found = council == null ? Optional.<TenantSummary>empty() : tenants.findByCode(council);
                if (found.isEmpty()) {
                    problems.add(new Problem(
                            "tenants", "group.tenants.unknown", "names no council with the code " + council));
                } else {
                    members.add(found.get());
                }
            }
        }
        if (!problems.isEmpty()) {
            var unknown = problems.stream()
                    .filter(problem -> problem.code().equals("group.tenants.unknown"))
                    .count();
            apart.executeWithoutResult(status -> events.publishEvent(new SecurityEvent(
                    Type.TENANT_GROUP_CREATED,
                    Outcome.FAILURE,
                    actor,
                    null,
                    "TENANT_GROUP",
                    null,
                    unknown > 0 ? "refused: " + unknown + " unknown councils" : "refused")));
            throw new InvalidInputException(problems);
        }
        var taken = jdbc.sql("select count(*) from tenant_group where code = ?")
                        .param(code)
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw RuleViolationException.conflict("group.code.taken", "A group with this code already exists.");
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into tenant_group (id, code, name, created_at, created_by) values (?, ?, ?, ?, ?)")
                .params(id, code, name.strip(), Timestamp.from(clock.instant()), actor.id())
                .update();
        for (var member : members) {
            jdbc.sql("insert into tenant_group_member (group_id, member_tenant) values (?, ?)")
                    .params(id, member.id().value())
                    .update();
        }
        events.publishEvent(
                new SecurityEvent(Type.TENANT_GROUP_CREATED, Outcome.SUCCESS, actor, null, "TENANT_GROUP", id, code));
        return new Group(code, name.strip(), members);
    }

    /** Every group, by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('SYSTEM_ADMIN', 'NATIONAL_ANALYST')")
    public List<Group> list() {
        return jdbc.sql("select code from tenant_group order by name").query(String.class).list().stream()
                .map(code -> find(code).orElseThrow())
                .toList();
    }

    /** The group with the code, with its councils; checks no access. */
    @Transactional(readOnly = true)
    public Optional<Group> find(String code) {
        return jdbc.sql("select id, name from tenant_group where code = ?")
                .param(code)
                .query((rows, n) -> {
                    var id = rows.getObject(1, UUID.class);
                    var members = jdbc
                            .sql("select t.code from tenant_group_member m join tenant t"
                                    + " on t.id = m.member_tenant where m.group_id = ? order by t.name")
                            .param(id)
                            .query(String.class)
                            .list()
                            .stream()
                            .map(member -> tenants.findByCode(member).orElseThrow())
                            .toList();
                    return new Group(code, rows.getString(2), members);
                })
                .optional();
    }
}
