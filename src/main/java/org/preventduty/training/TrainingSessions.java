package org.preventduty.training;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
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
 * Planned sessions: a course on a day and time, at a venue or online, with a trainer, a capacity and an audience; a
 * series of them month by month; invitations drawn from the staff who must hold the course's tier and do not, the
 * oldest gap first; attendance, which gives each attendee a completion.
 */
@Service
class TrainingSessions {

    /** What a session is to be. */
    record Plan(
            String courseCode,
            @Nullable LocalDate on,
            @Nullable LocalTime startsAt,
            @Nullable String venue,
            @Nullable String onlineLink,
            @Nullable UUID trainerId,
            @Nullable String trainer,
            @Nullable Integer capacity,
            @Nullable String department,
            @Nullable String organisation,
            int months) {}

    /** A session in a list. */
    record Summary(
            UUID id,
            LocalDate on,
            @Nullable LocalTime startsAt,
            String courseCode,
            String courseTitle,
            @Nullable String venue,
            @Nullable String onlineLink,
            @Nullable String trainer,
            @Nullable Integer capacity,
            @Nullable String department,
            @Nullable String organisation,
            String status,
            @Nullable String series,
            long invited,
            long attended) {

        /** Whether the session is still planned: invitations, attendance and cancelling apply to it. */
        public boolean planned() {
            return "PLANNED".equals(status);
        }

        /** Whether attendance may be recorded on a day: while planned, from the day of the session. */
        public boolean mayRecordAttendance(LocalDate today) {
            return planned() && !on.isAfter(today);
        }

        /** Places left, or null when the session has no capacity set. */
        public @Nullable Long placesLeft() {
            return capacity == null ? null : Math.max(0, capacity - invited);
        }
    }

    /** Someone invited to a session, and whether they came. */
    record Invitation(
            UUID staffRow,
            String staffId,
            String name,
            @Nullable String department,
            @Nullable LocalDate lastTrainedOn,
            @Nullable Boolean attended) {}

    /** A session with who was invited. */
    record Session(Summary summary, List<Invitation> invitations) {}

    static final int PAGE_SIZE = 25;
    private static final int MAX_MONTHS = 24;
    private static final int MAX_CAPACITY = 500;
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final TrainingRecords records;
    private final Completions completions;
    private final Clock clock;

    TrainingSessions(
            JdbcClient jdbc,
            CurrentActor actors,
            AuditTrail audit,
            TrainingRecords records,
            Completions completions,
            Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.records = records;
        this.completions = completions;
        this.clock = clock;
    }

