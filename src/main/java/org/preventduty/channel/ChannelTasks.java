package org.preventduty.channel;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.Actor;
import org.preventduty.identity.Role;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The work Channel cases make due, for Prevent leads and Channel chairs: reviews after exit, overdue requests for
 * information, consent to follow up, reassessments after consent was refused or withdrawn, and stalled interventions
 * (a planned interval plus a margin with no session logged).
 */
@Component
class ChannelTasks implements TaskSource {

    private final JdbcClient jdbc;
    private final ChannelSettings settings;
    private final Clock clock;

    ChannelTasks(JdbcClient jdbc, ChannelSettings settings, Clock clock) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
    }

    /**
     * The work due on a case, soonest first, for who may change it (nobody else is given it): the case's next step and
     * the list on its overview. In a transaction of its own, so that PostgreSQL's row security sees the council's rows.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    List<Task> onCase(Actor actor, CaseQueries.CaseView c) {
        if (!c.mayChange()) {
            return List.of();
        }
        return tasks(actor, c.id()).stream()
                .sorted(java.util.Comparator.comparing(Task::dueOn).thenComparing(Task::type))
                .toList();
    }

    /**
     * The cases due back at a panel by a day, soonest first, each with the task that says so: the review of the support
     * a case receives, or its reassessment after consent was refused or withdrawn. What a new meeting's agenda starts
     * with, beside the cases awaiting a panel.
     */
    @org.springframework.transaction.annotation.Transactional(readOnly = true)
    java.util.Map<UUID, Task> dueAtPanel(Actor actor, LocalDate by) {
        var due = new java.util.LinkedHashMap<UUID, Task>();
        tasks(actor, null).stream()
                .filter(t -> AT_PANEL.contains(t.type())
                        && t.caseId() != null
                        && !t.dueOn().isAfter(by))
                .sorted(java.util.Comparator.comparing(Task::dueOn))
                .forEach(t -> due.putIfAbsent(java.util.Objects.requireNonNull(t.caseId()), t));
        return due;
    }

    /** The tasks done by bringing a case back to a panel. */
    private static final java.util.Set<String> AT_PANEL = java.util.Set.of("PANEL_REVIEW", "REASSESSMENT");

    @Override
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        if (!actor.hasAny(Role.PREVENT_LEAD, Role.CHANNEL_CHAIR) || actor.tenantId() == null) {
            return List.of();
        }
        var tenant = actor.tenantId().value();
        var today = LocalDate.ofInstant(clock.instant(), CaseAccess.LONDON);
        var filter = caseId == null ? "" : " and c.id = :case";
        var tasks = new ArrayList<Task>();
        query(
                        "select c.id, c.reference, r.due_on, r.months from post_exit_review r join channel_case c"
                                + " on c.id = r.case_id and c.tenant_id = r.tenant_id where r.tenant_id = :tenant"
                                + " and r.completed_on is null" + filter,
                        tenant,
                        caseId)
                .query((rs, n) -> tasks.add(task(
                        "POST_EXIT_REVIEW",
                        rs.getObject(3, LocalDate.class),
                        "channel.task.postExitReview",
                        rs.getString(2),
                        rs.getObject(1, UUID.class),
                        String.valueOf(rs.getInt(4)))))
                .list();
        query(
                        "select c.id, c.reference, q.due_on, q.agency from information_request q join channel_case c"
                                + " on c.id = q.case_id and c.tenant_id = q.tenant_id where q.tenant_id = :tenant"
                                + " and q.responded_on is null" + filter,
                        tenant,
                        caseId)
                .query((rs, n) -> tasks.add(task(
                        "INFORMATION_REQUEST",
                        rs.getObject(3, LocalDate.class),
                        "channel.task.informationRequest",
                        rs.getString(2),
                        rs.getObject(1, UUID.class),
                        rs.getString(4))))
                .list();
        query(
                        "select c.id, c.reference, c.consent_request_on from channel_case c where c.tenant_id = :tenant"
                                + " and c.status = 'CONSENT_REQUESTED' and c.consent_request_on is not null" + filter,
                        tenant,
                        caseId)
                .query((rs, n) -> tasks.add(task(
                        "CONSENT_FOLLOW_UP",
                        rs.getObject(3, LocalDate.class),
                        "channel.task.consentFollowUp",
                        rs.getString(2),
                        rs.getObject(1, UUID.class))))
                .list();
        query(
                        "select c.id, c.reference, c.reassessment_due_on from channel_case c where c.tenant_id = :tenant"
                                + " and c.reassessment_due_on is not null and c.status in ('CONSENT_REFUSED',"
                                + " 'CONSENT_WITHDRAWN')" + filter,
                        tenant,
                        caseId)
                .query((rs, n) -> tasks.add(task(
                        "REASSESSMENT",
                        rs.getObject(3, LocalDate.class),
                        "channel.task.reassessment",
                        rs.getString(2),
                        rs.getObject(1, UUID.class))))
                .list();
        // An assessment is due 20 days after a case opens, and every 90 days while the case is adopted.
        query(
                        "select c.id, c.reference, c.status, c.opened_on, (select max(a.assessed_on) from assessment a"
                                + " where a.tenant_id = c.tenant_id and a.case_id = c.id) from channel_case c"
                                + " where c.tenant_id = :tenant and c.status in ('INFORMATION_GATHERING', 'AWAITING_PANEL',"
                                + " 'DISCUSSED', 'ADOPTED', 'CONSENT_REQUESTED', 'CONSENT_GIVEN', 'SUPPORT_ACTIVE')"
                                + filter,
                        tenant,
                        caseId)
                .query((rs, n) -> {
                    var last = rs.getObject(5, LocalDate.class);
                    var adopted = CaseStatus.valueOf(rs.getString(3)).adopted();
                    LocalDate due = null;
                    if (last == null) {
                        due = rs.getObject(4, LocalDate.class).plusDays(20);
                    } else if (adopted) {
                        due = last.plusDays(settings.reassessEveryDays());
                    }
                    if (due != null) {
                        tasks.add(task(
                                "ASSESSMENT_DUE",
                                due,
                                last == null ? "channel.task.firstAssessment" : "channel.task.repeatAssessment",
                                rs.getString(2),
                                rs.getObject(1, UUID.class)));
                    }
                    return null;
                })
                .list();
        // Support is reviewed at panel: a case with support active is due back on an agenda every so often.
        query(
                        "select c.id, c.reference, (select max(m.held_on) from panel_agenda_item i join panel_meeting m"
                                + " on m.id = i.meeting_id and m.tenant_id = i.tenant_id where i.tenant_id = c.tenant_id"
                                + " and i.case_id = c.id and m.held_on <= :today), c.opened_on from channel_case c"
                                + " where c.tenant_id = :tenant and c.status = 'SUPPORT_ACTIVE'"
                                + " and not exists (select 1 from panel_agenda_item i join panel_meeting m on m.id = i.meeting_id"
                                + " and m.tenant_id = i.tenant_id where i.tenant_id = c.tenant_id and i.case_id = c.id"
                                + " and m.held_on > :today)" + filter,
                        tenant,
                        caseId)
                .param("today", today)
                .query((rs, n) -> {
                    var last = rs.getObject(3, LocalDate.class);
                    var from = last == null ? rs.getObject(4, LocalDate.class) : last;
                    tasks.add(task(
                            "PANEL_REVIEW",
                            from.plusDays(settings.panelReviewEveryDays()),
                            "channel.task.panelReview",
                            rs.getString(2),
                            rs.getObject(1, UUID.class)));
                    return null;
                })
                .list();
        var latest = new HashMap<UUID, LocalDate>();
        query(
                        "select s.intervention_id, max(s.delivered_on) from intervention_session s join intervention i"
                                + " on i.id = s.intervention_id and i.tenant_id = s.tenant_id join channel_case c"
                                + " on c.id = i.case_id and c.tenant_id = i.tenant_id where s.tenant_id = :tenant"
                                + " and i.status = 'ACTIVE'" + filter + " group by s.intervention_id",
                        tenant,
                        caseId)
                .query((rs, n) -> latest.put(rs.getObject(1, UUID.class), rs.getObject(2, LocalDate.class)))
                .list();
        query(
                        "select c.id, c.reference, i.id, i.start_on, i.frequency_days, i.intervention_type, i.provider"
                                + " from intervention i join channel_case c on c.id = i.case_id and c.tenant_id = i.tenant_id"
                                + " where i.tenant_id = :tenant and i.status = 'ACTIVE'" + filter,
                        tenant,
                        caseId)
                .query((rs, n) -> {
                    var stalledAfter = ChannelRules.stalledAfter(
                            rs.getObject(4, LocalDate.class),
                            latest.get(rs.getObject(3, UUID.class)),
                            rs.getInt(5),
                            settings.stalledMarginDays());
                    // Only a stalled intervention is work to do; one on schedule is not.
                    if (today.isAfter(stalledAfter)) {
                        tasks.add(task(
                                "STALLED_INTERVENTION",
                                stalledAfter.plusDays(1),
                                "channel.task.stalled",
                                rs.getString(2),
                                rs.getObject(1, UUID.class),
                                rs.getString(7),
                                "interventionType." + rs.getString(6)));
                    }
                    return null;
                })
                .list();
        return tasks;
    }

    private JdbcClient.StatementSpec query(String sql, UUID tenant, @Nullable UUID caseId) {
        var spec = jdbc.sql(sql).param("tenant", tenant);
        return caseId == null ? spec : spec.param("case", caseId);
    }

    /** A task on a case; its title is the key of a message, with its values. */
    private static Task task(
            String type, LocalDate dueOn, String title, String reference, UUID caseId, String... arguments) {
        return new Task(type, dueOn, title, reference, "/channel/cases/" + caseId, caseId, List.of(arguments));
    }
}
