package org.preventduty.training;

import java.io.Reader;
import java.io.StringReader;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.CsvLines;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Staff, courses, sessions and completions: the imports of staff lists and e-learning completions (every good line
 * kept, every rejected line reported with why, the same file twice changing nothing, leavers kept with their end date),
 * courses, sessions whose attendees get completions, and coverage on a day.
 */
@Service
class TrainingRecords {

    static final List<String> STAFF_HEADER = List.of(
            "staff_id",
            "name",
            "email",
            "organisation",
            "department",
            "role",
            "required_tier",
            "start_date",
            "end_date");
    /** A staff list may add the manager's staff id as a last column, for reminders to reach the manager too. */
    static final String MANAGER_COLUMN = "manager_staff_id";

    static final List<String> COMPLETION_HEADER = List.of("staff_id", "course_code", "completed_on");

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
    private static final int MAX_LINES = 200_000;
    /** Lines of an import read, checked and committed together. */
    private static final int BATCH = 2_000;

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final RequirementRules rules;
    private final Completions completions;
    private final org.springframework.jdbc.core.JdbcTemplate batches;
    private final Clock clock;
    private final ValidityPeriods validity;
    private final org.springframework.transaction.support.TransactionTemplate transactions;

    TrainingRecords(
            JdbcClient jdbc,
            org.springframework.jdbc.core.JdbcTemplate batches,
            CurrentActor actors,
            AuditTrail audit,
            RequirementRules rules,
            Completions completions,
            Clock clock,
            ValidityPeriods validity,
            org.springframework.transaction.support.TransactionTemplate transactions,
            io.micrometer.core.instrument.MeterRegistry meters) {
        this.meters = meters;
        this.transactions = transactions;
        this.completions = completions;
        this.validity = validity;
        this.jdbc = jdbc;
        this.batches = batches;
        this.actors = actors;
        this.audit = audit;
        this.rules = rules;
        this.clock = clock;
    }

    private final io.micrometer.core.instrument.MeterRegistry meters;

    /** Counts the lines of an import applied, by what became of them, for the service's operators. */
    private void count(String kind, int created, int updated, int rejected) {
        for (var result : java.util.Map.of("created", created, "updated", updated, "rejected", rejected)
                .entrySet()) {
            io.micrometer.core.instrument.Counter.builder("pdm.imports.lines")
                    .description("Lines of staff lists and completion files imported, by what became of them")
                    .tag("kind", kind)
                    .tag("result", result.getKey())
                    .register(meters)
                    .increment(result.getValue());
        }
    }

    /** A line of an import that was not kept, and why. */
    record Rejected(long line, String message) {}

    /** What an import did. */
    record ImportResult(int created, int updated, List<Rejected> rejected) {}

    record StaffRow(
            String staffId,
            String name,
            @Nullable String email,
            String organisation,
            @Nullable String department,
            @Nullable String role,
            @Nullable Integer requiredTier,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            @Nullable String managerStaffId) {

        StaffRow withManager(@Nullable String manager) {
            return new StaffRow(
                    staffId, name, email, organisation, department, role, requiredTier, startDate, endDate, manager);
        }
    }

