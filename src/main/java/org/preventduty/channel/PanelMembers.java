package org.preventduty.channel;

import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
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
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The standing members of the council's Channel panel, from which meetings are planned. */
@Service
@PreAuthorize("hasAnyRole('PREVENT_LEAD', 'CHANNEL_CHAIR')")
class PanelMembers {

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final UserDirectory users;

    PanelMembers(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, UserDirectory users) {
        this.users = users;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
    }

    record Member(
            UUID id,
            String name,
            String organisation,
            PanelRole panelRole,
            boolean singlePointOfContact,
            @Nullable String deputyName,
            boolean channelAwarenessTrained,
            @Nullable UUID userId,
            boolean active) {}

    @Transactional(readOnly = true)
    List<Member> list(boolean activeOnly) {
        return jdbc.sql("select id, name, organisation, panel_role, single_point_of_contact, deputy_name,"
                        + " channel_awareness_trained, user_id, active from panel_member where tenant_id = ?"
                        + (activeOnly ? " and active = true" : "")
                        + " order by active desc, panel_role, name")
                .param(actors.requireTenant().value())
                .query((rs, n) -> new Member(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        PanelRole.valueOf(rs.getString(4)),
                        rs.getBoolean(5),
                        rs.getString(6),
                        rs.getBoolean(7),
                        rs.getObject(8, UUID.class),
                        rs.getBoolean(9)))
                .list();
    }

    /**
     * The attendees of a meeting from the active standing members and the panel members who use the service chosen, in
     * the order chosen; an id that is neither is left out.
     */
    @Transactional(readOnly = true)
    List<ChannelWork.Attendee> invitations(List<UUID> standingMemberIds, List<UUID> panelMemberUserIds) {
        var invited = new java.util.ArrayList<ChannelWork.Attendee>();
        var standing = new java.util.HashMap<UUID, Member>();
        list(true).forEach(member -> standing.put(member.id(), member));
        for (var id : standingMemberIds) {
            var member = standing.get(id);
            if (member != null) {
                invited.add(new ChannelWork.Attendee(
                        member.name(), member.organisation(), member.panelRole(), null, member.userId()));
            }
        }
        var panelMembers = new java.util.HashMap<UUID, String>();
        users.withRole(Role.PANEL_MEMBER).forEach(user -> panelMembers.put(user.id(), user.displayName()));
        for (var id : panelMemberUserIds) {
            if (panelMembers.containsKey(id)) {
                invited.add(new ChannelWork.Attendee(panelMembers.get(id), "Panel member", PanelRole.OTHER, null, id));
            }
        }
        return invited;
    }

    @Transactional
    UUID add(
            String name,
            String organisation,
            PanelRole role,
            boolean singlePointOfContact,
            @Nullable String deputyName,
            boolean trained,
            @Nullable UUID userId) {
        if (name.isBlank() || organisation.isBlank() || name.length() > 100 || organisation.length() > 200) {
            throw new InvalidInputException(
                    List.of(new Problem("name", "panelMember.incomplete", "name and organisation are needed")));
        }
        var id = UUID.randomUUID();
        var tenant = actors.requireTenant().value();
        jdbc.sql("insert into panel_member (id, tenant_id, name, organisation, panel_role, single_point_of_contact,"
                        + " deputy_name, channel_awareness_trained, user_id, active, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, true, 0)")
                .params(
                        id,
                        tenant,
                        name.strip(),
                        organisation.strip(),
                        role.name(),
                        singlePointOfContact,
                        deputyName == null || deputyName.isBlank() ? null : deputyName.strip(),
                        trained,
                        userId)
                .update();
        audit.record(AuditRecord.of("PANEL_MEMBER_ADDED", "PANEL_MEMBER", id).withDetail(role.name()));
        return id;
    }

    @Transactional
    void setActive(UUID id, boolean active) {
        var updated = jdbc.sql(
                        "update panel_member set active = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(active, actors.requireTenant().value(), id)
                .update();
        if (updated == 0) {
            throw new NotFoundException("Panel member");
        }
        audit.record(AuditRecord.of(active ? "PANEL_MEMBER_RESTORED" : "PANEL_MEMBER_STOOD_DOWN", "PANEL_MEMBER", id));
    }

    /** Attendance at the meetings of a period: per meeting and per organisation. */
    record MeetingAttendance(UUID meetingId, java.time.LocalDate heldOn, int invited, int present) {

        public int percent() {
            return invited == 0 ? 0 : Math.round(present * 100f / invited);
        }
    }

    record OrganisationAttendance(String organisation, int invited, int present) {

        public int percent() {
            return invited == 0 ? 0 : Math.round(present * 100f / invited);
        }
    }

    record Attendance(List<MeetingAttendance> meetings, List<OrganisationAttendance> organisations) {

        public int invited() {
            return meetings.stream().mapToInt(MeetingAttendance::invited).sum();
        }

        public int present() {
            return meetings.stream().mapToInt(MeetingAttendance::present).sum();
        }

        public int percent() {
            return invited() == 0 ? 0 : Math.round(present() * 100f / invited());
        }
    }

    /** Who came to the meetings held in a period, counting only attendance that was recorded. */
    @Transactional(readOnly = true)
    Attendance attendance(java.time.LocalDate from, java.time.LocalDate to) {
        var tenant = actors.requireTenant().value();
        var meetings = jdbc.sql("select m.id, m.held_on, count(a.position),"
                        + " sum(case when a.present = true then 1 else 0 end) from panel_meeting m"
                        + " join panel_meeting_attendee a on a.meeting_id = m.id and a.tenant_id = m.tenant_id"
                        + " where m.tenant_id = ? and m.held_on >= ? and m.held_on <= ? and a.present is not null"
                        + " group by m.id, m.held_on order by m.held_on")
                .params(tenant, from, to)
                .query((rs, n) -> new MeetingAttendance(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, java.time.LocalDate.class),
                        rs.getInt(3),
                        rs.getInt(4)))
                .list();
        var organisations = jdbc.sql(
                        "select a.organisation, count(*), sum(case when a.present = true then 1 else 0 end)"
                                + " from panel_meeting m join panel_meeting_attendee a on a.meeting_id = m.id"
                                + " and a.tenant_id = m.tenant_id where m.tenant_id = ? and m.held_on >= ? and m.held_on <= ?"
                                + " and a.present is not null group by a.organisation order by a.organisation")
                .params(tenant, from, to)
                .query((rs, n) -> new OrganisationAttendance(rs.getString(1), rs.getInt(2), rs.getInt(3)))
                .list();
        return new Attendance(meetings, organisations);
    }
}
