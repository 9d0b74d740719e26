package org.preventduty.channel;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A case's chronology: the notes written about it and everything recorded on it (panel discussions and decisions,
 * consent, assessments, requests for information, interventions and their sessions, exit and reviews), in date order,
 * each in words a person reads. Notes are written by who works the case (its coordinators and the case worker who holds
 * it) and corrected, never silently changed.
 */
@Service
class CaseChronology {

    /** What an entry of the chronology records. */
    enum Kind {
        OPENED,
        NOTE,
        PANEL_DISCUSSION,
        DECISION,
        CONSENT,
        ASSESSMENT,
        INFORMATION_REQUESTED,
        INFORMATION_RECEIVED,
        INTERVENTION_STARTED,
        SESSION,
        INTERVENTION_ENDED,
        EXIT,
        REVIEW,
        CLOSED,
        DOCUMENT,
        OFFICER
    }

    /** The kinds of entry shown together when the chronology is filtered on a page. */
    enum Group {
        NOTES(Kind.NOTE),
        PANEL(Kind.PANEL_DISCUSSION, Kind.DECISION),
        SUPPORT(Kind.CONSENT, Kind.INTERVENTION_STARTED, Kind.SESSION, Kind.INTERVENTION_ENDED),
        INFORMATION(Kind.INFORMATION_REQUESTED, Kind.INFORMATION_RECEIVED),
        ASSESSMENTS(Kind.ASSESSMENT),
        DOCUMENTS(Kind.DOCUMENT),
        CASE(Kind.OPENED, Kind.OFFICER, Kind.EXIT, Kind.REVIEW, Kind.CLOSED);

        private final Set<Kind> kinds;

        Group(Kind... kinds) {
            this.kinds = Set.of(kinds);
        }

        /** The kinds of entry of the groups; none when no group is chosen. */
        static Set<Kind> kinds(java.util.Collection<Group> groups) {
            var all = java.util.EnumSet.noneOf(Kind.class);
            groups.forEach(group -> all.addAll(group.kinds));
            return all;
        }
    }

    /** An earlier wording of a note. */
    record EarlierWording(
            LocalDate occurredOn, CaseNote.Category category, String text, String reason, String by, Instant at) {}

    /**
     * An entry of the chronology.
     *
     * @param by who recorded it, when the record says.
     * @param noteId the note, for an entry that is one.
     * @param meetingId the panel meeting it happened at, if any.
     * @param earlier the earlier wordings of a corrected note, oldest first.
     */
    record Item(
            LocalDate occurredOn,
            Kind kind,
            String summary,
            @Nullable String by,
            @Nullable UUID noteId,
            @Nullable UUID meetingId,
            List<EarlierWording> earlier) {

        public boolean corrected() {
            return !earlier.isEmpty();
        }
    }

    /** A note to add, or a note's new wording. */
    record NewNote(LocalDate occurredOn, CaseNote.Category category, String text) {}

    /** A note as it stands, for its correction page. */
    record NoteView(UUID id, LocalDate occurredOn, CaseNote.Category category, String text, int version) {}

    private final CaseAccess access;
    private final CaseNotes notes;
    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final UserDirectory users;
    private final MessageSource messages;
    private final Clock clock;

    CaseChronology(
            CaseAccess access,
            CaseNotes notes,
            JdbcClient jdbc,
            CurrentActor actors,
            AuditTrail audit,
            UserDirectory users,
            MessageSource messages,
            Clock clock) {
        this.access = access;
        this.notes = notes;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.users = users;
        this.messages = messages;
        this.clock = clock;
    }

    /** Whether the current user may write and correct the case's notes. */
    @Transactional(readOnly = true)
    boolean mayWrite(UUID caseId) {
        return writes(access.load(caseId, actors.require()).level());
    }

    private static boolean writes(CaseAccess.Level level) {
        return level == CaseAccess.Level.COORDINATOR || level == CaseAccess.Level.ASSIGNED;
    }