    /**
     * Plans a session, or with {@code months} above 1 a series of them on the same day of each following month.
     *
     * @return the id of the (first) session.
     * @throws InvalidInputException naming each field that is not valid.
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    UUID plan(Plan plan) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var problems = new ArrayList<Problem>();
        var course = completions.courses(tenant).get(plan.courseCode());
        if (course == null) {
            problems.add(new Problem("courseCode", "training.session.error.course", "choose a course"));
        }
        if (plan.on() == null) {
            problems.add(new Problem("on", "training.session.error.day", "enter the day"));
        }
        var venue = trim(plan.venue(), 200);
        var link = trim(plan.onlineLink(), 500);
        if (venue == null && link == null) {
            problems.add(new Problem("venue", "training.session.error.where", "enter a venue or an online link"));
        }
        if (link != null && !isWebAddress(link)) {
            problems.add(new Problem("onlineLink", "training.session.error.link", "must start with https://"));
        }
        if (plan.capacity() != null && (plan.capacity() < 1 || plan.capacity() > MAX_CAPACITY)) {
            problems.add(new Problem("capacity", "training.session.error.capacity", "between 1 and " + MAX_CAPACITY));
        }
        if (plan.months() < 1 || plan.months() > MAX_MONTHS) {
            problems.add(new Problem("months", "training.session.error.months", "between 1 and " + MAX_MONTHS));
        }
        String trainer = trim(plan.trainer(), 200);
        if (plan.trainerId() != null) {
            trainer = jdbc.sql("select name from training_trainer where tenant_id = ? and id = ?")
                    .params(tenant, plan.trainerId())
                    .query(String.class)
                    .optional()
                    .orElse(null);
            if (trainer == null) {
                problems.add(
                        new Problem("trainerId", "training.session.error.trainer", "choose an accredited trainer"));
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        UUID series = null;
        if (plan.months() > 1) {
            series = UUID.randomUUID();
            jdbc.sql("insert into training_series (id, tenant_id, course_id, title, created_by, created_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(
                            series,
                            tenant,
                            course.id(),
                            course.title() + ", monthly from "
                                    + plan.on().getMonth().getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
                                    + " " + plan.on().getYear(),
                            actor.id(),
                            Timestamp.from(clock.instant()))
                    .update();
        }
        UUID first = null;
        for (var month = 0; month < plan.months(); month++) {
            var id = UUID.randomUUID();
            first = first == null ? id : first;
            jdbc.sql("insert into training_session (id, tenant_id, course_id, delivered_on, department, organisation,"
                            + " trainer, created_by, created_at, status, series_id, starts_at, venue, online_link,"
                            + " capacity, trainer_id) values (?, ?, ?, ?, ?, ?, ?, ?, ?, 'PLANNED', ?, ?, ?, ?, ?, ?)")
                    .params(
                            id,
                            tenant,
                            course.id(),
                            plan.on().plusMonths(month),
                            trim(plan.department(), 200),
                            trim(plan.organisation(), 200),
                            trainer,
                            actor.id(),
                            Timestamp.from(clock.instant()),
                            series,
                            plan.startsAt(),
                            venue,
                            link,
                            plan.capacity(),
                            plan.trainerId())
                    .update();
            audit.record(AuditRecord.of("TRAINING_SESSION_PLANNED", "TRAINING_SESSION", id)
                    .withDetail(course.code() + " " + plan.on().plusMonths(month)));
        }
        return first;
    }

    /** Sessions from a day on, soonest first, a page (from 0) at a time. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    Paged<Summary> list(LocalDate from, @Nullable String status, int page) {
        var tenant = actors.requireTenant().value();
        var where = " where s.tenant_id = :tenant and s.delivered_on >= :from"
                + (status == null ? "" : " and s.status = :status");
        var count = jdbc.sql("select count(*) from training_session s" + where)
                .param("tenant", tenant)
                .param("from", from)
                .param("status", status)
                .query(Long.class)
                .single();
        var items = jdbc.sql(
                        SUMMARY + where + " order by s.delivered_on, s.starts_at, k.code limit :limit offset :offset")
                .param("tenant", tenant)
                .param("from", from)
                .param("status", status)
                .param("limit", PAGE_SIZE)
                .param("offset", Paged.offset(Math.max(0, page), PAGE_SIZE))
                .query((rs, n) -> summary(rs))
                .list();
        return new Paged<>(items, Math.max(0, page), PAGE_SIZE, count);
    }

    /** A session with its invitations. */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    Session session(UUID id) {
        var tenant = actors.requireTenant().value();
        var summary = summary(tenant, id);
        var invitations = jdbc.sql("select i.staff_row_id, s.staff_id, s.name, s.department, i.attended from"
                        + " training_invitation i join training_staff s on s.id = i.staff_row_id and s.tenant_id ="
                        + " i.tenant_id where i.tenant_id = ? and i.session_id = ? order by s.name, s.staff_id")
                .params(tenant, id)
                .query((rs, n) -> new Invitation(
                        rs.getObject(1, UUID.class), rs.getString(2), rs.getString(3), rs.getString(4), null, (Boolean)
                                rs.getObject(5)))
                .list();
        var last = new java.util.HashMap<UUID, LocalDate>();
        records.inPost(tenant, summary.on()).forEach(l -> {
            if (l.lastCompletedOn() != null) {
                last.put(l.id(), l.lastCompletedOn());
            }
        });
        return new Session(
                summary,
                invitations.stream()
                        .map(i -> new Invitation(
                                i.staffRow(),
                                i.staffId(),
                                i.name(),
                                i.department(),
                                last.get(i.staffRow()),
                                i.attended()))
                        .toList());
    }

    /**
     * Who would be invited: staff in post on the session's day, in its audience, who must hold a tier the course
     * satisfies and hold no valid training of it, not invited already; never trained first, then the longest gap.
     */
    @Transactional(readOnly = true)
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    List<TrainingRecords.Listed> candidates(UUID id) {
        var tenant = actors.requireTenant().value();
        return candidates(tenant, summary(tenant, id));
    }

    private List<TrainingRecords.Listed> candidates(UUID tenant, Summary session) {
        var course = completions.courses(tenant).get(session.courseCode());
        var invited = new HashSet<>(
                jdbc.sql("select staff_row_id from training_invitation where tenant_id = ? and session_id = ?")
                        .params(tenant, session.id())
                        .query(UUID.class)
                        .list());
        var wanted = records.inPost(tenant, session.on()).stream()
                .filter(l -> course != null && course.satisfies(l.requiredTier()))
                .filter(l -> l.needsTrainingOn(session.on()))
                .filter(l ->
                        session.department() == null || session.department().equals(l.department()))
                .filter(l ->
                        session.organisation() == null || session.organisation().equals(l.organisation()))
                .filter(l -> !invited.contains(l.id()))
                .sorted(Comparator.comparing(
                                TrainingRecords.Listed::lastCompletedOn, Comparator.nullsFirst(LocalDate::compareTo))
                        .thenComparing(TrainingRecords.Listed::staffId))
                .toList();
        var left = session.placesLeft();
        return left == null ? wanted : wanted.subList(0, (int) Math.min(left, wanted.size()));
    }

