package org.preventduty.reporting;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.TenantManagement;
import org.preventduty.identity.UserDirectory;
import org.preventduty.reporting.CommitteeReportData.Section;
import org.preventduty.shared.InvalidInputException;
import org.preventduty.shared.InvalidInputException.Problem;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.Paged;
import org.preventduty.shared.RuleViolationException;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

/**
 * Committee reports: made for a period and a committee, with the sections chosen and the officer's words for each;
 * previewed and downloaded as Word, PDF and HTML; a draft keeps every revision of its words, and a report marked final
 * keeps the figures it gave, so that what a committee saw can be produced again exactly. Making, previewing and
 * downloading are audited. Every count of people in a report is under the council's disclosure control.
 */
@Service
class CommitteeReports {

    static final String MAKE = "hasRole('PREVENT_LEAD')";
    static final String READ = "hasAnyRole('PREVENT_LEAD', 'REPORT_VIEWER')";
    static final int MOST_WORDS = 20_000;

    private static final ZoneId LONDON = ZoneId.of("Europe/London");
    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final CommitteeReportFigures figures;
    private final CommitteeReportDocuments documents;
    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final TenantManagement tenants;
    private final UserDirectory users;
    private final AuditTrail audit;
    private final Clock clock;

    CommitteeReports(
            CommitteeReportFigures figures,
            CommitteeReportDocuments documents,
            JdbcClient jdbc,
            CurrentActor actors,
            TenantManagement tenants,
            UserDirectory users,
            AuditTrail audit,
            Clock clock) {
        this.figures = figures;
        this.documents = documents;
        this.jdbc = jdbc;
        this.actors = actors;
        this.tenants = tenants;
        this.users = users;
        this.audit = audit;
        this.clock = clock;
    }

    /** The formats a report is made in. */
    enum Format {
        DOCX(CommitteeReportDocuments.DOCX, "docx"),
        PDF("application/pdf", "pdf"),
        HTML("text/html;charset=UTF-8", "html");

        private final String mediaType;
        private final String extension;

        Format(String mediaType, String extension) {
            this.mediaType = mediaType;
            this.extension = extension;
        }

        String mediaType() {
            return mediaType;
        }

        String extension() {
            return extension;
        }

