package org.preventduty.governance;

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
import org.preventduty.governance.GovernanceRules.Frequency;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The boards and committees the council reports Prevent to, when each is next due an update, and the updates given. */
@Service
class Boards {

    /** A board with its schedule on a day. */
    record Board(
            UUID id,
            String name,
            @Nullable String areaOfFocus,
            Frequency frequency,
            LocalDate lastUpdateOn,
            LocalDate nextUpdateDue,
            boolean overdue) {}

    /** An update given to a board. */
    record Update(LocalDate givenOn, String paper, @Nullable String outcome, Instant recordedAt) {}

    /** A board with the log of its updates, newest first, and the version it was read at. */
    record BoardLog(Board board, List<Update> updates, int version) {}

    static final String READ = "hasAnyRole('DELIVERY_OFFICER', 'PREVENT_LEAD', 'REPORT_VIEWER')";
    static final String WRITE = "hasAnyRole('DELIVERY_OFFICER', 'PREVENT_LEAD')";
    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final Clock clock;
    private final ChangeHistory history;

    static final ChangeHistory.Kind HISTORY =
            new ChangeHistory.Kind("GOVERNANCE_BOARD", "BOARD_CHANGED", "governance.board.stale");

    Boards(JdbcClient jdbc, CurrentActor actors, AuditTrail audit, Clock clock, ChangeHistory history) {
        this.history = history;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Adds a board.
     *
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when the council has a board of that name.
     */
    @Transactional
    @PreAuthorize(WRITE)
    UUID create(
            @Nullable String name,
            @Nullable String areaOfFocus,
            @Nullable Frequency frequency,
            @Nullable LocalDate lastUpdateOn) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var problems = new ArrayList<Problem>();
        var details = details(name, areaOfFocus, frequency, problems);
        if (lastUpdateOn == null) {
            problems.add(new Problem("lastUpdateOn", "governance.board.lastUpdate", "enter the last update"));
        } else if (lastUpdateOn.isAfter(today())) {
            problems.add(new Problem("lastUpdateOn", "governance.board.future", "cannot be in the future"));
        }
        if (!problems.isEmpty() || details == null) {
            throw new InvalidInputException(problems);
        }
        requireNameFree(tenant, details.name(), null);
        var id = UUID.randomUUID();
        jdbc.sql("insert into governance_board (id, tenant_id, name, area_of_focus, frequency, last_update_on,"
                        + " created_by, created_at, version) values (?, ?, ?, ?, ?, ?, ?, ?, 0)")
                .params(
                        id,
                        tenant,
                        details.name(),
                        details.areaOfFocus(),
                        details.frequency().name(),
                        lastUpdateOn,
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        history.record(HISTORY, id, Map.of(), details.fields());
        audit.record(AuditRecord.of("BOARD_CREATED", "GOVERNANCE_BOARD", id));
        return id;
    }

    /**
     * Changes a board's name, area of focus or frequency (its next update due moves with the frequency), keeping what
     * they were in its history. Its last update comes from the updates recorded.
     *
     * @param version the version the change was made from; when the board has changed since, nothing changes.
     * @throws InvalidInputException naming each field that is not valid.
     * @throws RuleViolationException (409) when another board has the name, or the board has changed since.
     */
    @Transactional
    @PreAuthorize(WRITE)
    void update(
            UUID id, int version, @Nullable String name, @Nullable String areaOfFocus, @Nullable Frequency frequency) {
        var tenant = actors.requireTenant().value();
        var before = log(id, today()).board();
        var problems = new ArrayList<Problem>();
        var details = details(name, areaOfFocus, frequency, problems);
        if (!problems.isEmpty() || details == null) {
            throw new InvalidInputException(problems);
        }
        requireNameFree(tenant, details.name(), id);
        var was = new Details(before.name(), before.areaOfFocus(), before.frequency());
        history.change(
                HISTORY,
                id,
                was.fields(),
                details.fields(),
                () -> jdbc.sql("update governance_board set name = ?, area_of_focus = ?, frequency = ?,"
                                + " version = version + 1 where tenant_id = ? and id = ? and version = ?")
                        .params(
                                details.name(),
                                details.areaOfFocus(),
                                details.frequency().name(),
                                tenant,
                                id,
                                version)
                        .update());
    }

    /** The changes made to a board, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    List<ChangeHistory.Change> history(UUID id) {
        log(id, today());
        return history.of(HISTORY, id);
    }

    /** What a board is, checked. */
    private record Details(String name, @Nullable String areaOfFocus, Frequency frequency) {

        Map<String, @Nullable String> fields() {
            var fields = new LinkedHashMap<String, @Nullable String>();
            fields.put("governance.board", name);
            fields.put("governance.area", areaOfFocus);
            fields.put("governance.frequency", frequency.name());
            return fields;
        }
    }

    private static @Nullable Details details(
            @Nullable String name,
            @Nullable String areaOfFocus,
            @Nullable Frequency frequency,
            List<Problem> problems) {
        var cleanName = Texts.required(name, 200, "name", "governance.board.name", problems);
        var area = Texts.optional(areaOfFocus, 500, "areaOfFocus", "governance.board.area", problems);
        if (frequency == null) {
            problems.add(new Problem("frequency", "governance.board.frequency", "choose how often"));
        }
        return cleanName == null || frequency == null ? null : new Details(cleanName, area, frequency);
    }

    private void requireNameFree(UUID tenant, String name, @Nullable UUID except) {
        var taken = jdbc.sql("select count(*) from governance_board where tenant_id = ? and name = ?"
                                + (except == null ? "" : " and id <> ?"))
                        .params(except == null ? List.of(tenant, name) : List.of(tenant, name, except))
                        .query(Integer.class)
                        .single()
                > 0;
        if (taken) {
            throw RuleViolationException.conflict("governance.board.taken", "The council has a board of this name.");
        }
    }

    /** Every board of the council with its schedule on a day, the most overdue first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    List<Board> schedule(LocalDate asOf) {
        return jdbc
                .sql("select id, name, area_of_focus, frequency, last_update_on from governance_board"
                        + " where tenant_id = ? order by name")
                .param(actors.requireTenant().value())
                .query((rs, n) -> board(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getString(3),
                        Frequency.valueOf(rs.getString(4)),
                        rs.getObject(5, LocalDate.class),
                        asOf))
                .list()
                .stream()
                .sorted(java.util.Comparator.comparing(Board::nextUpdateDue).thenComparing(Board::name))
                .toList();
    }

    /** A board with its updates. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    BoardLog log(UUID id, LocalDate asOf) {
        var tenant = actors.requireTenant().value();
        var version = new int[1];
        var board = jdbc.sql("select id, name, area_of_focus, frequency, last_update_on, version from governance_board"
                        + " where tenant_id = ? and id = ?")
                .params(tenant, id)
                .query((rs, n) -> {
                    version[0] = rs.getInt(6);
                    return board(
                            rs.getObject(1, UUID.class),
                            rs.getString(2),
                            rs.getString(3),
                            Frequency.valueOf(rs.getString(4)),
                            rs.getObject(5, LocalDate.class),
                            asOf);
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("Board"));
        var updates = jdbc.sql("select given_on, paper, outcome, recorded_at from governance_board_update"
                        + " where tenant_id = ? and board_id = ? order by given_on desc, recorded_at desc")
                .params(tenant, id)
                .query((rs, n) -> new Update(
                        rs.getObject(1, LocalDate.class),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getTimestamp(4).toInstant()))
                .list();
        return new BoardLog(board, updates, version[0]);
    }

    /**
     * Records an update given to a board; the board's last update moves to it when it is later.
     *
     * @throws InvalidInputException when the day is missing or in the future, or the paper is not named.
     */
    @Transactional
    @PreAuthorize(WRITE)
    void recordUpdate(UUID boardId, @Nullable LocalDate givenOn, @Nullable String paper, @Nullable String outcome) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var last = jdbc.sql("select last_update_on from governance_board where tenant_id = ? and id = ?")
                .params(tenant, boardId)
                .query(LocalDate.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Board"));
        var problems = new ArrayList<Problem>();
        if (givenOn == null) {
            problems.add(new Problem("givenOn", "governance.update.day.missing", "enter the day"));
        } else if (givenOn.isAfter(today())) {
            problems.add(new Problem("givenOn", "governance.update.future", "cannot be in the future"));
        }
        var title = Texts.required(paper, 300, "paper", "governance.update.paper", problems);
        var said = Texts.optional(outcome, 1000, "outcome", "governance.update.outcome", problems);
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into governance_board_update (id, tenant_id, board_id, given_on, paper, outcome, recorded_by,"
                        + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")
                .params(id, tenant, boardId, givenOn, title, said, actor.id(), Timestamp.from(clock.instant()))
                .update();
        if (givenOn.isAfter(last)) {
            jdbc.sql("update governance_board set last_update_on = ?, version = version + 1 where tenant_id = ?"
                            + " and id = ?")
                    .params(givenOn, tenant, boardId)
                    .update();
        }
        audit.record(AuditRecord.of("BOARD_UPDATE_RECORDED", "GOVERNANCE_BOARD", boardId)
                .withDetail(givenOn.toString()));
    }

    private static Board board(
            UUID id, String name, @Nullable String area, Frequency frequency, LocalDate last, LocalDate asOf) {
        var next = GovernanceRules.nextUpdateDue(last, frequency);
        return new Board(id, name, area, frequency, last, next, GovernanceRules.overdue(next, asOf));
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(LONDON));
    }
}
