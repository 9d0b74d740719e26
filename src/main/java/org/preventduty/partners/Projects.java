package org.preventduty.partners;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
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
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Commissioned projects: provider, funding source and amount, period, aims and target group; what each delivered in a
 * quarter, with its participants counted by age band and sex in aggregate only, and the feedback it gathered.
 */
@Service
class Projects {

    /** What a project is. */
    record Input(
            @Nullable String title,
            @Nullable String provider,
            @Nullable String fundingSource,
            @Nullable BigDecimal amountPounds,
            @Nullable LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String aims,
            @Nullable String targetGroup) {}

    /** What a project delivered in a quarter. */
    record Output(
            @Nullable LocalDate quarterStart,
            int seriesDelivered,
            int sessionsDelivered,
            int participants,
            int ageUnder16,
            int age16To24,
            int age25AndOver,
            int ageUnknown,
            int female,
            int male,
            int sexUnknown,
            @Nullable String feedback) {}

    /** A project with its outputs, oldest quarter first, and their totals. */
    record Project(
            UUID id,
            String title,
            String provider,
            String fundingSource,
            @Nullable Long amountPence,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String aims,
            @Nullable String targetGroup,
            List<Output> outputs,
            int version) {

        public long totalSeries() {
            return outputs.stream().mapToLong(Output::seriesDelivered).sum();
        }

        public long totalSessions() {
            return outputs.stream().mapToLong(Output::sessionsDelivered).sum();
        }

        public long totalParticipants() {
            return outputs.stream().mapToLong(Output::participants).sum();
        }

        /** The amount in pounds, or null. */
        public @Nullable BigDecimal amountPounds() {
            return amountPence == null ? null : BigDecimal.valueOf(amountPence, 2);
        }
    }

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeHistory history;

    static final ChangeHistory.Kind HISTORY =
            new ChangeHistory.Kind("PARTNER_PROJECT", "PROJECT_CHANGED", "partners.project.stale");

