package org.preventduty.governance;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.MonitoringFigures;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.TenantId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Quarterly monitoring returns: each assembled from the figures the modules give for the quarter, reviewed, then marked
 * submitted, after which it no longer changes. Counts of people are published under the council's disclosure control.
 */
@Service
class MonitoringReturns {

    /** Where a return stands. */
    enum Status {
        DRAFT,
        REVIEWED,
        SUBMITTED
    }

    /** A figure of a return: the count held, and as it is published. */
    record Line(String section, String label, long value, boolean countOfPeople, String published) {}

    /** A return. */
    record Return(
            UUID id,
            LocalDate quarterStart,
            LocalDate quarterEnd,
            Status status,
            Instant preparedAt,
            @Nullable Instant reviewedAt,
            @Nullable Instant submittedAt,
            List<Line> lines) {

        /** The quarter's name, such as 2024-25 Q1 (April to June). */
        public String quarter() {
            return MonitoringReturns.quarterName(quarterStart);
        }

        /** Whether its figures may be taken again and it may be marked reviewed: while it is a draft. */
        public boolean mayReview() {
            return status == Status.DRAFT;
        }

        /** Whether it may be marked submitted: once reviewed. */
        public boolean maySubmit() {
            return status == Status.REVIEWED;
        }
    }

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final List<MonitoringFigures> sources;
    private final CountDisclosure disclosure;
    private final Clock clock;

    MonitoringReturns(
            JdbcClient jdbc,
            CurrentActor actors,
            AuditTrail audit,
            List<MonitoringFigures> sources,
            CountDisclosure disclosure,
            Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.sources = sources.stream()
                .sorted(Comparator.comparingInt(MonitoringFigures::order))
                .toList();
        this.disclosure = disclosure;
        this.clock = clock;
    }

    /** The financial-year quarter a day begins: April, July, October or January. */
    static String quarterName(LocalDate start) {
        var year = start.getMonthValue() >= 4 ? start.getYear() : start.getYear() - 1;
        var quarter = (start.getMonthValue() + 8) % 12 / 3 + 1;
        return year + "-" + String.format("%02d", (year + 1) % 100) + " Q" + quarter;
    }

    /**
     * Prepares the return of the quarter beginning on the day, or prepares a draft again with the figures as they are
     * now.
     *
     * @throws InvalidInputException when the day does not begin a quarter or the quarter has not ended.
     * @throws RuleViolationException (422) when the quarter's return is reviewed or submitted.
     */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    UUID prepare(@Nullable LocalDate quarterStart) {
        var actor = actors.require();
        var tenant = actor.requireTenant();
        if (quarterStart == null || quarterStart.getDayOfMonth() != 1 || (quarterStart.getMonthValue() - 1) % 3 != 0) {
            throw new InvalidInputException(List.of(new Problem(
                    "quarterStart", "governance.return.quarter", "must be 1 January, April, July or October")));
        }
        var end = quarterStart.plusMonths(3).minusDays(1);
        if (!end.isBefore(LocalDate.now(clock.withZone(java.time.ZoneId.of("Europe/London"))))) {
            throw new InvalidInputException(
                    List.of(new Problem("quarterStart", "governance.return.notEnded", "the quarter has not ended")));
        }
        var existing = jdbc.sql("select id, status from governance_return where tenant_id = ? and quarter_start = ?")
                .params(tenant.value(), quarterStart)
                .query((rs, n) -> new Object[] {rs.getObject(1, UUID.class), rs.getString(2)})
                .optional();
        UUID id;
        var now = Timestamp.from(clock.instant());
        if (existing.isPresent()) {
            id = (UUID) existing.get()[0];
            if (!Status.DRAFT.name().equals(existing.get()[1])) {
                throw RuleViolationException.rule(
                        "governance.return.notDraft", "The return is reviewed or submitted and no longer changes.");
            }
            jdbc.sql("delete from governance_return_figure where tenant_id = ? and return_id = ?")
                    .params(tenant.value(), id)
                    .update();
            jdbc.sql("update governance_return set prepared_by = ?, prepared_at = ?, version = version + 1"
                            + " where tenant_id = ? and id = ?")
                    .params(actor.id(), now, tenant.value(), id)
                    .update();
        } else {
            id = UUID.randomUUID();
            jdbc.sql("insert into governance_return (id, tenant_id, quarter_start, status, prepared_by, prepared_at,"
                            + " version) values (?, ?, ?, 'DRAFT', ?, ?, 0)")
                    .params(id, tenant.value(), quarterStart, actor.id(), now)
                    .update();
        }
        var position = 0;
        for (var source : sources) {
            for (var figure : source.figures(tenant, quarterStart, end)) {
                jdbc.sql("insert into governance_return_figure (id, tenant_id, return_id, position, section, label,"
                                + " amount, count_of_people) values (?, ?, ?, ?, ?, ?, ?, ?)")
                        .params(
                                UUID.randomUUID(),
                                tenant.value(),
                                id,
                                position++,
                                figure.section(),
                                figure.label(),
                                figure.value(),
                                figure.countOfPeople())
                        .update();
            }
        }
        audit.record(AuditRecord.of("RETURN_PREPARED", "GOVERNANCE_RETURN", id).withDetail(quarterName(quarterStart)));
        return id;
    }

    /** Marks a draft return reviewed. */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    void review(UUID id) {
        move(id, Status.DRAFT, Status.REVIEWED, "reviewed");
    }

