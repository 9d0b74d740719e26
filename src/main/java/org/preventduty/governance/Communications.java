package org.preventduty.governance;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.audit.ChangeHistory;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
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
            @Nullable LocalDate doneOn,
            int version) {

        public boolean late(LocalDate today) {
            return doneOn == null && plannedOn.isBefore(today);
        }

        /** The fields as the change history keeps them. */
        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("governance.activity.what", title);
            fields.put("governance.activity.audienceLabel", audience);
            fields.put("governance.activity.channelLabel", channel);
            fields.put("governance.activity.plannedLabel", plannedOn.toString());
            fields.put("governance.activity.doneLabel", doneOn == null ? null : doneOn.toString());
            return fields;
        }
    }

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeHistory history;

    static final ChangeHistory.Kind HISTORY =
            new ChangeHistory.Kind("GOVERNANCE_ACTIVITY", "COMMUNICATION_CHANGED", "governance.activity.stale");

    Communications(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ChangeHistory history) {
        this.history = history;
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
        var activity = checked(UUID.randomUUID(), title, audience, channel, plannedOn, null, 0);
        var id = activity.id();
        jdbc.sql("insert into governance_activity (id, tenant_id, title, audience, channel, planned_on, created_by,"
                        + " created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        activity.title(),
                        activity.audience(),
                        activity.channel(),
                        activity.plannedOn(),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        history.record(HISTORY, id, Map.of(), activity.fields());
        audit.record(AuditRecord.of("COMMUNICATION_PLANNED", "GOVERNANCE_ACTIVITY", id));
        return id;
    }

    /**
     * Changes an activity: moved to another day, retitled, or its day done corrected (or cleared when it did not
     * happen after all), keeping what it was in its history.
     *
     * @param version the version the change was made from; when the activity has changed since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the activity has changed since.
     */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    void update(
            UUID id,
            int version,
            @Nullable String title,
            @Nullable String audience,
            @Nullable String channel,
            @Nullable LocalDate plannedOn,
            @Nullable LocalDate doneOn) {
        var tenant = actors.requireTenant().value();
        var before = activity(id);
        var after = checked(id, title, audience, channel, plannedOn, doneOn, version);
        history.change(
                HISTORY,
                id,
                before.fields(),
                after.fields(),
                () -> jdbc.sql("update governance_activity set title = ?, audience = ?, channel = ?, planned_on = ?,"
                                + " done_on = ?, version = version + 1 where tenant_id = ? and id = ? and version = ?")
                        .params(
                                after.title(),
                                after.audience(),
                                after.channel(),
                                after.plannedOn(),
                                after.doneOn(),
                                tenant,
                                id,
                                version)
                        .update());
    }

    /** An activity of the plan. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    Activity activity(UUID id) {
        return jdbc.sql(COLUMNS + " where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), id)
                .query(Communications::activity)
                .optional()
                .orElseThrow(() -> new NotFoundException("Activity"));
    }

    /** The changes made to an activity, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    List<ChangeHistory.Change> history(UUID id) {
        activity(id);
        return history.of(HISTORY, id);
    }

    private Activity checked(
            UUID id,
            @Nullable String title,
            @Nullable String audience,
            @Nullable String channel,
            @Nullable LocalDate plannedOn,
            @Nullable LocalDate doneOn,
            int version) {
        var problems = new ArrayList<Problem>();
        var what = Texts.required(title, 300, "title", "governance.activity.title", problems);
        var who = Texts.optional(audience, 300, "audience", "governance.activity.audience", problems);
        var how = Texts.optional(channel, 100, "channel", "governance.activity.channel", problems);
        if (plannedOn == null) {
            problems.add(new Problem("plannedOn", "governance.activity.day.missing", "enter the day"));
        }
        if (doneOn != null && doneOn.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            problems.add(new Problem("doneOn", "governance.activity.done.invalid", "a day not in the future"));
        }
        if (!problems.isEmpty() || plannedOn == null) {
            throw new InvalidInputException(problems);
        }
        return new Activity(id, what, who, how, plannedOn, doneOn, version);
    }

    private static final String COLUMNS =
            "select id, title, audience, channel, planned_on, done_on, version from governance_activity";

    private static Activity activity(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Activity(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getObject(5, LocalDate.class),
                rs.getObject(6, LocalDate.class),
                rs.getInt(7));
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
        var before = activity(id);
        jdbc.sql("update governance_activity set done_on = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(on, tenant, id)
                .update();
        history.record(HISTORY, id, before.fields(), activity(id).fields());
        audit.record(AuditRecord.of("COMMUNICATION_DONE", "GOVERNANCE_ACTIVITY", id));
    }

    /** The plan, by planned day. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    List<Activity> plan() {
        return jdbc.sql(COLUMNS + " where tenant_id = ? order by planned_on, title, id")
                .param(actors.requireTenant().value())
                .query(Communications::activity)
                .list();
    }
}