    Projects(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ChangeHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a project.
     *
     * @throws InvalidInputException naming each field that is not valid.
     */
    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    UUID create(Input input) {
        var actor = actors.require();
        var checked = checked(input);
        var id = UUID.randomUUID();
        jdbc.sql("insert into partner_project (id, tenant_id, title, provider, funding_source, amount_pence, starts_on,"
                        + " ends_on, aims, target_group, created_by, created_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        checked.title(),
                        checked.provider(),
                        checked.fundingSource(),
                        checked.amountPence(),
                        checked.startsOn(),
                        checked.endsOn(),
                        checked.aims(),
                        checked.targetGroup(),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        history.record(HISTORY, id, Map.of(), checked.fields());
        audit.record(AuditRecord.of("PROJECT_CREATED", "PARTNER_PROJECT", id));
        return id;
    }

    /**
     * Changes what a project is, keeping what it was in its history; its outputs are kept as they are.
     *
     * @param version the version the change was made from; when someone has changed it since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the project has changed since.
     */
    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void update(UUID id, int version, Input input) {
        var tenant = actors.requireTenant().value();
        var before = project(tenant, id);
        var checked = checked(input);
        var was = new Checked(
                before.title(),
                before.provider(),
                before.fundingSource(),
                before.amountPence(),
                before.startsOn(),
                before.endsOn(),
                before.aims(),
                before.targetGroup());
        history.change(
                HISTORY,
                id,
                was.fields(),
                checked.fields(),
                () -> jdbc.sql("update partner_project set title = ?, provider = ?, funding_source = ?,"
                                + " amount_pence = ?, starts_on = ?, ends_on = ?, aims = ?, target_group = ?,"
                                + " version = version + 1 where tenant_id = ? and id = ? and version = ?")
                        .params(
                                checked.title(),
                                checked.provider(),
                                checked.fundingSource(),
                                checked.amountPence(),
                                checked.startsOn(),
                                checked.endsOn(),
                                checked.aims(),
                                checked.targetGroup(),
                                tenant,
                                id,
                                version)
                        .update());
    }

    /** The changes made to what a project is, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<ChangeHistory.Change> history(UUID id) {
        get(id);
        return history.of(HISTORY, id);
    }

    /** What a project is, checked. */
    private record Checked(
            String title,
            String provider,
            String fundingSource,
            @Nullable Long amountPence,
            LocalDate startsOn,
            @Nullable LocalDate endsOn,
            @Nullable String aims,
            @Nullable String targetGroup) {

        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("partners.project.title", title);
            fields.put("partners.project.provider", provider);
            fields.put("partners.project.funding", fundingSource);
            fields.put(
                    "partners.project.amount",
                    amountPence == null
                            ? null
                            : "£" + BigDecimal.valueOf(amountPence, 2).toPlainString());
            fields.put("partners.project.startsOn", startsOn.toString());
            fields.put("partners.project.endsOn", endsOn == null ? null : endsOn.toString());
            fields.put("partners.project.aims", aims);
            fields.put("partners.project.target", targetGroup);
            return fields;
        }
    }

    private static Checked checked(Input input) {
        var problems = new ArrayList<Problem>();
        var title = PartnerRecords.text(input.title(), 300, "title", "partners.project.title", true, problems);
        var provider =
                PartnerRecords.text(input.provider(), 200, "provider", "partners.project.provider", true, problems);
        var funding = PartnerRecords.text(
                input.fundingSource(), 200, "fundingSource", "partners.project.funding", true, problems);
        Long pence = null;
        if (input.amountPounds() != null) {
            if (input.amountPounds().signum() < 0 || input.amountPounds().scale() > 2) {
                problems.add(new Problem(
                        "amount", "partners.project.amount.invalid", "enter an amount in pounds and pence"));
            } else {
                pence = input.amountPounds().movePointRight(2).longValueExact();
            }
        }
        if (input.startsOn() == null) {
            problems.add(new Problem("startsOn", "partners.project.starts.invalid", "enter the day it starts"));
        } else if (input.endsOn() != null && input.endsOn().isBefore(input.startsOn())) {
            problems.add(new Problem("endsOn", "partners.project.ends.invalid", "cannot end before it starts"));
        }
        var aims = PartnerRecords.text(input.aims(), 2000, "aims", "partners.project.aims", false, problems);
        var target = PartnerRecords.text(
                input.targetGroup(), 500, "targetGroup", "partners.project.target", false, problems);
        if (!problems.isEmpty() || title == null || provider == null || funding == null || input.startsOn() == null) {
            throw new InvalidInputException(problems);
        }
        return new Checked(title, provider, funding, pence, input.startsOn(), input.endsOn(), aims, target);
    }

    /**
     * Records what a project delivered in a quarter. The age bands and the sexes each add up to the participants.
     *
     * @throws InvalidInputException when the quarter or a count is not valid.
     * @throws RuleViolationException (409) when the quarter is recorded already.
     */
    @Transactional
    @PreAuthorize(PartnerRecords.WRITE)
    void recordOutput(UUID projectId, Output output) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        get(projectId);
        var problems = new ArrayList<Problem>();
        var quarter = output.quarterStart();
        if (quarter == null || quarter.getDayOfMonth() != 1 || (quarter.getMonthValue() - 1) % 3 != 0) {
            problems.add(new Problem("quarterStart", "partners.output.quarter.invalid", "the first day of a quarter"));
        }
        int[] counts = {
            output.seriesDelivered(),
            output.sessionsDelivered(),
            output.participants(),
            output.ageUnder16(),
            output.age16To24(),
            output.age25AndOver(),
            output.ageUnknown(),
            output.female(),
            output.male(),
            output.sexUnknown()
        };
        for (var count : counts) {
            if (count < 0 || count > 100_000) {
                problems.add(new Problem("participants", "partners.output.count.invalid", "counts from 0 to 100,000"));
                break;
            }
        }
        var ages = output.ageUnder16() + output.age16To24() + output.age25AndOver() + output.ageUnknown();
        var sexes = output.female() + output.male() + output.sexUnknown();
        if (ages != output.participants() || sexes != output.participants()) {
            problems.add(new Problem(
                    "participants",
                    "partners.output.sums.invalid",
                    "the age bands and the sexes each add up to the total"));
        }
        var feedback =
                PartnerRecords.text(output.feedback(), 4000, "feedback", "partners.output.feedback", false, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var recorded = jdbc.sql("select count(*) from partner_project_output where tenant_id = ? and project_id = ?"
                                + " and quarter_start = ?")
                        .params(tenant, projectId, quarter)
                        .query(Integer.class)
                        .single()
                > 0;
        if (recorded) {
            throw RuleViolationException.conflict(
                    "partners.output.recorded", "This quarter is recorded already for the project.");
        }
        jdbc.sql("insert into partner_project_output (id, tenant_id, project_id, quarter_start, series_delivered,"
                        + " sessions_delivered, participants, age_under_16, age_16_to_24, age_25_and_over, age_unknown,"
                        + " sex_female, sex_male, sex_unknown, feedback, recorded_by, recorded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        tenant,
                        projectId,
                        quarter,
                        output.seriesDelivered(),
                        output.sessionsDelivered(),
                        output.participants(),
                        output.ageUnder16(),
                        output.age16To24(),
                        output.age25AndOver(),
                        output.ageUnknown(),
                        output.female(),
                        output.male(),
                        output.sexUnknown(),
                        feedback,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("PROJECT_OUTPUT_RECORDED", "PARTNER_PROJECT", projectId)
                .withDetail(String.valueOf(quarter)));
    }

    /** The council's projects, newest first, with their outputs. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    List<Project> list() {
        var tenant = actors.requireTenant().value();
        return jdbc
                .sql("select id from partner_project where tenant_id = ? order by starts_on desc, title, id")
                .param(tenant)
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> project(tenant, id))
                .toList();
    }

    /** The council's projects, newest first, a page (from 0) at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    Paged<Project> list(int page) {
        return list(Math.max(0, page), PartnerRecords.PAGE_SIZE);
    }

    /**
     * The council's projects, newest first, a page (from 0) of the size asked at a time.
     *
     * @throws IllegalArgumentException when the page is negative or the size is not from 1 to {@link Paged#MAX_SIZE}.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    Paged<Project> list(int page, int size) {
        Paged.check(page, size);
        var tenant = actors.requireTenant().value();
        var at = page;
        var total = jdbc.sql("select count(*) from partner_project where tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        var items = jdbc
                .sql("select id from partner_project where tenant_id = ? order by starts_on desc, title, id"
                        + " limit ? offset ?")
                .params(tenant, size, Paged.offset(at, size))
                .query(UUID.class)
                .list()
                .stream()
                .map(id -> project(tenant, id))
                .toList();
        return new Paged<>(items, at, size, total);
    }

    /** A project with its outputs. */
    @Transactional(readOnly = true)
    @PreAuthorize(PartnerRecords.READ)
    Project get(UUID id) {
        return project(actors.requireTenant().value(), id);
    }

    private Project project(UUID tenant, UUID id) {
        var outputs = jdbc.sql("select quarter_start, series_delivered, sessions_delivered, participants, age_under_16,"
                        + " age_16_to_24, age_25_and_over, age_unknown, sex_female, sex_male, sex_unknown, feedback"
                        + " from partner_project_output where tenant_id = ? and project_id = ? order by quarter_start")
                .params(tenant, id)
                .query((rs, n) -> new Output(
                        rs.getObject(1, LocalDate.class),
                        rs.getInt(2),
                        rs.getInt(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getInt(6),
                        rs.getInt(7),
                        rs.getInt(8),
                        rs.getInt(9),
                        rs.getInt(10),
                        rs.getInt(11),
                        rs.getString(12)))
                .list();
        return jdbc.sql("select id, title, provider, funding_source, amount_pence, starts_on, ends_on, aims,"
                        + " target_group, version from partner_project where tenant_id = ? and id = ?")
                .params(tenant, id)
                .query((rs, n) -> new Project(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        (Long) rs.getObject(5, Long.class),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getString(9),
                        outputs,
                        rs.getInt(10)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Project"));
    }
}
