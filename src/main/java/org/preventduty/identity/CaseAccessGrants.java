package org.preventduty.identity;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.SecurityEvent.Outcome;
import org.preventduty.identity.SecurityEvent.Type;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.TenantId;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every grant of a role that reads case content ({@link Role#readsCaseContent()}) to a user or an API key: recorded in
 * the transaction of the grant with who made it, audited, published as {@link CaseAccessGranted} so that the council's
 * Prevent leads are told, and acknowledged by one of them. So that nobody can give themselves, or a key they hold, the
 * means to read case records unseen: an administrator's key that mints a Prevent lead's key is seen at once.
 */
@Service
public class CaseAccessGrants {

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    CaseAccessGrants(JdbcClient jdbc, CurrentActor actors, ApplicationEventPublisher events, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.events = events;
        this.clock = clock;
    }

    /** Who or what received the roles. */
    public enum GranteeKind {
        USER,
        API_KEY
    }

    /**
     * A grant of roles that read case content.
     *
     * @param id the grant.
     * @param grantedAt when.
     * @param granteeKind a user or an API key.
     * @param granteeId the user or key.
     * @param granteeName the user's name and email, or the key's name.
     * @param roles the roles given that read case content.
     * @param grantedBy who gave them, in words.
     * @param acknowledgedBy the Prevent lead who acknowledged it, in words, or {@literal null} while it awaits them.
     * @param acknowledgedAt when it was acknowledged.
     * @param version its version, to acknowledge it.
     */
    public record Grant(
            UUID id,
            Instant grantedAt,
            GranteeKind granteeKind,
            UUID granteeId,
            String granteeName,
            Set<Role> roles,
            String grantedBy,
            @Nullable String acknowledgedBy,
            @Nullable Instant acknowledgedAt,
            int version) {}

    /**
     * Records a grant, in the caller's transaction, when any of the roles reads case content; otherwise does nothing.
     *
     * @param roles the roles just given (not those held before).
     */
    void record(Actor by, UUID tenantId, GranteeKind kind, UUID granteeId, String granteeName, Set<Role> roles) {
        var reading = EnumSet.noneOf(Role.class);
        roles.stream().filter(Role::readsCaseContent).forEach(reading::add);
        if (reading.isEmpty()) {
            return;
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into access_grant (id, tenant_id, grantee_kind, grantee_id, grantee_name, roles, granted_by,"
                        + " granted_by_name, granted_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        tenantId,
                        kind.name(),
                        granteeId,
                        granteeName,
                        RoleSet.of(reading).column(),
                        by.id(),
                        describe(by),
                        Timestamp.from(clock.instant()))
                .update();
        var tenant = new TenantId(tenantId);
        events.publishEvent(new SecurityEvent(
                Type.CASE_ACCESS_GRANTED,
                Outcome.SUCCESS,
                by,
                tenant,
                kind.name(),
                granteeId,
                RoleSet.of(reading).column()));
        events.publishEvent(new CaseAccessGranted(id, tenant));
    }

    /** Every grant of the council, newest first, for its administrators and Prevent leads. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasAnyRole('TENANT_ADMIN', 'PREVENT_LEAD')")
    public Paged<Grant> list(int page, int size) {
        Paged.check(page, size);
        var tenant = actors.requireTenant().value();
        long total = jdbc.sql("select count(*) from access_grant where tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        var items = jdbc.sql(SELECT + " where g.tenant_id = ? order by g.granted_at desc, g.id limit ? offset ?")
                .params(tenant, size, Paged.offset(page, size))
                .query((rows, n) -> grant(rows))
                .list();
        return new Paged<>(items, page, size, total);
    }

    /** The grants of a council no Prevent lead has acknowledged yet, oldest first; checks no access. */
    @Transactional(readOnly = true)
    public List<Grant> awaitingAcknowledgement(TenantId tenant) {
        return jdbc.sql(SELECT + " where g.tenant_id = ? and g.acknowledged_at is null order by g.granted_at, g.id")
                .param(tenant.value())
                .query((rows, n) -> grant(rows))
                .list();
    }

    /**
     * A Prevent lead acknowledges that they have seen a grant.
     *
     * @throws NotFoundException when the council has no such grant.
     * @throws RuleViolationException (a conflict) when it was acknowledged already or changed since it was read.
     */
    @Transactional
    @PreAuthorize("hasRole('PREVENT_LEAD')")
    public void acknowledge(UUID id, int version) {
        var actor = actors.require();
        var tenant = actor.requireTenant();
        var exists = jdbc.sql("select count(*) from access_grant where tenant_id = ? and id = ?")
                        .params(tenant.value(), id)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!exists) {
            throw new NotFoundException("Access grant");
        }
        var updated = jdbc.sql("update access_grant set acknowledged_by = ?, acknowledged_by_name = ?,"
                        + " acknowledged_at = ?, version = version + 1"
                        + " where tenant_id = ? and id = ? and version = ? and acknowledged_at is null")
                .params(actor.id(), describe(actor), Timestamp.from(clock.instant()), tenant.value(), id, version)
                .update();
        RuleViolationException.unlessUpdated(updated, "accessGrant.acknowledged");
        events.publishEvent(new SecurityEvent(
                Type.CASE_ACCESS_GRANT_ACKNOWLEDGED, Outcome.SUCCESS, actor, tenant, "ACCESS_GRANT", id, null));
    }

    private static final String SELECT = "select g.id, g.granted_at, g.grantee_kind, g.grantee_id, g.grantee_name,"
            + " g.roles, g.granted_by_name, g.acknowledged_by_name, g.acknowledged_at, g.version from access_grant g";

    private static Grant grant(java.sql.ResultSet rows) throws java.sql.SQLException {
        var acknowledged = rows.getTimestamp(9);
        return new Grant(
                rows.getObject(1, UUID.class),
                rows.getTimestamp(2).toInstant(),
                GranteeKind.valueOf(rows.getString(3)),
                rows.getObject(4, UUID.class),
                rows.getString(5),
                RoleSet.parse(rows.getString(6)).roles(),
                rows.getString(7),
                rows.getString(8),
                acknowledged == null ? null : acknowledged.toInstant(),
                rows.getInt(10));
    }

    /** Who acted, in words an administrator recognises: a user's name and email, or an API key's name. */
    String describe(Actor actor) {
        return switch (actor.kind()) {
            case USER ->
                jdbc.sql("select display_name, email from app_user where id = ?")
                        .param(actor.id())
                        .query((rows, n) -> rows.getString(1) + " (" + rows.getString(2) + ")")
                        .optional()
                        .orElse("A user");
            case API_KEY ->
                jdbc.sql("select name from api_key where id = ?")
                        .param(actor.id())
                        .query((rows, n) -> "API key " + rows.getString(1))
                        .optional()
                        .orElse("An API key");
            case SYSTEM -> "The service";
        };
    }
}