    /** Imports a staff list: new staff are added, changed ones updated, unchanged ones left alone. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult importStaff(Reader csv) {
        return importStaff(csv, true);
    }

    /** Imports a staff list held as text. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult importStaff(String csv) {
        return importStaff(new StringReader(csv), true);
    }

    /** Imports a staff list, or with {@code apply} false says what importing it would do and changes nothing. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult importStaff(String csv, boolean apply) {
        return importStaff(new StringReader(csv), apply);
    }

    /**
     * Imports a staff list read a line at a time, committed a batch of lines at a time, so that a list at the size
     * limit is read in bounded memory; the periods of valid training of the council are recomputed once at the end. With
     * {@code apply} false says what importing it would do and changes nothing.
     */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult importStaff(Reader csv, boolean apply) {
        var tenant = actors.requireTenant().value();
        var rejected = new ArrayList<Rejected>();
        var firstLine = new HashMap<String, Long>();
        var withManager = new ArrayList<>(STAFF_HEADER);
        withManager.add(MANAGER_COLUMN);
        var lines = CsvLines.open(csv, MAX_LINES, List.of(STAFF_HEADER, withManager));
        var managers = lines.hasColumn(MANAGER_COLUMN);
        var now = Timestamp.from(clock.instant());
        var counts = new int[2];
        lines.inBatches(BATCH, batch -> {
            var rows = new LinkedHashMap<String, StaffRow>();
            for (var line : batch) {
                var row = staffRow(line, managers);
                if (row == null) {
                    rejected.add(new Rejected(line.number(), line.message()));
                    continue;
                }
                var earlier = firstLine.putIfAbsent(row.staffId(), line.number());
                if (earlier != null) {
                    rejected.add(new Rejected(
                            line.number(), "staff_id " + row.staffId() + " is already on line " + earlier));
                    continue;
                }
                rows.put(row.staffId(), row);
            }
            transactions.executeWithoutResult(status -> {
                var changes = staffChanges(tenant, rows, managers, now);
                counts[0] += changes.inserts().size();
                counts[1] += changes.updates().size();
                if (apply) {
                    batch(
                            "insert into training_staff (id, tenant_id, staff_id, name, email, organisation, department,"
                                    + " job_role, elected_member, required_tier, start_date, end_date, manager_staff_id,"
                                    + " created_at, updated_at, version)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)",
                            changes.inserts());
                    batch(
                            "update training_staff set name = ?, email = ?, organisation = ?, department = ?,"
                                    + " job_role = ?, elected_member = ?, required_tier = ?, start_date = ?,"
                                    + " end_date = ?, manager_staff_id = ?, updated_at = ?,"
                                    + " version = version + 1 where tenant_id = ? and staff_id = ?",
                            changes.updates());
                }
            });
        });
        if (apply) {
            transactions.executeWithoutResult(status -> {
                rules.recompute(tenant);
                audit.record(AuditRecord.of("STAFF_IMPORTED", "TRAINING_STAFF", "import")
                        .withDetail(
                                counts[0] + " created, " + counts[1] + " updated, " + rejected.size() + " rejected"));
            });
            count("staff", counts[0], counts[1], rejected.size());
        }
        return new ImportResult(counts[0], counts[1], rejected);
    }

    private record Changes(List<Object[]> inserts, List<Object[]> updates) {}