    /**
     * Adds a note to the case's chronology.
     *
     * @throws RuleViolationException (422) naming the field, when the day is in the future or before the case was
     *     opened, or the text is empty or too long.
     * @throws NotFoundException when the case is not one the user may write notes on.
     */
    @Transactional
    UUID addNote(UUID caseId, NewNote note) {
        var actor = actors.require();
        var channelCase = writable(caseId);
        check(note, channelCase);
        var saved = notes.save(new CaseNote(
                caseId,
                channelCase.tenantId(),
                note.occurredOn(),
                note.category(),
                note.text(),
                actor.id(),
                clock.instant()));
        audit.record(AuditRecord.of("CASE_NOTE_ADDED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId())
                .withDetail("note " + saved.id()));
        return saved.id();
    }

    /**
     * Corrects a note, keeping its earlier wording with the reason. A correction that changes nothing keeps nothing.
     *
     * @throws RuleViolationException (422) naming the field, as for a new note or when the reason is missing; (409)
     *     when the note was corrected since it was read.
     */
    @Transactional
    void correct(UUID caseId, UUID noteId, NewNote note, String reason, @Nullable Integer version) {
        var actor = actors.require();
        var channelCase = writable(caseId);
        var found = notes.findByIdAndTenantIdAndCaseId(noteId, channelCase.tenantId(), caseId)
                .orElseThrow(() -> new NotFoundException("Note"));
        if (version != null && version != found.version()) {
            throw RuleViolationException.conflict(
                    "note.stale", "The note was corrected by someone else since you read it.");
        }
        check(note, channelCase);
        if (reason.isBlank()) {
            throw RuleViolationException.rule("note.reason.blank", "Say why the note is corrected.")
                    .on("reason");
        }
        if (reason.strip().length() > CaseNote.MAX_REASON) {
            throw RuleViolationException.rule(
                            "note.reason.tooLong",
                            "The reason must be " + CaseNote.MAX_REASON + " characters or fewer.")
                    .on("reason");
        }
        if (found.correct(note.occurredOn(), note.category(), note.text(), reason, actor.id(), clock.instant())) {
            notes.save(found);
            audit.record(AuditRecord.of("CASE_NOTE_CORRECTED", "CHANNEL_CASE", caseId)
                    .about(channelCase.personId())
                    .withDetail("note " + noteId));
        }
    }

    /** The note as it stands, for who may correct it. */
    @Transactional(readOnly = true)
    NoteView note(UUID caseId, UUID noteId) {
        var channelCase = writable(caseId);
        var found = notes.findByIdAndTenantIdAndCaseId(noteId, channelCase.tenantId(), caseId)
                .orElseThrow(() -> new NotFoundException("Note"));
        return new NoteView(found.id(), found.occurredOn(), found.category(), found.text(), found.version());
    }

    private ChannelCase writable(UUID caseId) {
        var granted = access.load(caseId, actors.require());
        if (!writes(granted.level())) {
            throw new NotFoundException("Channel case");
        }
        return granted.channelCase();
    }

    private void check(NewNote note, ChannelCase channelCase) {
        CaseDates.withinCase("occurredOn", note.occurredOn(), channelCase.openedOn(), access.today());
        if (note.text().isBlank()) {
            throw RuleViolationException.rule("note.text.blank", "Enter the note.")
                    .on("text");
        }
        if (note.text().strip().length() > CaseNote.MAX_TEXT) {
            throw RuleViolationException.rule(
                            "note.text.tooLong", "The note must be " + CaseNote.MAX_TEXT + " characters or fewer.")
                    .on("text");
        }
    }

    /**
     * The case's chronology in date order, of the kinds asked for (all when none) and between the days given; the read
     * is audited.
     *
     * @throws NotFoundException when the case is not one the user may see.
     */
    @Transactional
    List<Item> chronology(UUID caseId, Set<Kind> kinds, @Nullable LocalDate from, @Nullable LocalDate to) {
        var granted = access.load(caseId, actors.require());
        var channelCase = granted.channelCase();
        audit.record(AuditRecord.of("CHANNEL_CHRONOLOGY_VIEWED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId()));
        var locale = LocaleContextHolder.getLocale();
        var t = channelCase.tenantId();
        var today = access.today();
        var rows = new ArrayList<Row>();
        rows.add(new Row(
                channelCase.openedOn(), Kind.OPENED, text(locale, "chronology.OPENED"), channelCase.openedBy()));
        for (var note : notes.findByTenantIdAndCaseIdOrderByOccurredOnAscRecordedAtAsc(t, caseId)) {
            var row = new Row(
                    note.occurredOn(),
                    Kind.NOTE,
                    text(locale, "chronology.NOTE", text(locale, "noteCategory." + note.category()), note.text()),
                    note.recordedBy());
            row.noteId = note.id();
            row.corrections = note.corrections();
            rows.add(row);
        }
        jdbc.sql("select m.id, m.held_on from panel_agenda_item i join panel_meeting m on m.id = i.meeting_id"
                        + " and m.tenant_id = i.tenant_id where i.tenant_id = ? and i.case_id = ? and m.held_on <= ?")
                .params(t, caseId, today)
                .query((rs, n) -> {
                    var row = new Row(
                            rs.getObject(2, LocalDate.class),
                            Kind.PANEL_DISCUSSION,
                            text(locale, "chronology.PANEL_DISCUSSION"),
                            null);
                    row.meetingId = rs.getObject(1, UUID.class);
                    return rows.add(row);
                })
                .list();
        jdbc.sql("select decided_on, decision, decision_rule, reasons, recorded_by, meeting_id from panel_decision"
                        + " where tenant_id = ? and case_id = ?")
                .params(t, caseId)
                .query((rs, n) -> {
                    var row = new Row(
                            rs.getObject(1, LocalDate.class),
                            Kind.DECISION,
                            text(
                                    locale,
                                    "chronology.DECISION",
                                    text(locale, "decision." + rs.getString(2)),
                                    text(locale, "decisionRule." + rs.getString(3)),
                                    rs.getString(4)),
                            rs.getObject(5, UUID.class));
                    row.meetingId = rs.getObject(6, UUID.class);
                    return rows.add(row);
                })
                .list();
        jdbc.sql("select recorded_on, status, given_by, guardian_name, recorded_by from consent_record"
                        + " where tenant_id = ? and case_id = ?")
                .params(t, caseId)
                .query((rs, n) -> {
                    var by = text(locale, "chronology.givenBy." + rs.getString(3));
                    if (rs.getString(4) != null) {
                        by = text(locale, "chronology.givenBy.named", by, rs.getString(4));
                    }
                    return rows.add(new Row(
                            rs.getObject(1, LocalDate.class),
                            Kind.CONSENT,
                            text(locale, "chronology.CONSENT." + rs.getString(2), by),
                            rs.getObject(5, UUID.class)));
                })
                .list();
        jdbc.sql("select assessed_on, assessed_by, recorded_by from assessment where tenant_id = ? and case_id = ?")
                .params(t, caseId)
                .query((rs, n) -> rows.add(new Row(
                        rs.getObject(1, LocalDate.class),
                        Kind.ASSESSMENT,
                        text(locale, "chronology.ASSESSMENT", rs.getString(2)),
                        rs.getObject(3, UUID.class))))
                .list();
        jdbc.sql("select asked_on, agency, what_asked, responded_on, response, created_by from information_request"
                        + " where tenant_id = ? and case_id = ?")
                .params(t, caseId)
                .query((rs, n) -> {
                    rows.add(new Row(
                            rs.getObject(1, LocalDate.class),
                            Kind.INFORMATION_REQUESTED,
                            text(locale, "chronology.INFORMATION_REQUESTED", rs.getString(2), rs.getString(3)),
                            rs.getObject(6, UUID.class)));
                    var answered = rs.getObject(4, LocalDate.class);
                    if (answered != null) {
                        rows.add(new Row(
                                answered,
                                Kind.INFORMATION_RECEIVED,
                                text(locale, "chronology.INFORMATION_RECEIVED", rs.getString(2), rs.getString(5)),
                                null));
                    }
                    return true;
                })
                .list();
        jdbc.sql("select id, intervention_type, provider, start_on, ended_on, created_by from intervention"
                        + " where tenant_id = ? and case_id = ?")
                .params(t, caseId)
                .query((rs, n) -> {
                    var type = text(locale, "interventionType." + rs.getString(2));
                    rows.add(new Row(
                            rs.getObject(4, LocalDate.class),
                            Kind.INTERVENTION_STARTED,
                            text(locale, "chronology.INTERVENTION_STARTED", type, rs.getString(3)),
                            rs.getObject(6, UUID.class)));
                    var ended = rs.getObject(5, LocalDate.class);
                    if (ended != null) {
                        rows.add(new Row(
                                ended,
                                Kind.INTERVENTION_ENDED,
                                text(locale, "chronology.INTERVENTION_ENDED", type, rs.getString(3)),
                                null));
                    }
                    return true;
                })
                .list();
        jdbc.sql("select s.delivered_on, i.intervention_type, s.note, s.recorded_by from intervention_session s"
                        + " join intervention i on i.id = s.intervention_id and i.tenant_id = s.tenant_id"
                        + " where i.tenant_id = ? and i.case_id = ?")
                .params(t, caseId)
                .query((rs, n) -> {
                    var type = text(locale, "interventionType." + rs.getString(2));
                    var note = rs.getString(3);
                    return rows.add(new Row(
                            rs.getObject(1, LocalDate.class),
                            Kind.SESSION,
                            note == null || note.isBlank()
                                    ? text(locale, "chronology.SESSION", type)
                                    : text(locale, "chronology.SESSION.note", type, note),
                            rs.getObject(4, UUID.class)));
                })
                .list();
        if (channelCase.exitedOn() != null) {
            rows.add(new Row(
                    channelCase.exitedOn(),
                    Kind.EXIT,
                    text(locale, "chronology.EXIT", String.valueOf(channelCase.closingSummary())),
                    null));
        }
        jdbc.sql("select months, completed_on, outcome, completed_by from post_exit_review where tenant_id = ?"
                        + " and case_id = ? and completed_on is not null")
                .params(t, caseId)
                .query((rs, n) -> rows.add(new Row(
                        rs.getObject(2, LocalDate.class),
                        Kind.REVIEW,
                        text(locale, "chronology.REVIEW", rs.getInt(1), String.valueOf(rs.getString(3))),
                        rs.getObject(4, UUID.class))))
                .list();
        jdbc.sql("select received_on, description, marking, uploaded_by from case_document where tenant_id = ?"
                        + " and case_id = ? and removed_at is null")
                .params(t, caseId)
                .query((rs, n) -> rows.add(new Row(
                        rs.getObject(1, LocalDate.class),
                        Kind.DOCUMENT,
                        text(
                                locale,
                                "chronology.DOCUMENT",
                                rs.getString(2),
                                text(locale, "documentMarking." + rs.getString(3))),
                        rs.getObject(4, UUID.class))))
                .list();
        var officers = new ArrayList<Object[]>();
        jdbc.sql("select happened_at, detail, actor_id from channel_case_event where tenant_id = ? and case_id = ?"
                        + " and kind = 'OFFICER'")
                .params(t, caseId)
                .query((rs, n) -> officers.add(new Object[] {
                    LocalDate.ofInstant(rs.getTimestamp(1).toInstant(), java.time.ZoneId.of("Europe/London")),
                    UUID.fromString(rs.getString(2)),
                    rs.getObject(3, UUID.class)
                }))
                .list();
        var officerNames =
                users.names(officers.stream().map(row -> (UUID) row[1]).toList());
        for (var row : officers) {
            rows.add(new Row(
                    (LocalDate) row[0],
                    Kind.OFFICER,
                    text(locale, "chronology.OFFICER", officerNames.getOrDefault((UUID) row[1], "")),
                    (UUID) row[2]));
        }
        if (channelCase.closedOn() != null) {
            rows.add(new Row(channelCase.closedOn(), Kind.CLOSED, text(locale, "chronology.CLOSED"), null));
        }
        var chosen = rows.stream()
                .filter(row -> kinds.isEmpty() || kinds.contains(row.kind))
                .filter(row -> from == null || !row.occurredOn.isBefore(from))
                .filter(row -> to == null || !row.occurredOn.isAfter(to))
                .sorted(Comparator.comparing((Row row) -> row.occurredOn).thenComparing(row -> row.kind))
                .toList();
        var people = new HashSet<UUID>();
        for (var row : chosen) {
            if (row.by != null) {
                people.add(row.by);
            }
            row.corrections.forEach(c -> people.add(c.correctedBy()));
        }
        var names = users.names(people);
        return chosen.stream()
                .map(row -> new Item(
                        row.occurredOn,
                        row.kind,
                        row.summary,
                        row.by == null ? null : names.get(row.by),
                        row.noteId,
                        row.meetingId,
                        row.corrections.stream()
                                .map(c -> new EarlierWording(
                                        c.occurredOn(),
                                        c.category(),
                                        c.text(),
                                        c.reason(),
                                        names.getOrDefault(c.correctedBy(), ""),
                                        c.correctedAt()))
                                .toList()))
                .toList();
    }

    private String text(Locale locale, String code, Object... args) {
        return messages.getMessage(code, args, locale);
    }

    /** An entry being gathered. */
    private static final class Row {
        final LocalDate occurredOn;
        final Kind kind;
        final String summary;
        final @Nullable UUID by;

        @Nullable
        UUID noteId;

        @Nullable
        UUID meetingId;

        List<CaseNote.Correction> corrections = List.of();

        Row(LocalDate occurredOn, Kind kind, String summary, @Nullable UUID by) {
            this.occurredOn = occurredOn;
            this.kind = kind;
            this.summary = summary;
            this.by = by;
        }
    }
}
