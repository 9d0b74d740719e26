package org.preventduty.risk;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The versions of the local risk assessment: a draft goes out for consultation, is reviewed by a named group on a day
 * and approved by a named person or committee on a day; a new version starts from the risks of the last. A significant
 * change brings the next review forward. Also the self-assessment against the toolkit's eight sections.
 */
@Service
class RiskAssessments {

    /** Where a version stands. */
    enum Status {
        DRAFT,
        CONSULTATION,
        REVIEWED,
        APPROVED
    }

    /** A version of the assessment. */
    record Assessment(
            UUID id,
            int versionNumber,
            String title,
            Status status,
            @Nullable String reviewedByGroup,
            @Nullable LocalDate reviewedOn,
            @Nullable String approvedBy,
            @Nullable LocalDate approvedOn,
            @Nullable LocalDate significantChangeOn,
            @Nullable String significantChangeNote,
            @Nullable LocalDate nextReview) {

        /** Whether it may be sent out for consultation: while a draft. */
        public boolean maySendForConsultation() {
            return status == Status.DRAFT;
        }

        /** The stage it moves to once a group or person has looked at it, or {@literal null} when none is next. */
        public @Nullable Status nextRecordedStage() {
            return switch (status) {
                case CONSULTATION -> Status.REVIEWED;
                case REVIEWED -> Status.APPROVED;
                case DRAFT, APPROVED -> null;
            };
        }

        /** Whether what is recorded next is its approval (after its review), not its review. */
        public boolean recordsApproval() {
            return status == Status.REVIEWED;
        }

        /** Whether a significant change in risk may be recorded against it: once approved. */
        public boolean mayRecordChange() {
            return status == Status.APPROVED;
        }

        /** Whether a new version may follow it: once it is approved. */
        public boolean mayBeFollowed() {
            return status == Status.APPROVED;
        }
    }

    /** The latest rating of a toolkit section. */
    record ToolkitRating(
            RiskRules.ToolkitSection section,
            RiskRules.@Nullable Rag rag,
            @Nullable String evidence,
            @Nullable String actions,
            @Nullable LocalDate assessedOn) {}

    static final String READ = "hasAnyRole('DELIVERY_OFFICER', 'PREVENT_LEAD', 'REPORT_VIEWER')";
    static final String WRITE = "hasAnyRole('DELIVERY_OFFICER', 'PREVENT_LEAD')";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;