    /** The rows of a batch to add and to change, against what the council holds of the same staff. */
    private Changes staffChanges(UUID tenant, Map<String, StaffRow> rows, boolean managers, Timestamp now) {
        var existing = new HashMap<String, StaffRow>();
        if (!rows.isEmpty()) {
            jdbc.sql("select staff_id, name, email, organisation, department, job_role, required_tier, start_date,"
                            + " end_date, manager_staff_id from training_staff where tenant_id = :tenant"
                            + " and staff_id in (:ids)")
                    .param("tenant", tenant)
                    .param("ids", List.copyOf(rows.keySet()))
                    .query((rs, n) -> existing.put(
                            rs.getString(1),
                            new StaffRow(
                                    rs.getString(1),
                                    rs.getString(2),
                                    rs.getString(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    (Integer) rs.getObject(7),
                                    rs.getObject(8, LocalDate.class),
                                    rs.getObject(9, LocalDate.class),
                                    rs.getString(10))))
                    .list();
        }
        var inserts = new ArrayList<Object[]>();
        var updates = new ArrayList<Object[]>();
        for (var read : rows.values()) {
            var before = existing.get(read.staffId());
            // A list without the manager column leaves the managers held alone.
            var row = managers || before == null ? read : read.withManager(before.managerStaffId());
            if (before == null) {
                inserts.add(new Object[] {
                    UUID.randomUUID(),
                    tenant,
                    row.staffId(),
                    row.name(),
                    row.email(),
                    row.organisation(),
                    row.department(),
                    row.role(),
                    isElectedMember(row),
                    row.requiredTier(),
                    row.startDate(),
                    row.endDate(),
                    row.managerStaffId(),
                    now,
                    now
                });
            } else if (!before.equals(row)) {
                updates.add(new Object[] {
                    row.name(),
                    row.email(),
                    row.organisation(),
                    row.department(),
                    row.role(),
                    isElectedMember(row),
                    row.requiredTier(),
                    row.startDate(),
                    row.endDate(),
                    row.managerStaffId(),
                    now,
                    tenant,
                    row.staffId()
                });
            }
        }
        return new Changes(inserts, updates);
    }

    /** Writes rows in batches of 1,000 statements. */
    private void batch(String sql, List<Object[]> rows) {
        for (var from = 0; from < rows.size(); from += 1_000) {
            batches.batchUpdate(sql, rows.subList(from, Math.min(rows.size(), from + 1_000)));
        }
    }

    private static boolean isElectedMember(StaffRow row) {
        var role = row.role() == null ? "" : row.role().toLowerCase(java.util.Locale.ROOT);
        return role.contains("councillor") || role.contains("elected member");
    }

    /** The member of staff a line gives, or null when the line has problems, each of them kept on the line. */
    private static @Nullable StaffRow staffRow(CsvLines.Line line, boolean managers) {
        var staffId = line.required("staff_id", 50);
        var name = line.required("name", 200);
        var email = line.optional("email", 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            line.problem("email is not an email address");
        }
        var organisation = line.required("organisation", 200);
        Integer tier = null;
        var tierText = line.optional("required_tier", 2);
        if (tierText != null) {
            try {
                tier = Integer.valueOf(tierText);
                if (tier < 1 || tier > 3) {
                    line.problem("required_tier must be 1, 2 or 3");
                }
            } catch (NumberFormatException e) {
                line.problem("required_tier must be 1, 2 or 3");
            }
        }
        var start = line.date("start_date");
        var end = line.date("end_date");
        if (start != null && end != null && end.isBefore(start)) {
            line.problem("end_date is before start_date");
        }
        var department = line.optional("department", 200);
        var role = line.optional("role", 200);
        var manager = managers ? line.optional(MANAGER_COLUMN, 50) : null;
        if (!line.fine()) {
            return null;
        }
        return new StaffRow(
                Objects.requireNonNull(staffId),
                Objects.requireNonNull(name),
                email,
                Objects.requireNonNull(organisation),
                department,
                role,
                tier,
                start,
                end,
                manager);
    }

    /** Imports e-learning completions: each line a completion of a known course by a known member of staff. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult importCompletions(Reader csv) {
        return importCompletions(csv, true);
    }

    /** Imports completions held as text. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult importCompletions(String csv) {
        return importCompletions(new StringReader(csv), true);
    }

    /** Imports completions, or with {@code apply} false says what importing them would do and changes nothing. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult importCompletions(String csv, boolean apply) {
        return importCompletions(new StringReader(csv), apply);
    }

    /**
     * Imports completions read a line at a time and committed a batch at a time, each batch with the periods of valid
     * training of the staff it touches; with {@code apply} false says what importing them would do and changes nothing.
     */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult importCompletions(Reader csv, boolean apply) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var lines = CsvLines.open(csv, MAX_LINES, List.of(COMPLETION_HEADER));
        var staff = transactions.execute(
                status -> ids("select staff_id, id from training_staff where tenant_id = ?", tenant));
        var courses = transactions.execute(status -> courses(tenant));
        var today = LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London")));
        var rejected = new ArrayList<Rejected>();
        var created = new int[1];
        var seen = new HashMap<String, Long>();
        var now = Timestamp.from(clock.instant());
        lines.inBatches(BATCH, batch -> {
            var wanted = new ArrayList<Object[]>();
            for (var line : batch) {
                var staffId = line.required("staff_id", 50);
                var code = line.required("course_code", 40);
                var on = line.date("completed_on");
                if (on == null && line.optional("completed_on", 10) == null) {
                    line.problem("completed_on is missing");
                }
                if (on != null && on.isAfter(today)) {
                    line.problem("completed_on is in the future");
                }
                var staffRow = staffId == null ? null : staff.get(staffId);
                if (staffId != null && staffRow == null) {
                    line.problem("staff_id " + staffId + " is not a known member of staff");
                }
                var course = code == null ? null : courses.get(code);
                if (code != null && course == null) {
                    line.problem("course_code " + code + " is not a known course");
                }
                if (!line.fine()) {
                    rejected.add(new Rejected(line.number(), line.message()));
                    continue;
                }
                var earlier = seen.putIfAbsent(staffId + "|" + code + "|" + on, line.number());
                if (earlier != null) {
                    rejected.add(new Rejected(line.number(), "the same completion is already on line " + earlier));
                    continue;
                }
                wanted.add(new Object[] {
                    UUID.randomUUID(),
                    tenant,
                    staffRow,
                    course.id(),
                    on,
                    TrainingRules.expiry(on, course.validityMonths()),
                    "IMPORT",
                    null,
                    actor.id(),
                    now
                });
            }
            transactions.executeWithoutResult(status -> {
                var held = heldCompletions(tenant, wanted);
                var inserts = wanted.stream()
                        .filter(row -> !held.contains(row[2] + "|" + row[3] + "|" + row[4]))
                        .toList();
                created[0] += inserts.size();
                if (apply && !inserts.isEmpty()) {
                    batch(
                            "insert into training_completion (id, tenant_id, staff_row_id, course_id, completed_on,"
                                    + " expires_on, source, session_id, recorded_by, recorded_at)"
                                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                            inserts);
                    validity.recompute(
                            tenant,
                            inserts.stream()
                                    .map(row -> (UUID) row[2])
                                    .distinct()
                                    .toList());
                }
            });
        });
        if (apply) {
            transactions.executeWithoutResult(
                    status -> audit.record(AuditRecord.of("COMPLETIONS_IMPORTED", "TRAINING_COMPLETION", "import")
                            .withDetail(created[0] + " created, " + rejected.size() + " rejected")));
            count("completions", created[0], 0, rejected.size());
        }
        return new ImportResult(created[0], 0, rejected);
    }

