package org.preventduty.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
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

/** The communications and engagement plan: activities planned (such as an awareness week) and marked done. */
@Service
class Communications {

    /** An activity of the plan. */
    record Activity(
            UUID id,
            String title,
            @Nullable String audience,
            @Nullable String channel,
            LocalDate plannedOn,
            @Nullable LocalDate doneOn) {

        public boolean late(LocalDate today) {
            return doneOn == null && plannedOn.isBefore(today);
        }
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    Communications(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** Plans an activity. */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    UUID plan(
            @Nullable String title,
            @Nullable String audience,
            @Nullable String channel,
            @Nullable LocalDate plannedOn) {
        var actor = actors.require();
        var problems = new ArrayList<Problem>();
        var what = Texts.required(title, 300, "title", "governance.activity.title", problems);
        var who = Texts.optional(audience, 300, "audience", "governance.activity.audience", problems);
        var how = Texts.optional(channel, 100, "channel", "governance.activity.channel", problems);
        if (plannedOn == null) {
            problems.add(new Problem("plannedOn", "governance.activity.day.missing", "enter the day"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into governance_activity (id, tenant_id, title, audience, channel, planned_on, created_by,"
                        + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        what,
                        who,
                        how,
                        plannedOn,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("COMMUNICATION_PLANNED", "GOVERNANCE_ACTIVITY", id));
        return id;
    }

    /** Marks an activity done on a day. */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    void done(UUID id, @Nullable LocalDate on) {
        var tenant = actors.requireTenant().value();
        if (on == null || on.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            throw new InvalidInputException(
                    List.of(new Problem("doneOn", "governance.activity.done.invalid", "a day not in the future")));
        }
        var changed = jdbc.sql("update governance_activity set done_on = ? where tenant_id = ? and id = ?")
                .params(on, tenant, id)
                .update();
        if (changed == 0) {
            throw new NotFoundException("Activity");
        }
        audit.record(AuditRecord.of("COMMUNICATION_DONE", "GOVERNANCE_ACTIVITY", id));
    }

    /** The plan, by planned day. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    List<Activity> plan() {
        return jdbc.sql("select id, title, audience, channel, planned_on, done_on from governance_activity where"
                        + " tenant_id = ? order by planned_on, title")
                .param(actors.requireTenant().value())
                .query((rs, n) -> new Activity(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getObject(6, LocalDate.class)))
                .list();
    }
}