    RiskAssessments(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** Every version, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    List<Assessment> versions() {
        return jdbc.sql(SELECT + " where tenant_id = ? order by version_number desc")
                .param(actors.requireTenant().value())
                .query((rs, n) -> assessment(rs))
                .list();
    }

    /** The newest version, if any. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    Optional<Assessment> current() {
        return versions().stream().findFirst();
    }

    /** A version. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    Assessment get(UUID id) {
        return jdbc.sql(SELECT + " where tenant_id = ? and id = ?")
                .params(actors.requireTenant().value(), id)
                .query((rs, n) -> assessment(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Risk assessment"));
    }

    /**
     * Starts a new version as a draft, carrying over the risks of the last version (with their ratings) so that the
     * review starts from them.
     *
     * @throws RuleViolationException (422) while the newest version is not approved.
     */
    @Transactional
    @PreAuthorize(WRITE)
    UUID startVersion(@Nullable String title) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var problems = new ArrayList<Problem>();
        if (title == null || title.isBlank() || title.strip().length() > 300) {
            problems.add(new Problem("title", "risk.assessment.title", "enter a title of up to 300 characters"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var last = current();
        if (last.isPresent() && last.get().status() != Status.APPROVED) {
            throw RuleViolationException.rule(
                    "risk.assessment.unfinished", "Approve the current version before starting another.");
        }
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        jdbc.sql("insert into risk_assessment (id, tenant_id, version_number, title, status, created_by, created_at,"
                        + " version) values (?, ?, ?, ?, 'DRAFT', ?, ?, 0)")
                .params(id, tenant, last.map(a -> a.versionNumber() + 1).orElse(1), title.strip(), actor.id(), now)
                .update();
        last.ifPresent(previous -> jdbc.sql("select title, description, category, likelihood, impact,"
                        + " residual_likelihood, residual_impact, owner, rated_on from risk_item where tenant_id = ?"
                        + " and assessment_id = ? order by created_at, id")
                .params(tenant, previous.id())
                .query((rs, n) -> jdbc.sql("insert into risk_item (id, tenant_id, assessment_id, title, description,"
                                + " category, likelihood, impact, residual_likelihood, residual_impact, owner, rated_on,"
                                + " created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?,"
                                + " 0)")
                        .params(
                                UUID.randomUUID(),
                                tenant,
                                id,
                                rs.getString(1),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getInt(4),
                                rs.getInt(5),
                                rs.getObject(6),
                                rs.getObject(7),
                                rs.getString(8),
                                rs.getObject(9, LocalDate.class),
                                actor.id(),
                                now)
                        .update())
                .list());
        audit.record(AuditRecord.of("RISK_ASSESSMENT_STARTED", "RISK_ASSESSMENT", id));
        return id;
    }

    /** Sends the draft out for consultation. */
    @Transactional
    @PreAuthorize(WRITE)
    void toConsultation(UUID id) {
        move(id, Status.DRAFT, Status.CONSULTATION, null, null, "CONSULTATION");
    }

    /** Records the review by a named group on a day. */
    @Transactional
    @PreAuthorize(WRITE)
    void reviewed(UUID id, @Nullable String group, @Nullable LocalDate on) {
        move(id, Status.CONSULTATION, Status.REVIEWED, group, on, "REVIEWED");
    }

    /** Records the approval by a named person or committee on a day. */
    @Transactional
    @PreAuthorize(WRITE)
    void approved(UUID id, @Nullable String by, @Nullable LocalDate on) {
        move(id, Status.REVIEWED, Status.APPROVED, by, on, "APPROVED");
    }

    private void move(UUID id, Status from, Status to, @Nullable String who, @Nullable LocalDate on, String action) {
        var tenant = actors.requireTenant().value();
        var assessment = get(id);
        if (assessment.status() != from) {
            throw RuleViolationException.rule(
                    "risk.assessment.order", "The assessment moves from draft to consultation, review and approval.");
        }
        if (to == Status.REVIEWED || to == Status.APPROVED) {
            var problems = new ArrayList<Problem>();
            if (who == null || who.isBlank() || who.strip().length() > 300) {
                problems.add(new Problem("who", "risk.assessment.who", "name the group or person"));
            }
            if (on == null || on.isAfter(today())) {
                problems.add(new Problem("on", "risk.assessment.on", "enter a day not in the future"));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
        }
        var set = switch (to) {
            case REVIEWED -> ", reviewed_by_group = :who, reviewed_on = :on";
            case APPROVED -> ", approved_by = :who, approved_on = :on";
            default -> "";
        };
        jdbc.sql("update risk_assessment set status = :status" + set + ", version = version + 1 where tenant_id ="
                        + " :tenant and id = :id")
                .param("status", to.name())
                .param("who", who == null ? null : who.strip())
                .param("on", on)
                .param("tenant", tenant)
                .param("id", id)
                .update();
        audit.record(AuditRecord.of("RISK_ASSESSMENT_" + action, "RISK_ASSESSMENT", id));
    }

    /**
     * Records a significant change in risk, which brings the next review forward.
     *
     * @throws InvalidInputException when the day or the note is missing.
     */
    @Transactional
    @PreAuthorize(WRITE)
    void significantChange(UUID id, @Nullable LocalDate on, @Nullable String note) {
        var tenant = actors.requireTenant().value();
        get(id);
        if (on == null
                || on.isAfter(today())
                || note == null
                || note.isBlank()
                || note.strip().length() > 2000) {
            throw new InvalidInputException(
                    List.of(new Problem("note", "risk.assessment.change", "enter the day and what changed")));
        }
        jdbc.sql("update risk_assessment set significant_change_on = ?, significant_change_note = ?,"
                        + " version = version + 1 where tenant_id = ? and id = ?")
                .params(on, note.strip(), tenant, id)
                .update();
        audit.record(AuditRecord.of("RISK_SIGNIFICANT_CHANGE", "RISK_ASSESSMENT", id));
    }

    /** The latest rating of each toolkit section, in the toolkit's order. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    List<ToolkitRating> toolkit() {
        var latest = new java.util.HashMap<String, ToolkitRating>();
        jdbc.sql("select section, rag, evidence, actions, assessed_on from risk_toolkit_rating where tenant_id = ?"
                        + " order by recorded_at")
                .param(actors.requireTenant().value())
                .query((rs, n) -> latest.put(
                        rs.getString(1),
                        new ToolkitRating(
                                RiskRules.ToolkitSection.valueOf(rs.getString(1)),
                                RiskRules.Rag.valueOf(rs.getString(2)),
                                rs.getString(3),
                                rs.getString(4),
                                rs.getObject(5, LocalDate.class))))
                .list();
        return java.util.Arrays.stream(RiskRules.ToolkitSection.values())
                .map(section -> latest.getOrDefault(section.name(), new ToolkitRating(section, null, null, null, null)))
                .toList();
    }

    /** Rates a toolkit section today, with the evidence and the actions it needs. */
    @Transactional
    @PreAuthorize(WRITE)
    void rate(
            RiskRules.@Nullable ToolkitSection section,
            RiskRules.@Nullable Rag rag,
            @Nullable String evidence,
            @Nullable String actions) {
        var actor = actors.require();
        if (section == null
                || rag == null
                || (evidence != null && evidence.length() > 4000)
                || (actions != null && actions.length() > 2000)) {
            throw new InvalidInputException(
                    List.of(new Problem("rag", "risk.toolkit.invalid", "choose a section and a rating")));
        }
        jdbc.sql("insert into risk_toolkit_rating (id, tenant_id, section, rag, evidence, actions, assessed_on,"
                        + " assessed_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        actor.requireTenant().value(),
                        section.name(),
                        rag.name(),
                        blankToNull(evidence),
                        blankToNull(actions),
                        today(),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(
                AuditRecord.of("TOOLKIT_RATED", "RISK_TOOLKIT", section.name()).withDetail(rag.name()));
    }

    private static @Nullable String blankToNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static final String SELECT = "select id, version_number, title, status, reviewed_by_group, reviewed_on,"
            + " approved_by, approved_on, significant_change_on, significant_change_note from risk_assessment";

    private static Assessment assessment(java.sql.ResultSet rs) throws java.sql.SQLException {
        var approvedOn = rs.getObject(8, LocalDate.class);
        var changeOn = rs.getObject(9, LocalDate.class);
        return new Assessment(
                rs.getObject(1, UUID.class),
                rs.getInt(2),
                rs.getString(3),
                Status.valueOf(rs.getString(4)),
                rs.getString(5),
                rs.getObject(6, LocalDate.class),
                rs.getString(7),
                approvedOn,
                changeOn,
                rs.getString(10),
                RiskRules.nextReview(approvedOn, changeOn));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