    /** The completions the council already holds of the staff of a batch, as staff row, course and day. */
    private java.util.Set<String> heldCompletions(UUID tenant, List<Object[]> wanted) {
        var held = new java.util.HashSet<String>();
        if (wanted.isEmpty()) {
            return held;
        }
        jdbc.sql("select staff_row_id, course_id, completed_on from training_completion where tenant_id = :tenant"
                        + " and staff_row_id in (:staff)")
                .param("tenant", tenant)
                .param("staff", wanted.stream().map(row -> row[2]).distinct().toList())
                .query((rs, n) -> held.add(rs.getObject(1, UUID.class) + "|" + rs.getObject(2, UUID.class) + "|"
                        + rs.getObject(3, LocalDate.class)))
                .list();
        return held;
    }

    record Course(
            UUID id,
            String code,
            String title,
            int tier,
            String delivery,
            int validityMonths,
            int lowestTierSatisfied) {

        /** Whether completing the course satisfies a requirement of the tier. */
        boolean satisfies(int required) {
            return tier >= required && lowestTierSatisfied <= required;
        }
    }

    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    Course createCourse(String code, String title, int tier, int validityMonths, String delivery) {
        return createCourse(code, title, tier, validityMonths, delivery, 1);
    }

    /** Adds a course that satisfies its tier and the lower tiers from {@code lowestTierSatisfied} up. */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    Course createCourse(
            String code, String title, int tier, int validityMonths, String delivery, int lowestTierSatisfied) {
        if (lowestTierSatisfied < 1 || lowestTierSatisfied > tier) {
            throw new InvalidInputException(List.of(new Problem(
                    "lowestTierSatisfied", "course.lowestTier", "must be between 1 and the course's own tier")));
        }
        var tenant = actors.requireTenant().value();
        if (courses(tenant).containsKey(code)) {
            throw RuleViolationException.conflict("course.code.taken", "A course with this code exists.");
        }
        var course = new Course(UUID.randomUUID(), code, title, tier, delivery, validityMonths, lowestTierSatisfied);
        jdbc.sql("insert into training_course (id, tenant_id, code, title, tier, delivery, validity_months,"
                        + " lowest_tier_satisfied, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        course.id(),
                        tenant,
                        code,
                        title,
                        tier,
                        delivery,
                        validityMonths,
                        lowestTierSatisfied,
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(
                AuditRecord.of("COURSE_CREATED", "TRAINING_COURSE", course.id()).withDetail(code));
        return course;
    }

    /** Records a session delivered; each attendee gets a completion on its day. Unknown attendees refuse it all. */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    UUID recordSession(
            String courseCode,
            LocalDate deliveredOn,
            @Nullable String department,
            @Nullable String trainer,
            List<String> attendees) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var course = courses(tenant).get(courseCode);
        if (course == null) {
            throw new InvalidInputException(
                    List.of(new Problem("courseCode", "session.course.unknown", "is not a known course")));
        }
        var staff = ids("select staff_id, id from training_staff where tenant_id = ?", tenant);
        var unknown = attendees.stream().filter(id -> !staff.containsKey(id)).toList();
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(List.of(new Problem(
                    "attendees", "session.attendee.unknown", "names unknown staff: " + String.join(", ", unknown))));
        }
        var id = UUID.randomUUID();
        jdbc.sql(
                        "insert into training_session (id, tenant_id, course_id, delivered_on, department, trainer, created_by,"
                                + " created_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        tenant,
                        course.id(),
                        deliveredOn,
                        department,
                        trainer,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        for (var attendee : attendees.stream().distinct().toList()) {
            completions.add(tenant, staff.get(attendee), course, deliveredOn, "SESSION", id, actor.id(), null);
        }
        audit.record(AuditRecord.of("TRAINING_SESSION_RECORDED", "TRAINING_SESSION", id)
                .withDetail(courseCode + ", " + attendees.size() + " attendees"));
        return id;
    }

