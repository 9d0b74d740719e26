package org.preventduty.channel;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What Channel gives reports and dashboards: the panel meetings held in a period and who came to them, the cases in each
 * stage, the meetings coming up and the reviews due. It names no person and checks no access: the reporting module
 * decides who sees what it shows, and puts the counts of people through disclosure control.
 */
@Service
public class ChannelReport {

    private final JdbcClient jdbc;

    ChannelReport(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Attendance of an organisation at the meetings of a period, where attendance was recorded.
     *
     * @param invited the places it had at them.
     * @param present how many of those it filled.
     */
    public record OrganisationAttendance(String organisation, long invited, long present) {}

    /** The panel meetings held in a period and attendance at them by organisation. */
    public record Casework(long meetingsHeld, List<OrganisationAttendance> attendance) {}

    /** The meetings held in a period, and who came to them. */
    @Transactional(readOnly = true)
    public Casework casework(TenantId tenant, LocalDate from, LocalDate to) {
        var held = jdbc.sql("select count(*) from panel_meeting where tenant_id = ? and held_on >= ? and held_on <= ?")
                .params(tenant.value(), from, to)
                .query(Long.class)
                .single();
        var attendance = jdbc.sql("select a.organisation, count(*), sum(case when a.present = true then 1 else 0 end)"
                        + " from panel_meeting m join panel_meeting_attendee a on a.meeting_id = m.id"
                        + " and a.tenant_id = m.tenant_id where m.tenant_id = ? and m.held_on >= ? and m.held_on <= ?"
                        + " and a.present is not null group by a.organisation order by a.organisation")
                .params(tenant.value(), from, to)
                .query((rs, n) -> new OrganisationAttendance(rs.getString(1), rs.getLong(2), rs.getLong(3)))
                .list();
        return new Casework(held, attendance);
    }

    /** How many open cases of a council stand in each stage (closed cases left out). */
    @Transactional(readOnly = true)
    public Map<CaseStatus, Long> casesByStage(TenantId tenant) {
        var stages = new EnumMap<CaseStatus, Long>(CaseStatus.class);
        for (var status : CaseStatus.values()) {
            if (status != CaseStatus.CLOSED) {
                stages.put(status, 0L);
            }
        }
        jdbc.sql("select status, count(*) from channel_case where tenant_id = ? and status <> 'CLOSED' group by status")
                .param(tenant.value())
                .query((rs, n) -> stages.put(CaseStatus.valueOf(rs.getString(1)), rs.getLong(2)))
                .list();
        return stages;
    }

    /**
     * A meeting to come.
     *
     * @param cases how many cases are on its agenda.
     * @param published whether its agenda has been published to the panel members.
     */
    public record MeetingAhead(
            UUID id,
            LocalDate heldOn,
            @Nullable LocalTime startsAt,
            @Nullable String location,
            long cases,
            boolean published) {}

    /** The meetings from a day on, soonest first. */
    @Transactional(readOnly = true)
    public List<MeetingAhead> meetingsFrom(TenantId tenant, LocalDate from, int limit) {
        return jdbc.sql("select m.id, m.held_on, m.starts_at, m.location, (select count(*) from panel_agenda_item i"
                        + " where i.tenant_id = m.tenant_id and i.meeting_id = m.id), m.published_at from panel_meeting m"
                        + " where m.tenant_id = ? and m.held_on >= ? order by m.held_on, m.starts_at limit ?")
                .params(tenant.value(), from, limit)
                .query((rs, n) -> new MeetingAhead(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(3, LocalTime.class),
                        rs.getString(4),
                        rs.getLong(5),
                        rs.getTimestamp(6) != null))
                .list();
    }

    /** How many reviews after exit are due by a day and not yet done. */
    @Transactional(readOnly = true)
    public long reviewsDue(TenantId tenant, LocalDate by) {
        return jdbc.sql("select count(*) from post_exit_review where tenant_id = ? and completed_on is null"
                        + " and due_on <= ?")
                .params(tenant.value(), by)
                .query(Long.class)
                .single();
    }
}
