package org.preventduty.channel;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.privacy.BreakGlass;
import org.preventduty.referrals.ReferralDirectory;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Who may see a Channel case: Prevent leads and Channel chairs every case of their tenant; case workers the cases of
 * referrals they are assigned to; panel members the cases on the agenda of a meeting they are invited to, from the
 * agenda's publication until some days after the meeting; a case worker or panel member with no relationship to it
 * for the 60 minutes after they broke glass. A restricted case only the Prevent leads and the people they named. Anyone
 * else is answered as if the case did not exist.
 */
@Component
class CaseAccess {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final ChannelCases cases;
    private final JdbcClient jdbc;
    private final ReferralDirectory referrals;
    private final ChannelSettings settings;
    private final BreakGlass breakGlass;
    private final CaseRestrictions restrictions;
    private final Clock clock;

    CaseAccess(
            ChannelCases cases,
            JdbcClient jdbc,
            ReferralDirectory referrals,
            ChannelSettings settings,
            BreakGlass breakGlass,
            CaseRestrictions restrictions,
            Clock clock) {
        this.breakGlass = breakGlass;
        this.restrictions = restrictions;
        this.cases = cases;
        this.jdbc = jdbc;
        this.referrals = referrals;
        this.settings = settings;
        this.clock = clock;
    }

    /** How someone came to see a case. */
    enum Level {
        /** A Prevent lead or Channel chair: everything, and every change. */
        COORDINATOR,
        /** A case worker assigned to one of its referrals. */
        ASSIGNED,
        /** A panel member invited to a meeting with the case on its agenda, within the window. */
        PANEL,
        /** Someone with a case role and no relationship to the case, who broke glass to see it for 60 minutes. */
        BREAK_GLASS
    }

    record Granted(
            ChannelCase channelCase, Level level, @Nullable UUID throughMeeting) {}

    /**
     * The case with the actor's access to it.
     *
     * @throws NotFoundException when it does not exist in the actor's tenant or the actor may not see it.
     */
    Granted load(UUID id, Actor actor) {
        var found = cases.findByIdAndTenantId(id, actor.requireTenant().value())
                .orElseThrow(() -> new NotFoundException("Channel case"));
        if (!actor.has(Role.PREVENT_LEAD)
                && restrictions.restricted(found.tenantId(), id)
                && !restrictions.named(found.tenantId(), id, actor.id())) {
            // A restricted case is the Prevent leads' and the people they named: nobody else, not even by break-glass.
            throw new NotFoundException("Channel case");
        }
        if (actor.hasAny(Role.PREVENT_LEAD, Role.CHANNEL_CHAIR)) {
            return new Granted(found, Level.COORDINATOR, null);
        }
        if (actor.has(Role.CASE_WORKER)
                && referrals.assignedToAny(actor.requireTenant(), referralIds(found.tenantId(), id), actor.id())) {
            return new Granted(found, Level.ASSIGNED, null);
        }
        if (actor.has(Role.PANEL_MEMBER)) {
            var meeting = panelMeetingGranting(actor, id);
            if (meeting != null) {
                return new Granted(found, Level.PANEL, meeting);
            }
        }
        if (actor.hasAny(Role.CASE_WORKER, Role.PANEL_MEMBER)
                && actor.kind() == Actor.Kind.USER
                && breakGlass.open(actor.requireTenant().value(), id, actor.id())) {
            return new Granted(found, Level.BREAK_GLASS, null);
        }
        throw new NotFoundException("Channel case");
    }

    /** Whether the actor may see the case by their roles and relationships, without breaking glass. */
    boolean visibleWithoutBreakingGlass(UUID id, Actor actor) {
        try {
            return load(id, actor).level() != Level.BREAK_GLASS;
        } catch (NotFoundException e) {
            return false;
        }
    }

    /**
     * The case, for someone who may change it: a Prevent lead or Channel chair.
     *
     * @throws NotFoundException when it does not exist in the actor's tenant or the actor may not change it.
     */
    ChannelCase coordinate(UUID id, Actor actor) {
        var granted = load(id, actor);
        if (granted.level() != Level.COORDINATOR) {
            throw new NotFoundException("Channel case");
        }
        return granted.channelCase();
    }

    /** The meeting through which a panel member may see a case today, if any. */
    @Nullable
    UUID panelMeetingGranting(Actor actor, UUID caseId) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, LONDON);
        return jdbc
                .sql("select m.id from panel_meeting m"
                        + " join panel_agenda_item i on i.meeting_id = m.id and i.tenant_id = m.tenant_id"
                        + " join panel_meeting_attendee a on a.meeting_id = m.id and a.tenant_id = m.tenant_id"
                        + " where m.tenant_id = :tenant and i.case_id = :case and a.user_id = :user"
                        + " and m.published_at is not null and m.published_at <= :now and m.held_on >= :earliest"
                        + " order by m.held_on desc")
                .param("tenant", actor.requireTenant().value())
                .param("case", caseId)
                .param("user", actor.id())
                .param("now", java.sql.Timestamp.from(now))
                .param("earliest", today.minusDays(settings.panelAccessDays()))
                .query(UUID.class)
                .list()
                .stream()
                .findFirst()
                .orElse(null);
    }

    /** The cases a panel member may see today. */
    List<UUID> panelCases(Actor actor) {
        var now = clock.instant();
        var today = LocalDate.ofInstant(now, LONDON);
        return jdbc.sql("select distinct i.case_id from panel_meeting m"
                        + " join panel_agenda_item i on i.meeting_id = m.id and i.tenant_id = m.tenant_id"
                        + " join panel_meeting_attendee a on a.meeting_id = m.id and a.tenant_id = m.tenant_id"
                        + " where m.tenant_id = :tenant and a.user_id = :user"
                        + " and m.published_at is not null and m.published_at <= :now and m.held_on >= :earliest")
                .param("tenant", actor.requireTenant().value())
                .param("user", actor.id())
                .param("now", java.sql.Timestamp.from(now))
                .param("earliest", today.minusDays(settings.panelAccessDays()))
                .query(UUID.class)
                .list();
    }

    List<UUID> referralIds(UUID tenantId, UUID caseId) {
        return jdbc.sql("select referral_id from channel_case_referral where tenant_id = ? and case_id = ?")
                .params(tenantId, caseId)
                .query(UUID.class)
                .list();
    }

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    static TenantId tenant(ChannelCase channelCase) {
        return new TenantId(channelCase.tenantId());
    }
}