    /** Marks a reviewed return submitted; it no longer changes. */
    @Transactional
    @PreAuthorize(Boards.WRITE)
    void submit(UUID id) {
        move(id, Status.REVIEWED, Status.SUBMITTED, "submitted");
    }

    private void move(UUID id, Status from, Status to, String column) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var status = jdbc.sql("select status from governance_return where tenant_id = ? and id = ?")
                .params(tenant, id)
                .query(String.class)
                .optional()
                .orElseThrow(() -> new NotFoundException("Return"));
        if (!from.name().equals(status)) {
            throw RuleViolationException.rule(
                    "governance.return." + to.name().toLowerCase(java.util.Locale.ROOT),
                    "The return must be " + from.name().toLowerCase(java.util.Locale.ROOT) + " first.");
        }
        jdbc.sql("update governance_return set status = ?, " + column + "_by = ?, " + column + "_at = ?,"
                        + " version = version + 1 where tenant_id = ? and id = ?")
                .params(to.name(), actor.id(), Timestamp.from(clock.instant()), tenant, id)
                .update();
        audit.record(AuditRecord.of("RETURN_" + to.name(), "GOVERNANCE_RETURN", id));
    }

    /** The council's returns, newest quarter first (without their figures). */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    List<Return> list() {
        return jdbc.sql(
                        "select id, quarter_start, status, prepared_at, reviewed_at, submitted_at from governance_return"
                                + " where tenant_id = ? order by quarter_start desc")
                .param(actors.requireTenant().value())
                .query((rs, n) -> new Return(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(2, LocalDate.class).plusMonths(3).minusDays(1),
                        Status.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        List.of()))
                .list();
    }

    /** A return with its figures, counts of people under disclosure control. */
    @Transactional(readOnly = true)
    @PreAuthorize(Boards.READ)
    Return get(UUID id) {
        var tenant = actors.requireTenant();
        var lines = new ArrayList<Line>();
        jdbc.sql("select section, label, amount, count_of_people from governance_return_figure where tenant_id = ?"
                        + " and return_id = ? order by position")
                .params(tenant.value(), id)
                .query((rs, n) -> lines.add(new Line(
                        rs.getString(1),
                        rs.getString(2),
                        rs.getLong(3),
                        rs.getBoolean(4),
                        rs.getBoolean(4) ? published(tenant, rs.getLong(3)) : String.valueOf(rs.getLong(3)))))
                .list();
        return jdbc.sql(
                        "select id, quarter_start, status, prepared_at, reviewed_at, submitted_at from governance_return"
                                + " where tenant_id = ? and id = ?")
                .params(tenant.value(), id)
                .query((rs, n) -> new Return(
                        rs.getObject(1, UUID.class),
                        rs.getObject(2, LocalDate.class),
                        rs.getObject(2, LocalDate.class).plusMonths(3).minusDays(1),
                        Status.valueOf(rs.getString(3)),
                        rs.getTimestamp(4).toInstant(),
                        instant(rs.getTimestamp(5)),
                        instant(rs.getTimestamp(6)),
                        List.copyOf(lines)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Return"));
    }

    /** The return as CSV: section, figure, value as published. Each download is audited. */
    @Transactional
    @PreAuthorize(Boards.READ)
    byte[] csv(UUID id) {
        var found = get(id);
        var out = new StringBuilder();
        try (var printer = CSVFormat.DEFAULT.print(out)) {
            printer.printRecord("quarter", "section", "figure", "value");
            for (var line : found.lines()) {
                printer.printRecord(found.quarter(), line.section(), line.label(), line.published());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        audit.record(
                AuditRecord.of("RETURN_DOWNLOADED", "GOVERNANCE_RETURN", id).withDetail("csv"));
        return out.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8);
    }

    /** The return as a Word document, marked OFFICIAL-SENSITIVE. Each download is audited. */
    @Transactional
    @PreAuthorize(Boards.READ)
    byte[] docx(UUID id, String council) {
        var found = get(id);
        try (var document = new XWPFDocument();
                var out = new ByteArrayOutputStream()) {
            document.createHeader(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("OFFICIAL-SENSITIVE");
            document.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("OFFICIAL-SENSITIVE");
            var title = document.createParagraph().createRun();
            title.setBold(true);
            title.setFontSize(16);
            title.setText("Prevent quarterly monitoring return, " + found.quarter());
            document.createParagraph()
                    .createRun()
                    .setText(council + ": " + found.quarterStart() + " to " + found.quarterEnd() + ". Status: "
                            + found.status().name().toLowerCase(java.util.Locale.ROOT)
                            + ". Counts of people below the council's threshold are shown as [c].");
            var table = document.createTable(found.lines().size() + 1, 3);
            table.getRow(0).getCell(0).setText("Section");
            table.getRow(0).getCell(1).setText("Figure");
            table.getRow(0).getCell(2).setText("Value");
            for (var i = 0; i < found.lines().size(); i++) {
                var line = found.lines().get(i);
                table.getRow(i + 1).getCell(0).setText(line.section());
                table.getRow(i + 1).getCell(1).setText(line.label());
                table.getRow(i + 1).getCell(2).setText(line.published());
            }
            document.write(out);
            audit.record(
                    AuditRecord.of("RETURN_DOWNLOADED", "GOVERNANCE_RETURN", id).withDetail("docx"));
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private String published(TenantId tenant, long value) {
        return disclosure.protect(tenant, List.of(value), false).get(0);
    }

    private static @Nullable Instant instant(@Nullable Timestamp timestamp) {
        return timestamp == null ? null : timestamp.toInstant();
    }
}