    /** The lists of staff who need attention. */
    enum ListKind {
        /** Needing training and never trained to their tier. */
        NEVER_TRAINED,
        /** Trained to their tier before, but it has expired. */
        EXPIRED,
        /** Trained now, but it expires within the warning period. */
        EXPIRING,
        /** No training of their tier in the past 36 months (the priority list). */
        NOT_TRAINED_36_MONTHS
    }

    /** A member of staff on a list, with their training of at least the tier they need. */
    record Listed(
            UUID id,
            String staffId,
            String name,
            @Nullable String email,
            @Nullable String department,
            @Nullable String role,
            int requiredTier,
            @Nullable LocalDate lastCompletedOn,
            @Nullable LocalDate expiresOn,
            String organisation,
            @Nullable String managerStaffId) {

        /** Whether they hold no valid training of their tier on the day. */
        boolean needsTrainingOn(LocalDate day) {
            return expiresOn == null || !expiresOn.isAfter(day);
        }
    }

    /** The staff in post on a day on one of the lists, the longest gap or the soonest expiry first. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    List<Listed> list(ListKind kind, LocalDate asOf, int expiringDays) {
        var all = inPost(actors.requireTenant().value(), asOf);
        var gapFirst = java.util.Comparator.comparing(
                        Listed::lastCompletedOn, java.util.Comparator.nullsFirst(LocalDate::compareTo))
                .thenComparing(Listed::staffId);
        return switch (kind) {
            case NEVER_TRAINED ->
                all.stream()
                        .filter(l -> l.lastCompletedOn() == null)
                        .sorted(java.util.Comparator.comparing(Listed::staffId))
                        .toList();
            case EXPIRED ->
                all.stream()
                        .filter(l -> l.expiresOn() != null && !l.expiresOn().isAfter(asOf))
                        .sorted(gapFirst)
                        .toList();
            case EXPIRING ->
                all.stream()
                        .filter(l -> l.expiresOn() != null
                                && l.expiresOn().isAfter(asOf)
                                && !l.expiresOn().isAfter(asOf.plusDays(expiringDays)))
                        .sorted(java.util.Comparator.comparing(Listed::expiresOn)
                                .thenComparing(Listed::staffId))
                        .toList();
            case NOT_TRAINED_36_MONTHS ->
                all.stream()
                        .filter(l -> l.lastCompletedOn() == null
                                || !l.lastCompletedOn().isAfter(asOf.minusMonths(36)))
                        .sorted(gapFirst)
                        .toList();
        };
    }

    /**
     * Every member of staff in post on a day who must hold a tier, with their last completion of a course satisfying
     * it and when that stops counting (expiry, or sooner by their refresh interval). For the tenant given, so that
     * scheduled work can use it too.
     */
    List<Listed> inPost(UUID tenant, LocalDate asOf) {
        return jdbc.sql("select s.id, s.staff_id, s.name, s.email, s.department, s.job_role,"
                        + " coalesce(s.required_tier, s.rule_tier), max(c.completed_on), max(c.expires_on),"
                        + " s.refresh_months, s.organisation, s.manager_staff_id from training_staff s"
                        + " left join training_completion c on c.tenant_id = s.tenant_id and c.staff_row_id = s.id"
                        + " and c.completed_on <= :asOf and exists (select 1 from training_course k where"
                        + " k.tenant_id = c.tenant_id and k.id = c.course_id"
                        + " and k.tier >= coalesce(s.required_tier, s.rule_tier)"
                        + " and k.lowest_tier_satisfied <= coalesce(s.required_tier, s.rule_tier))"
                        + " where s.tenant_id = :tenant and coalesce(s.required_tier, s.rule_tier) is not null"
                        + " and (s.start_date is null or s.start_date <= :asOf)"
                        + " and (s.end_date is null or s.end_date >= :asOf)"
                        + " group by s.id, s.staff_id, s.name, s.email, s.department, s.job_role, s.required_tier,"
                        + " s.rule_tier, s.refresh_months, s.organisation, s.manager_staff_id")
                .param("tenant", tenant)
                .param("asOf", asOf)
                .query((rs, n) -> new Listed(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6),
                        rs.getInt(7),
                        rs.getObject(8, LocalDate.class),
                        refreshed(rs.getObject(8, LocalDate.class), rs.getObject(9, LocalDate.class), (Integer)
                                rs.getObject(10)),
                        rs.getString(11),
                        rs.getString(12)))
                .list();
    }

    /** A member of staff's record: who they are, what they must hold, what they have, and what they need next. */
    record StaffRecord(
            UUID id,
            String staffId,
            String name,
            @Nullable String email,
            String organisation,
            @Nullable String department,
            @Nullable String role,
            boolean electedMember,
            @Nullable String managerStaffId,
            @Nullable Integer requiredTier,
            @Nullable Integer refreshMonths,
            @Nullable LocalDate startDate,
            @Nullable LocalDate endDate,
            List<CompletionView> completions,
            List<Completions.Change> changes,
            @Nullable LocalDate neededBy) {

        /** Whether they need training now (none of their tier holds today). */
        public boolean neededNow(LocalDate today) {
            return requiredTier != null && (neededBy == null || !neededBy.isAfter(today));
        }
    }

    record CompletionView(
            UUID id,
            String courseCode,
            String courseTitle,
            int tier,
            int lowestTierSatisfied,
            LocalDate completedOn,
            LocalDate expiresOn,
            String source,
            @Nullable String evidence) {}

    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    StaffRecord staffRecord(UUID id) {
        var tenant = actors.requireTenant().value();
        var completions = jdbc.sql("select c.id, k.code, k.title, k.tier, k.lowest_tier_satisfied, c.completed_on,"
                        + " c.expires_on, c.source, c.evidence from training_completion c join training_course k"
                        + " on k.id = c.course_id and k.tenant_id = c.tenant_id where c.tenant_id = ?"
                        + " and c.staff_row_id = ? order by c.completed_on desc, k.code")
                .params(tenant, id)
                .query((rs, n) -> new CompletionView(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getInt(4),
                        rs.getInt(5),
                        rs.getObject(6, LocalDate.class),
                        rs.getObject(7, LocalDate.class),
                        rs.getString(8),
                        rs.getString(9)))
                .list();
        var changes = jdbc.sql("select change_kind, course_before, completed_before, course_after, completed_after,"
                        + " reason, changed_at from training_completion_change where tenant_id = ?"
                        + " and staff_row_id = ? order by changed_at desc")
                .params(tenant, id)
                .query((rs, n) -> new Completions.Change(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getString(4),
                        rs.getObject(5, LocalDate.class),
                        rs.getString(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
        var record = jdbc.sql("select id, staff_id, name, email, organisation, department, job_role, elected_member,"
                        + " manager_staff_id, coalesce(required_tier, rule_tier), refresh_months, start_date, end_date"
                        + " from training_staff where tenant_id = ? and id = ?")
                .params(tenant, id)
                .query((rs, n) -> {
                    Integer tier = (Integer) rs.getObject(10);
                    Integer refresh = (Integer) rs.getObject(11);
                    var neededBy = completions.stream()
                            .filter(c -> tier != null && c.tier() >= tier && c.lowestTierSatisfied() <= tier)
                            .map(c -> refreshed(c.completedOn(), c.expiresOn(), refresh))
                            .filter(Objects::nonNull)
                            .max(LocalDate::compareTo)
                            .orElse(null);
                    return new StaffRecord(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getString(5),
                            rs.getString(6),
                            rs.getString(7),
                            rs.getBoolean(8),
                            rs.getString(9),
                            tier,
                            refresh,
                            rs.getObject(12, LocalDate.class),
                            rs.getObject(13, LocalDate.class),
                            completions,
                            changes,
                            neededBy);
                })
                .optional()
                .orElseThrow(() -> new org.preventduty.shared.NotFoundException("Member of staff"));
        audit.record(AuditRecord.of("TRAINING_STAFF_VIEWED", "TRAINING_STAFF", id));
        return record;
    }

    /** Keeps an uploaded file until its preview is confirmed; answers its id. */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    UUID keep(String kind, @Nullable String fileName, String content) {
        var actor = actors.require();
        var id = UUID.randomUUID();
        jdbc.sql("insert into training_import (id, tenant_id, kind, file_name, content, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        kind,
                        fileName == null ? null : fileName.length() > 200 ? fileName.substring(0, 200) : fileName,
                        content,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        return id;
    }

    record Kept(String kind, @Nullable String fileName, String content) {}

    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    java.util.Optional<Kept> kept(UUID id) {
        var actor = actors.require();
        return jdbc.sql("select kind, file_name, content from training_import where tenant_id = ? and id = ?"
                        + " and uploaded_by = ?")
                .params(actor.requireTenant().value(), id, actor.id())
                .query((rs, n) -> new Kept(rs.getString(1), rs.getString(2), rs.getString(3)))
                .optional();
    }

    /** Applies a kept file, a batch of lines at a time, and forgets it. */
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    ImportResult apply(UUID id) {
        var kept = transactions
                .execute(status -> kept(id))
                .orElseThrow(() -> new org.preventduty.shared.NotFoundException("Import"));
        var result = "STAFF".equals(kept.kind())
                ? importStaff(kept.content(), true)
                : importCompletions(kept.content(), true);
        transactions.executeWithoutResult(status ->
                jdbc.sql("delete from training_import where id = ?").param(id).update());
        return result;
    }

    /** When the training of someone with a refresh interval stops counting: the earlier of expiry and the refresh. */
    static @Nullable LocalDate refreshed(
            @Nullable LocalDate lastCompleted, @Nullable LocalDate expires, @Nullable Integer refreshMonths) {
        if (expires == null || lastCompleted == null || refreshMonths == null) {
            return expires;
        }
        var refresh = lastCompleted.plusMonths(refreshMonths);
        return refresh.isBefore(expires) ? refresh : expires;
    }

    private Map<String, UUID> ids(String sql, UUID tenant) {
        var map = new HashMap<String, UUID>();
        jdbc.sql(sql)
                .param(tenant)
                .query((rs, n) -> map.put(rs.getString(1), rs.getObject(2, UUID.class)))
                .list();
        return map;
    }

    private Map<String, Course> courses(UUID tenant) {
        return completions.courses(tenant);
    }
}