        /** The format of a name such as {@code docx}, or null when it is none. */
        static @Nullable Format of(@Nullable String name) {
            return Arrays.stream(values())
                    .filter(format -> format.extension.equalsIgnoreCase(name))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** A report made in a format, to download. */
    record Made(String fileName, String mediaType, byte[] content) {}

    /** A report as listed. */
    record Summary(
            UUID id, String committee, LocalDate from, LocalDate to, String status, int revision, Instant updatedAt) {

        public boolean isFinal() {
            return "FINAL".equals(status);
        }
    }

    /** A saved revision of a draft's words. */
    record Revision(int number, Instant savedAt, String savedBy) {}

    /** A report with its words and revisions. */
    record Report(
            UUID id,
            String committee,
            LocalDate from,
            LocalDate to,
            List<Section> sections,
            Map<Section, String> narrative,
            String status,
            int version,
            List<Revision> revisions,
            @Nullable Instant finalisedAt) {

        public boolean isFinal() {
            return "FINAL".equals(status);
        }
    }

    /**
     * A report made at once for a period, with every section and no words of an officer, for the API.
     *
     * @throws InvalidInputException when the period ends before it starts, is longer than 20 years or ends in the
     *     future.
     */
    @Transactional
    @PreAuthorize(READ)
    Made adHoc(LocalDate from, LocalDate to, @Nullable String committee, Format format) {
        checkPeriod(from, to);
        var tenant = actors.requireTenant();
        var data = figures.take(
                tenant,
                committee == null || committee.isBlank() ? tenants.get(tenant).name() : committee.strip(),
                from,
                to,
                List.of(Section.values()),
                Map.of(),
                today(),
                LocaleContextHolder.getLocale());
        audit.record(AuditRecord.of("COMMITTEE_REPORT_MADE", "COMMITTEE_REPORT", "api")
                .withDetail(from + ".." + to + " " + format.extension()));
        return make(data, format);
    }

    /** The council's reports, the most recently changed first. */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    Paged<Summary> list(int page, int size) {
        Paged.check(page, size);
        var tenant = actors.requireTenant().value();
        var total = jdbc.sql("select count(*) from committee_report where tenant_id = ?")
                .param(tenant)
                .query(Long.class)
                .single();
        var items = jdbc.sql("select id, committee, period_from, period_to, status, revision, updated_at"
                        + " from committee_report where tenant_id = ? order by updated_at desc, id limit ? offset ?")
                .params(tenant, size, Paged.offset(page, size))
                .query((rs, n) -> new Summary(
                        rs.getObject(1, UUID.class),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getObject(4, LocalDate.class),
                        rs.getString(5),
                        rs.getInt(6),
                        rs.getTimestamp(7).toInstant()))
                .list();
        return new Paged<>(items, page, size, total);
    }

    /**
     * Starts a draft.
     *
     * @throws InvalidInputException naming each field that is missing or wrong.
     */
    @Transactional
    @PreAuthorize(MAKE)
    UUID create(@Nullable String committee, @Nullable LocalDate from, @Nullable LocalDate to, List<Section> sections) {
        var problems = new ArrayList<Problem>();
        if (committee == null || committee.isBlank()) {
            problems.add(new Problem("committee", "report.committee.blank", "is required"));
        } else if (committee.length() > 300) {
            problems.add(new Problem("committee", "report.committee.long", "must be at most 300 characters"));
        }
        if (from == null) {
            problems.add(new Problem("from", "report.from.invalid", "is required"));
        }
        if (to == null) {
            problems.add(new Problem("to", "report.to.invalid", "is required"));
        }
        if (sections.isEmpty()) {
            problems.add(new Problem("sections", "report.sections.blank", "choose at least one"));
        }
        if (from != null && to != null) {
            try {
                checkPeriod(from, to);
            } catch (InvalidInputException e) {
                problems.addAll(e.problems());
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var actor = actors.require();
        var id = UUID.randomUUID();
        var now = Timestamp.from(clock.instant());
        var chosen = Arrays.stream(Section.values()).filter(sections::contains).toList();
        jdbc.sql("insert into committee_report (id, tenant_id, committee, period_from, period_to, sections, status,"
                        + " revision, created_by, created_at, updated_at, version)"
                        + " values (?, ?, ?, ?, ?, ?, 'DRAFT', 0, ?, ?, ?, 0)")
                .params(
                        id,
                        actor.requireTenant().value(),
                        committee.strip(),
                        from,
                        to,
                        String.join(",", chosen.stream().map(Enum::name).toList()),
                        actor.id(),
                        now,
                        now)
                .update();
        audit.record(AuditRecord.of("COMMITTEE_REPORT_STARTED", "COMMITTEE_REPORT", id)
                .withDetail(from + ".." + to));
        return id;
    }

    /**
     * A report of the council, with its words and revisions.
     *
     * @throws NotFoundException when the council has no such report.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ)
    Report get(UUID id) {
        var tenant = actors.requireTenant().value();
        var row = jdbc.sql("select committee, period_from, period_to, sections, status, version, finalised_at"
                        + " from committee_report where tenant_id = ? and id = ?")
                .params(tenant, id)
                .query((rs, n) -> new Object[] {
                    rs.getString(1),
                    rs.getObject(2, LocalDate.class),
                    rs.getObject(3, LocalDate.class),
                    rs.getString(4),
                    rs.getString(5),
                    rs.getInt(6),
                    rs.getTimestamp(7)
                })
                .optional()
                .orElseThrow(() -> new NotFoundException("Committee report"));
        var narrative = new EnumMap<Section, String>(Section.class);
        jdbc.sql("select section, words from committee_report_narrative where tenant_id = ? and report_id = ?")
                .params(tenant, id)
                .query((rs, n) -> narrative.put(Section.valueOf(rs.getString(1)), rs.getString(2)))
                .list();
        // Every section saved in a revision was saved at once by one person.
        var revisions = jdbc.sql("select distinct revision, saved_at, saved_by from committee_report_revision"
                        + " where tenant_id = ? and report_id = ? order by revision desc")
                .params(tenant, id)
                .query((rs, n) ->
                        new Object[] {rs.getInt(1), rs.getTimestamp(2).toInstant(), rs.getObject(3, UUID.class)})
                .list();
        var names = users.names(revisions.stream().map(r -> (UUID) r[2]).toList());
        var finalised = (Timestamp) row[6];
        return new Report(
                id,
                (String) row[0],
                (LocalDate) row[1],
                (LocalDate) row[2],
                sections((String) row[3]),
                narrative,
                (String) row[4],
                (Integer) row[5],
                revisions.stream()
                        .map(r -> new Revision((Integer) r[0], (Instant) r[1], names.getOrDefault((UUID) r[2], "")))
                        .toList(),
                finalised == null ? null : finalised.toInstant());
    }

    /**
     * Saves the officer's words of a draft as a new revision.
     *
     * @throws InvalidInputException naming each section whose words are too long.
     * @throws RuleViolationException when the report is final, or (a conflict) when it changed since it was read.
     */
    @Transactional
    @PreAuthorize(MAKE)
    void saveNarrative(UUID id, int version, Map<Section, String> words) {
        var report = get(id);
        if (report.isFinal()) {
            throw RuleViolationException.rule("report.final", "A report marked final no longer changes.");
        }
        var problems = new ArrayList<Problem>();
        words.forEach((section, text) -> {
            if (text != null && text.length() > MOST_WORDS) {
                problems.add(new Problem(
                        "words[" + section + "]", "report.words.long", "must be at most 20,000 characters"));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var now = Timestamp.from(clock.instant());
        var updated = jdbc.sql("update committee_report set revision = revision + 1, updated_at = ?,"
                        + " version = version + 1 where tenant_id = ? and id = ? and version = ?")
                .params(now, tenant, id, version)
                .update();
        RuleViolationException.unlessUpdated(updated, "report.changedElsewhere");
        var revision = jdbc.sql("select revision from committee_report where tenant_id = ? and id = ?")
                .params(tenant, id)
                .query(Integer.class)
                .single();
        jdbc.sql("delete from committee_report_narrative where tenant_id = ? and report_id = ?")
                .params(tenant, id)
                .update();
        for (var section : report.sections()) {
            var text = words.get(section);
            if (text == null || text.isBlank()) {
                continue;
            }
            var stripped = text.strip();
            jdbc.sql(
                            "insert into committee_report_narrative (report_id, tenant_id, section, words) values (?, ?, ?, ?)")
                    .params(id, tenant, section.name(), stripped)
                    .update();
            jdbc.sql("insert into committee_report_revision (report_id, revision, tenant_id, section, words, saved_by,"
                            + " saved_at) values (?, ?, ?, ?, ?, ?, ?)")
                    .params(id, revision, tenant, section.name(), stripped, actor.id(), now)
                    .update();
        }
        audit.record(
                AuditRecord.of("COMMITTEE_REPORT_SAVED", "COMMITTEE_REPORT", id).withDetail("revision " + revision));
    }

    /**
     * Marks a draft final: the figures it gives now are kept with it, and it no longer changes.
     *
     * @throws RuleViolationException when it is final already, or (a conflict) when it changed since it was read.
     */
    @Transactional
    @PreAuthorize(MAKE)
    void finalise(UUID id, int version) {
        var report = get(id);
        if (report.isFinal()) {
            throw RuleViolationException.rule("report.final", "A report marked final no longer changes.");
        }
        var actor = actors.require();
        var data = take(report);
        var now = Timestamp.from(clock.instant());
        var updated = jdbc.sql("update committee_report set status = 'FINAL', figures = ?, finalised_by = ?,"
                        + " finalised_at = ?, updated_at = ?, version = version + 1 where tenant_id = ? and id = ?"
                        + " and version = ? and status = 'DRAFT'")
                .params(
                        JSON.writeValueAsString(data),
                        actor.id(),
                        now,
                        now,
                        actor.requireTenant().value(),
                        id,
                        version)
                .update();
        RuleViolationException.unlessUpdated(updated, "report.changedElsewhere");
        audit.record(AuditRecord.of("COMMITTEE_REPORT_FINALISED", "COMMITTEE_REPORT", id));
    }

    /** What a report shows: a final one as it was kept, a draft with the figures of now. Audited as a preview. */
    @Transactional
    @PreAuthorize(READ)
    CommitteeReportData preview(UUID id) {
        var data = data(id);
        audit.record(AuditRecord.of("COMMITTEE_REPORT_PREVIEWED", "COMMITTEE_REPORT", id));
        return data;
    }

    /** A report made in a format, to download. Audited. */
    @Transactional
    @PreAuthorize(READ)
    Made download(UUID id, Format format) {
        var data = data(id);
        audit.record(AuditRecord.of("COMMITTEE_REPORT_DOWNLOADED", "COMMITTEE_REPORT", id)
                .withDetail(format.extension()));
        return make(data, format);
    }

    private CommitteeReportData data(UUID id) {
        var report = get(id);
        if (report.isFinal()) {
            var kept = jdbc.sql("select figures from committee_report where tenant_id = ? and id = ?")
                    .params(actors.requireTenant().value(), id)
                    .query(String.class)
                    .single();
            return JSON.readValue(kept, CommitteeReportData.class);
        }
        return take(report);
    }

    private CommitteeReportData take(Report report) {
        return figures.take(
                actors.requireTenant(),
                report.committee(),
                report.from(),
                report.to(),
                report.sections(),
                report.narrative(),
                today(),
                LocaleContextHolder.getLocale());
    }

    private Made make(CommitteeReportData data, Format format) {
        var content = switch (format) {
            case DOCX -> documents.docx(data);
            case PDF -> documents.pdf(data);
            case HTML -> CommitteeReportDocuments.utf8(documents.html(data));
        };
        return new Made(CommitteeReportDocuments.fileName(data, format.extension()), format.mediaType(), content);
    }

    private static List<Section> sections(String column) {
        var list = new ArrayList<Section>();
        for (var name : column.split(",")) {
            if (!name.isBlank()) {
                list.add(Section.valueOf(name));
            }
        }
        return list;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    /**
     * A report's period: not ending before it starts, not longer than 20 years, not ending in the future.
     *
     * @throws InvalidInputException naming {@code to}.
     */
    void checkPeriod(LocalDate from, LocalDate to) {
        FigureScope.checkPeriod(from, to);
        if (to.isAfter(today())) {
            throw new InvalidInputException(List.of(new Problem("to", "report.to.future", "must be today or before")));
        }
    }

    /** The words of each section, in the order of the sections. */
    static Map<Section, String> ordered(Map<Section, String> words) {
        var ordered = new LinkedHashMap<Section, String>();
        for (var section : Section.values()) {
            if (words.containsKey(section)) {
                ordered.put(section, words.get(section));
            }
        }
        return ordered;
    }
}
