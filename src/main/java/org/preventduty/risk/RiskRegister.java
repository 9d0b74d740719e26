package org.preventduty.risk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
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
import org.preventduty.identity.Actor;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.Role;
import org.preventduty.risk.RiskRules.ActionStatus;
import org.preventduty.risk.RiskRules.Category;
import org.preventduty.risk.RiskRules.Rag;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.tasks.Task;
import org.preventduty.tasks.TaskSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The risks of an assessment on the 5 by 5 matrix with their heat map, and the action plan: actions against a risk or a
 * toolkit section, with an owner, a due day and dated progress notes. Overdue actions are in their owner's tasks.
 */
@Service
class RiskRegister implements TaskSource {

    /** A risk with its score, rating and review day. */
    record Risk(
            UUID id,
            String title,
            @Nullable String description,
            Category category,
            int likelihood,
            int impact,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            @Nullable String owner,
            LocalDate ratedOn,
            UUID assessmentId,
            int version) {

        public int score() {
            return RiskRules.score(likelihood, impact);
        }

        public Rag rag() {
            return RiskRules.rag(score());
        }

        public @Nullable Integer residualScore() {
            return residualLikelihood == null || residualImpact == null
                    ? null
                    : RiskRules.score(residualLikelihood, residualImpact);
        }

        public @Nullable Rag residualRag() {
            var score = residualScore();
            return score == null ? null : RiskRules.rag(score);
        }

        public LocalDate reviewOn() {
            return RiskRules.reviewOn(ratedOn, rag());
        }
    }

    /** A progress note on an action. */
    record Note(LocalDate notedOn, ActionStatus status, String note, Instant recordedAt) {}

