package org.preventduty.training;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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
 * Completions of courses: added from sessions and imports, entered by hand with their evidence, corrected or removed.
 * Every completion entered, corrected or removed by hand keeps what it was before and why, and is audited.
 */
@Service
class Completions {

    /** How a completion was changed by hand. */
    enum ChangeKind {
        ENTERED,
        CORRECTED,
        REMOVED
    }

    /** A change to a completion made by hand: what it was, what it became, and why. */
    record Change(
            String kind,
            @Nullable String courseBefore,
            @Nullable LocalDate completedBefore,
            @Nullable String courseAfter,
            @Nullable LocalDate completedAfter,
            String reason,
            Instant changedAt) {}

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final int MAX_TEXT = 500;

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ValidityPeriods validity;

    Completions(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ValidityPeriods validity) {
        this.validity = validity;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /** The council's courses by code. */
    @Transactional(readOnly = true)
    Map<String, TrainingRecords.Course> courses(UUID tenant) {
        var map = new HashMap<String, TrainingRecords.Course>();
        jdbc.sql("select id, code, title, tier, delivery, validity_months, lowest_tier_satisfied from training_course"
                        + " where tenant_id = ? order by tier, code")
                .param(tenant)
                .query((rs, n) -> map.put(
                        rs.getString(2),
                        new TrainingRecords.Course(
                                rs.getObject(1, UUID.class),
                                rs.getString(2),
                                rs.getString(3),
                                rs.getInt(4),
                                rs.getString(5),
                                rs.getInt(6),
                                rs.getInt(7))))
                .list();
        return map;
    }

    /** Adds a completion unless the same one is recorded; answers its id, or null when it was recorded already. */
    @Nullable
    UUID add(
            UUID tenant,
            UUID staffRow,
            TrainingRecords.Course course,
            LocalDate on,
            String source,
            @Nullable UUID session,
            UUID by,
            @Nullable String evidence) {
        if (exists(tenant, staffRow, course.id(), on, null)) {
            return null;
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into training_completion (id, tenant_id, staff_row_id, course_id, completed_on, expires_on,"
                        + " source, session_id, recorded_by, recorded_at, evidence)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        tenant,
                        staffRow,
                        course.id(),
                        on,
                        TrainingRules.expiry(on, course.validityMonths()),
                        source,
                        session,
                        by,
                        Timestamp.from(clock.instant()),
                        evidence)
                .update();
        validity.recompute(tenant, List.of(staffRow));
        return id;
    }

    /**
     * Records a completion entered by hand, with what proves it.
     *
     * @throws InvalidInputException when the course is unknown, the day is in the future or the evidence is missing.
     * @throws RuleViolationException (409) when the same completion is recorded already.
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    UUID enter(UUID staffRow, String courseCode, @Nullable LocalDate on, @Nullable String evidence) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        requireStaff(tenant, staffRow);
        var course = course(tenant, courseCode);
        var day = day(on);
        var proof = text(evidence, "evidence", "training.completion.evidence");
        var id = add(tenant, staffRow, course, day, "HAND", null, actor.id(), proof);
        if (id == null) {
            throw RuleViolationException.conflict(
                    "training.completion.duplicate", "This completion of this course on this day is recorded already.");
        }
        change(tenant, id, staffRow, ChangeKind.ENTERED, null, null, course.code(), day, proof, actor.id());
        audit.record(AuditRecord.of("TRAINING_COMPLETION_ENTERED", "TRAINING_COMPLETION", id)
                .withDetail(course.code() + " " + day));
        return id;
    }

    /**
     * Corrects the course or day of a completion, keeping what it was.
     *
     * @throws InvalidInputException when nothing would change, or the course, day or reason is not valid.
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    void correct(UUID completion, String courseCode, @Nullable LocalDate on, @Nullable String reason) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var before = current(tenant, completion);
        var course = course(tenant, courseCode);
        var day = day(on);
        var why = text(reason, "reason", "training.completion.reason");
        if (course.code().equals(before.courseCode()) && day.equals(before.completedOn())) {
            throw new InvalidInputException(List.of(new Problem(
                    "completedOn", "training.completion.unchanged", "change the course or the day, or go back")));
        }
        if (exists(tenant, before.staffRow(), course.id(), day, completion)) {
            throw RuleViolationException.conflict(
                    "training.completion.duplicate", "This completion of this course on this day is recorded already.");
        }
        jdbc.sql("update training_completion set course_id = ?, completed_on = ?, expires_on = ? where tenant_id = ?"
                        + " and id = ?")
                .params(course.id(), day, TrainingRules.expiry(day, course.validityMonths()), tenant, completion)
                .update();
        validity.recompute(tenant, List.of(before.staffRow()));
        change(
                tenant,
                completion,
                before.staffRow(),
                ChangeKind.CORRECTED,
                before.courseCode(),
                before.completedOn(),
                course.code(),
                day,
                why,
                actor.id());
        audit.record(AuditRecord.of("TRAINING_COMPLETION_CORRECTED", "TRAINING_COMPLETION", completion)
                .withDetail(before.courseCode() + " " + before.completedOn() + " to " + course.code() + " " + day));
    }

    /** Removes a completion recorded in error, keeping what it was and why it went. */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    void remove(UUID completion, @Nullable String reason) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var before = current(tenant, completion);
        var why = text(reason, "reason", "training.completion.reason");
        jdbc.sql("delete from training_completion where tenant_id = ? and id = ?")
                .params(tenant, completion)
                .update();
        validity.recompute(tenant, List.of(before.staffRow()));
        change(
                tenant,
                completion,
                before.staffRow(),
                ChangeKind.REMOVED,
                before.courseCode(),
                before.completedOn(),
                null,
                null,
                why,
                actor.id());
        audit.record(AuditRecord.of("TRAINING_COMPLETION_REMOVED", "TRAINING_COMPLETION", completion)
                .withDetail(before.courseCode() + " " + before.completedOn()));
    }

    /** The member of staff a completion belongs to. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    UUID staffOf(UUID completion) {
        return current(actors.requireTenant().value(), completion).staffRow();
    }

    private record Current(UUID staffRow, String courseCode, LocalDate completedOn) {}

    private Current current(UUID tenant, UUID completion) {
        return jdbc.sql(
                        "select c.staff_row_id, k.code, c.completed_on from training_completion c join training_course k"
                                + " on k.id = c.course_id and k.tenant_id = c.tenant_id where c.tenant_id = ? and c.id = ?")
                .params(tenant, completion)
                .query((rs, n) ->
                        new Current(rs.getObject(1, UUID.class), rs.getString(2), rs.getObject(3, LocalDate.class)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Completion"));
    }

    private boolean exists(UUID tenant, UUID staffRow, UUID course, LocalDate on, @Nullable UUID other) {
        return jdbc.sql("select count(*) from training_completion where tenant_id = ? and staff_row_id = ?"
                                + " and course_id = ? and completed_on = ? and id <> ?")
                        .params(tenant, staffRow, course, on, other == null ? new UUID(0, 0) : other)
                        .query(Integer.class)
                        .single()
                > 0;
    }

    private void requireStaff(UUID tenant, UUID staffRow) {
        var known = jdbc.sql("select count(*) from training_staff where tenant_id = ? and id = ?")
                        .params(tenant, staffRow)
                        .query(Integer.class)
                        .single()
                > 0;
        if (!known) {
            throw new NotFoundException("Member of staff");
        }
    }

    private TrainingRecords.Course course(UUID tenant, String code) {
        var course = courses(tenant).get(code);
        if (course == null) {
            throw new InvalidInputException(
                    List.of(new Problem("courseCode", "training.completion.course", "choose a course")));
        }
        return course;
    }

    private LocalDate day(@Nullable LocalDate on) {
        if (on == null) {
            throw new InvalidInputException(
                    List.of(new Problem("completedOn", "training.completion.day", "enter the day it was completed")));
        }
        if (on.isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            throw new InvalidInputException(
                    List.of(new Problem("completedOn", "training.completion.future", "cannot be in the future")));
        }
        return on;
    }

    private static String text(@Nullable String value, String field, String code) {
        if (value == null || value.isBlank() || value.strip().length() > MAX_TEXT) {
            throw new InvalidInputException(
                    List.of(new Problem(field, code, "enter up to " + MAX_TEXT + " characters")));
        }
        return value.strip();
    }

    private void change(
            UUID tenant,
            UUID completion,
            UUID staffRow,
            ChangeKind kind,
            @Nullable String courseBefore,
            @Nullable LocalDate completedBefore,
            @Nullable String courseAfter,
            @Nullable LocalDate completedAfter,
            String reason,
            UUID by) {
        jdbc.sql("insert into training_completion_change (id, tenant_id, completion_id, staff_row_id, change_kind,"
                        + " course_before, completed_before, course_after, completed_after, reason, changed_by,"
                        + " changed_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        UUID.randomUUID(),
                        tenant,
                        completion,
                        staffRow,
                        kind.name(),
                        courseBefore,
                        completedBefore,
                        courseAfter,
                        completedAfter,
                        reason,
                        by,
                        Timestamp.from(clock.instant()))
                .update();
    }
}