    /** Invites the candidates, up to the places left; answers how many were invited. */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    int invite(UUID id) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var session = summary(tenant, id);
        requirePlanned(session);
        var chosen = candidates(tenant, session);
        var now = Timestamp.from(clock.instant());
        for (var staff : chosen) {
            jdbc.sql("insert into training_invitation (id, tenant_id, session_id, staff_row_id, invited_by, invited_at)"
                            + " values (?, ?, ?, ?, ?, ?)")
                    .params(UUID.randomUUID(), tenant, id, staff.id(), actor.id(), now)
                    .update();
        }
        audit.record(AuditRecord.of("TRAINING_INVITATIONS_SENT", "TRAINING_SESSION", id)
                .withDetail(chosen.size() + " invited"));
        return chosen.size();
    }

    /**
     * Records who came: each invitation is marked, each attendee gets a completion on the session's day, and the
     * session is delivered.
     *
     * @throws RuleViolationException (422) when the session is not planned or its day has not come.
     */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    int recordAttendance(UUID id, Collection<UUID> attended) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var session = summary(tenant, id);
        requirePlanned(session);
        if (session.on().isAfter(LocalDate.now(clock.withZone(LONDON)))) {
            throw RuleViolationException.rule(
                    "training.session.notYet", "Attendance can be recorded from the day of the session.");
        }
        var course = completions.courses(tenant).get(session.courseCode());
        var invited = jdbc.sql("select staff_row_id from training_invitation where tenant_id = ? and session_id = ?")
                .params(tenant, id)
                .query(UUID.class)
                .list();
        var came = 0;
        for (var staff : invited) {
            var present = attended.contains(staff);
            jdbc.sql("update training_invitation set attended = ? where tenant_id = ? and session_id = ?"
                            + " and staff_row_id = ?")
                    .params(present, tenant, id, staff)
                    .update();
            if (present) {
                came++;
                completions.add(tenant, staff, course, session.on(), "SESSION", id, actor.id(), null);
            }
        }
        jdbc.sql("update training_session set status = 'DELIVERED' where tenant_id = ? and id = ?")
                .params(tenant, id)
                .update();
        audit.record(AuditRecord.of("TRAINING_ATTENDANCE_RECORDED", "TRAINING_SESSION", id)
                .withDetail(came + " of " + invited.size() + " attended"));
        return came;
    }

    /** Cancels a planned session; its invitations stay on record. */
    @Transactional
    @PreAuthorize("hasRole('TRAINING_ADMIN')")
    void cancel(UUID id) {
        var tenant = actors.requireTenant().value();
        requirePlanned(summary(tenant, id));
        jdbc.sql("update training_session set status = 'CANCELLED' where tenant_id = ? and id = ?")
                .params(tenant, id)
                .update();
        audit.record(AuditRecord.of("TRAINING_SESSION_CANCELLED", "TRAINING_SESSION", id));
    }

    private static void requirePlanned(Summary session) {
        if (!"PLANNED".equals(session.status())) {
            throw RuleViolationException.rule("training.session.notPlanned", "The session is no longer planned.");
        }
    }

    private static final String SUMMARY = "select s.id, s.delivered_on, s.starts_at, k.code, k.title, s.venue,"
            + " s.online_link, s.trainer, s.capacity, s.department, s.organisation, s.status, r.title,"
            + " (select count(*) from training_invitation i where i.tenant_id = s.tenant_id and i.session_id = s.id),"
            + " (select count(*) from training_completion c where c.tenant_id = s.tenant_id and c.session_id = s.id)"
            + " from training_session s join training_course k on k.id = s.course_id and k.tenant_id = s.tenant_id"
            + " left join training_series r on r.id = s.series_id and r.tenant_id = s.tenant_id";

    private Summary summary(UUID tenant, UUID id) {
        return jdbc.sql(SUMMARY + " where s.tenant_id = :tenant and s.id = :id")
                .param("tenant", tenant)
                .param("id", id)
                .query((rs, n) -> summary(rs))
                .optional()
                .orElseThrow(() -> new NotFoundException("Session"));
    }

    private static Summary summary(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Summary(
                rs.getObject(1, UUID.class),
                rs.getObject(2, LocalDate.class),
                rs.getObject(3, LocalTime.class),
                rs.getString(4),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                (Integer) rs.getObject(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getLong(14),
                rs.getLong(15));
    }

    private static @Nullable String trim(@Nullable String value, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        var stripped = value.strip();
        if (stripped.length() > max) {
            throw new InvalidInputException(List.of(
                    new Problem("text", "training.session.error.tooLong", "is longer than " + max + " characters")));
        }
        return stripped;
    }

    private static boolean isWebAddress(String link) {
        try {
            var uri = new URI(link);
            return "https".equalsIgnoreCase(uri.getScheme()) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