    /** An action of the plan. */
    record Action(
            UUID id,
            @Nullable UUID riskId,
            @Nullable String riskTitle,
            RiskRules.@Nullable ToolkitSection toolkitSection,
            String title,
            @Nullable UUID ownerUserId,
            @Nullable String ownerName,
            LocalDate dueOn,
            ActionStatus status,
            boolean overdue,
            List<Note> notes,
            int version) {

        /** The fields as the change history keeps them. */
        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("risk.action.titleLabel", title);
            fields.put("risk.risk", riskTitle);
            fields.put("risk.toolkit", toolkitSection == null ? null : toolkitSection.name());
            fields.put("risk.owner", ownerName);
            fields.put("risk.action.ownerAccount", ownerUserId == null ? null : ownerName);
            fields.put("risk.action.dueOn", dueOn.toString());
            return fields;
        }
    }

    /** What an action is to be. */
    record ActionInput(
            @Nullable UUID riskId,
            RiskRules.@Nullable ToolkitSection toolkitSection,
            @Nullable String title,
            @Nullable UUID ownerUserId,
            @Nullable String ownerName,
            @Nullable LocalDate dueOn) {}

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeHistory history;

    static final ChangeHistory.Kind HISTORY = new ChangeHistory.Kind("RISK_ITEM", "RISK_CHANGED", "risk.risk.stale");
    static final ChangeHistory.Kind ACTION_HISTORY =
            new ChangeHistory.Kind("RISK_ACTION", "RISK_ACTION_CHANGED", "risk.action.stale");

    RiskRegister(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ChangeHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a risk to a version of the assessment.
     *
     * @throws InvalidInputException naming each field that is not valid.
     */
    @Transactional
    @PreAuthorize(RiskAssessments.WRITE)
    UUID addRisk(
            UUID assessmentId,
            @Nullable String title,
            @Nullable String description,
            @Nullable Category category,
            @Nullable Integer likelihood,
            @Nullable Integer impact,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            @Nullable String owner) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        requireAssessment(tenant, assessmentId);
        var rated = rated(title, description, category, likelihood, impact, residualLikelihood, residualImpact, owner);
        var id = UUID.randomUUID();
        jdbc.sql("insert into risk_item (id, tenant_id, assessment_id, title, description, category, likelihood,"
                        + " impact, residual_likelihood, residual_impact, owner, rated_on, created_by, created_at,"
                        + " version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        tenant,
                        assessmentId,
                        rated.title(),
                        rated.description(),
                        rated.category().name(),
                        rated.likelihood(),
                        rated.impact(),
                        rated.residualLikelihood(),
                        rated.residualImpact(),
                        rated.owner(),
                        today(),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        history.record(HISTORY, id, Map.of(), rated.fields());
        audit.record(AuditRecord.of("RISK_ADDED", "RISK_ITEM", id));
        return id;
    }

    /**
     * Changes or rerates a risk, keeping what it was in its history. A change of likelihood or impact rates it again
     * today, which sets its next review by its new rating.
     *
     * @param version the version the change was made from; when someone has changed it since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the risk has changed since.
     */
    @Transactional
    @PreAuthorize(RiskAssessments.WRITE)
    void updateRisk(
            UUID id,
            int version,
            @Nullable String title,
            @Nullable String description,
            @Nullable Category category,
            @Nullable Integer likelihood,
            @Nullable Integer impact,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            @Nullable String owner) {
        var tenant = actors.requireTenant().value();
        var before = risk(id);
        var rated = rated(title, description, category, likelihood, impact, residualLikelihood, residualImpact, owner);
        var was = new Rated(
                before.title(),
                before.description(),
                before.category(),
                before.likelihood(),
                before.impact(),
                before.residualLikelihood(),
                before.residualImpact(),
                before.owner());
        var rerated = before.likelihood() != rated.likelihood() || before.impact() != rated.impact();
        history.change(
                HISTORY,
                id,
                was.fields(),
                rated.fields(),
                () -> jdbc.sql("update risk_item set title = ?, description = ?, category = ?, likelihood = ?,"
                                + " impact = ?, residual_likelihood = ?, residual_impact = ?, owner = ?, rated_on = ?,"
                                + " version = version + 1 where tenant_id = ? and id = ? and version = ?")
                        .params(
                                rated.title(),
                                rated.description(),
                                rated.category().name(),
                                rated.likelihood(),
                                rated.impact(),
                                rated.residualLikelihood(),
                                rated.residualImpact(),
                                rated.owner(),
                                rerated ? today() : before.ratedOn(),
                                tenant,
                                id,
                                version)
                        .update());
    }

    /** A risk of the current council. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    Risk risk(UUID id) {
        return jdbc.sql(RISK_COLUMNS + " where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), id)
                .query(RiskRegister::risk)
                .optional()
                .orElseThrow(() -> new NotFoundException("Risk"));
    }

    /** The changes made to a risk, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    List<ChangeHistory.Change> history(UUID id) {
        risk(id);
        return history.of(HISTORY, id);
    }

    /** What a risk is and how it is rated, checked. */
    private record Rated(
            String title,
            @Nullable String description,
            Category category,
            int likelihood,
            int impact,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            @Nullable String owner) {

        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("risk.risk", title);
            fields.put("risk.description", description);
            fields.put("risk.category", category.name());
            fields.put("risk.likelihood", String.valueOf(likelihood));
            fields.put("risk.impact", String.valueOf(impact));
            fields.put("risk.residualLikelihood", residualLikelihood == null ? null : residualLikelihood.toString());
            fields.put("risk.residualImpact", residualImpact == null ? null : residualImpact.toString());
            fields.put("risk.owner", owner);
            return fields;
        }
    }

    private static Rated rated(
            @Nullable String title,
            @Nullable String description,
            @Nullable Category category,
            @Nullable Integer likelihood,
            @Nullable Integer impact,
            @Nullable Integer residualLikelihood,
            @Nullable Integer residualImpact,
            @Nullable String owner) {
        var problems = new ArrayList<Problem>();
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            problems.add(new Problem("title", "risk.risk.title", "enter a title of up to 300 characters"));
        }
        if (description != null && description.length() > 4000) {
            problems.add(new Problem("description", "risk.risk.description", "up to 4,000 characters"));
        }
        if (category == null) {
            problems.add(new Problem("category", "risk.risk.category", "choose a category"));
        }
        if (!onScale(likelihood)) {
            problems.add(new Problem("likelihood", "risk.risk.likelihood", "choose from 1 to 5"));
        }
        if (!onScale(impact)) {
            problems.add(new Problem("impact", "risk.risk.impact", "choose from 1 to 5"));
        }
        if ((residualLikelihood == null) != (residualImpact == null)
                || (residualLikelihood != null && (!onScale(residualLikelihood) || !onScale(residualImpact)))) {
            problems.add(new Problem("residualLikelihood", "risk.risk.residual", "give both from 1 to 5, or neither"));
        }
        if (owner != null && owner.length() > 200) {
            problems.add(new Problem("owner", "risk.risk.owner", "up to 200 characters"));
        }
        if (!problems.isEmpty() || title == null || category == null || likelihood == null || impact == null) {
            throw new InvalidInputException(problems);
        }
        return new Rated(
                title.strip(),
                blankToNull(description),
                category,
                likelihood,
                impact,
                residualLikelihood,
                residualImpact,
                blankToNull(owner));
    }

    /** The risks of a version, the highest score first. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    List<Risk> risks(UUID assessmentId) {
        return jdbc
                .sql(RISK_COLUMNS + " where tenant_id = ? and assessment_id = ?")
                .params(actors.requireTenant().value(), assessmentId)
                .query(RiskRegister::risk)
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Risk::score).reversed().thenComparing(Risk::title))
                .toList();
    }

    private static final String RISK_COLUMNS = "select id, title, description, category, likelihood, impact,"
            + " residual_likelihood, residual_impact, owner, rated_on, assessment_id, version from risk_item";

    private static Risk risk(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new Risk(
                rs.getObject(1, UUID.class),
                rs.getString(2),
                rs.getString(3),
                Category.valueOf(rs.getString(4)),
                rs.getInt(5),
                rs.getInt(6),
                (Integer) rs.getObject(7),
                (Integer) rs.getObject(8),
                rs.getString(9),
                rs.getObject(10, LocalDate.class),
                rs.getObject(11, UUID.class),
                rs.getInt(12));
    }

    /**
     * The heat map of risks: cell [impact - 1][likelihood - 1] counts the risks rated there.
     */
    static int[][] heatMap(List<Risk> risks) {
        var cells = new int[5][5];
        for (var risk : risks) {
            cells[risk.impact() - 1][risk.likelihood() - 1]++;
        }
        return cells;
    }

    /**
     * Adds an action to the plan.
     *
     * @throws InvalidInputException naming each field that is not valid.
     */
    @Transactional
    @PreAuthorize(RiskAssessments.WRITE)
    UUID addAction(ActionInput input) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        checkAction(tenant, input);
        var id = UUID.randomUUID();
        jdbc.sql("insert into risk_action (id, tenant_id, risk_id, toolkit_section, title, owner_user_id, owner_name,"
                        + " due_on, status, created_by, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, 'NOT_STARTED', ?, ?, 0)")
                .params(
                        id,
                        tenant,
                        input.riskId(),
                        input.toolkitSection() == null
                                ? null
                                : input.toolkitSection().name(),
                        input.title().strip(),
                        input.ownerUserId(),
                        blankToNull(input.ownerName()),
                        input.dueOn(),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        history.record(ACTION_HISTORY, id, Map.of(), action(tenant, id).fields());
        audit.record(AuditRecord.of("RISK_ACTION_ADDED", "RISK_ACTION", id));
        return id;
    }

    /**
     * Changes what an action is, who owns it or when it is due, keeping what it was in its history; its status moves
     * with its progress notes.
     *
     * @param version the version the change was made from; when the action has changed since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the action has changed since.
     */
    @Transactional
    @PreAuthorize(RiskAssessments.WRITE)
    void updateAction(UUID id, int version, ActionInput input) {
        var tenant = actors.requireTenant().value();
        var before = action(tenant, id);
        checkAction(tenant, input);
        var title = input.title() == null ? "" : input.title().strip();
        var riskTitle = input.riskId() == null
                ? null
                : jdbc.sql("select title from risk_item where tenant_id = ? and id = ?")
                        .params(tenant, input.riskId())
                        .query(String.class)
                        .single();
        var after = new Action(
                id,
                input.riskId(),
                riskTitle,
                input.toolkitSection(),
                title,
                input.ownerUserId(),
                blankToNull(input.ownerName()),
                input.dueOn() == null ? before.dueOn() : input.dueOn(),
                before.status(),
                before.overdue(),
                before.notes(),
                version);
        history.change(
                ACTION_HISTORY,
                id,
                before.fields(),
                after.fields(),
                () -> jdbc.sql("update risk_action set risk_id = ?, toolkit_section = ?, title = ?, owner_user_id = ?,"
                                + " owner_name = ?, due_on = ?, version = version + 1"
                                + " where tenant_id = ? and id = ? and version = ?")
                        .params(
                                input.riskId(),
                                input.toolkitSection() == null
                                        ? null
                                        : input.toolkitSection().name(),
                                title,
                                input.ownerUserId(),
                                after.ownerName(),
                                after.dueOn(),
                                tenant,
                                id,
                                version)
                        .update());
    }

    /** An action of the plan with its progress notes. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    Action action(UUID id) {
        return action(actors.requireTenant().value(), id);
    }

    /** The changes made to an action, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    List<ChangeHistory.Change> actionHistory(UUID id) {
        action(id);
        return history.of(ACTION_HISTORY, id);
    }

    private Action action(UUID tenant, UUID id) {
        return actionsOf(tenant, null).stream()
                .filter(a -> a.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException("Action"));
    }

    private void checkAction(UUID tenant, ActionInput input) {
        var problems = new ArrayList<Problem>();
        if (input.title() == null
                || input.title().isBlank()
                || input.title().strip().length() > 500) {
            problems.add(new Problem("title", "risk.action.title", "describe the action in up to 500 characters"));
        }
        if (input.riskId() == null && input.toolkitSection() == null) {
            problems.add(new Problem("riskId", "risk.action.against", "choose a risk or a toolkit section"));
        }
        if (input.ownerUserId() == null
                && (input.ownerName() == null || input.ownerName().isBlank())) {
            problems.add(new Problem("ownerUserId", "risk.action.owner", "choose or name the owner"));
        }
        if (input.ownerName() != null && input.ownerName().strip().length() > 200) {
            problems.add(new Problem("ownerName", "risk.action.ownerName.tooLong", "up to 200 characters"));
        }
        if (input.dueOn() == null) {
            problems.add(new Problem("dueOn", "risk.action.due", "enter the day it is due"));
        }
        if (input.riskId() != null
                && jdbc.sql("select count(*) from risk_item where tenant_id = ? and id = ?")
                                .params(tenant, input.riskId())
                                .query(Integer.class)
                                .single()
                        == 0) {
            problems.add(new Problem("riskId", "risk.action.against", "choose a risk of the assessment"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    /** Records progress on an action with its new status. */
    @Transactional
    @PreAuthorize(RiskAssessments.WRITE)
    void note(UUID actionId, @Nullable ActionStatus status, @Nullable String note) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var known = jdbc.sql("select count(*) from risk_action where tenant_id = ? and id = ?")
                        .params(tenant, actionId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw new NotFoundException("Action");
        }
        if (status == null || note == null || note.isBlank() || note.strip().length() > 2000) {
            throw new InvalidInputException(List.of(
                    new Problem("note", "risk.action.noteMissing", "choose the status and describe the progress")));
        }
        jdbc.sql("insert into risk_action_note (id, tenant_id, action_id, noted_on, status, note, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        tenant,
                        actionId,
                        today(),
                        status.name(),
                        note.strip(),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        jdbc.sql("update risk_action set status = ?, version = version + 1 where tenant_id = ? and id = ?")
                .params(status.name(), tenant, actionId)
                .update();
        audit.record(
                AuditRecord.of("RISK_ACTION_PROGRESS", "RISK_ACTION", actionId).withDetail(status.name()));
    }

    /** The action plan, soonest due first, optionally only overdue actions. */
    @Transactional(readOnly = true)
    @PreAuthorize(RiskAssessments.READ)
    List<Action> actions(boolean overdueOnly) {
        return actionsOf(actors.requireTenant().value(), null).stream()
                .filter(a -> !overdueOnly || a.overdue())
                .toList();
    }

    @Override
    @Transactional(readOnly = true)
    public List<Task> tasks(Actor actor, @Nullable UUID caseId) {
        if (caseId != null || actor.tenantId() == null) {
            return List.of();
        }
        var tenant = actor.tenantId().value();
        var writer = actor.hasAny(Role.DELIVERY_OFFICER, Role.PREVENT_LEAD);
        var tasks = new ArrayList<Task>();
        // An overdue action is its owner's work; one with no owner in the product is the writers' to chase.
        actionsOf(tenant, writer ? null : actor.id()).stream()
                .filter(Action::overdue)
                .filter(a -> actor.id().equals(a.ownerUserId()) || a.ownerUserId() == null)
                .map(a -> new Task(
                        "ACTION_OVERDUE",
                        a.dueOn(),
                        "task.riskAction",
                        a.riskTitle() == null ? "task.reference.actionPlan" : a.riskTitle(),
                        "/risk/actions",
                        null,
                        List.of(a.title())))
                .forEach(tasks::add);
        if (!writer) {
            return tasks;
        }
        var until = today().plusDays(REVIEW_NOTICE_DAYS);
        jdbc.sql("select id, title, approved_on, significant_change_on from risk_assessment where tenant_id = ?"
                        + " order by version_number desc limit 1")
                .param(tenant)
                .query((rs, n) -> {
                    var assessment = rs.getObject(1, UUID.class);
                    var next = RiskRules.nextReview(rs.getObject(3, LocalDate.class), rs.getObject(4, LocalDate.class));
                    if (next != null && !next.isAfter(until)) {
                        tasks.add(new Task(
                                "RISK_REVIEW_DUE",
                                next,
                                "task.assessmentReview",
                                rs.getString(2),
                                "/risk",
                                null,
                                List.of(rs.getString(2))));
                    }
                    jdbc
                            .sql(RISK_COLUMNS + " where tenant_id = ? and assessment_id = ?")
                            .params(tenant, assessment)
                            .query(RiskRegister::risk)
                            .list()
                            .stream()
                            .filter(risk -> !risk.reviewOn().isAfter(until))
                            .forEach(risk -> tasks.add(new Task(
                                    "RISK_REVIEW_DUE",
                                    risk.reviewOn(),
                                    "task.riskReview",
                                    risk.title(),
                                    "/risk/risks/" + risk.id(),
                                    null,
                                    List.of(risk.title()))));
                    return true;
                })
                .list();
        return tasks;
    }

    /** A risk's review, and the assessment's, show as work from this many days before they are due. */
    static final int REVIEW_NOTICE_DAYS = 30;

    private List<Action> actionsOf(UUID tenant, @Nullable UUID owner) {
        var notes = new java.util.HashMap<UUID, List<Note>>();
        jdbc.sql("select action_id, noted_on, status, note, recorded_at from risk_action_note where tenant_id = ?"
                        + " order by recorded_at desc")
                .param(tenant)
                .query((rs, n) -> notes.computeIfAbsent(rs.getObject(1, UUID.class), k -> new ArrayList<>())
                        .add(new Note(
                                rs.getObject(2, LocalDate.class),
                                ActionStatus.valueOf(rs.getString(3)),
                                rs.getString(4),
                                rs.getTimestamp(5).toInstant())))
                .list();
        var today = today();
        return jdbc.sql("select a.id, a.risk_id, r.title, a.toolkit_section, a.title, a.owner_user_id, a.owner_name,"
                        + " a.due_on, a.status, a.version from risk_action a left join risk_item r on r.id = a.risk_id"
                        + " and r.tenant_id = a.tenant_id where a.tenant_id = :tenant"
                        + (owner == null ? "" : " and a.owner_user_id = :owner")
                        + " order by a.due_on, a.title")
                .param("tenant", tenant)
                .param("owner", owner)
                .query((rs, n) -> {
                    var status = ActionStatus.valueOf(rs.getString(9));
                    var due = rs.getObject(8, LocalDate.class);
                    return new Action(
                            rs.getObject(1, UUID.class),
                            rs.getObject(2, UUID.class),
                            rs.getString(3),
                            rs.getString(4) == null ? null : RiskRules.ToolkitSection.valueOf(rs.getString(4)),
                            rs.getString(5),
                            rs.getObject(6, UUID.class),
                            rs.getString(7),
                            due,
                            status,
                            RiskRules.overdue(status, due, today),
                            notes.getOrDefault(rs.getObject(1, UUID.class), List.of()),
                            rs.getInt(10));
                })
                .list();
    }

    private void requireAssessment(UUID tenant, UUID assessmentId) {
        var known = jdbc.sql("select count(*) from risk_assessment where tenant_id = ? and id = ?")
                        .params(tenant, assessmentId)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw new NotFoundException("Risk assessment");
        }
    }

    private static boolean onScale(@Nullable Integer value) {
        return value != null && value >= 1 && value <= 5;
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
