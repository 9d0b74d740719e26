package org.preventduty.channel;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.audit.AuditRecord;
import org.preventduty.audit.AuditTrail;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.NotFoundException;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.UploadedFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The documents of a case: added by who works it (its coordinators and the case worker who holds it), each checked by
 * its content (PDF, Word, images), under a cleaned name, with a protective marking; listed and downloaded by whoever may
 * see the case, every download in the audit trail; removed with who and when kept.
 */
@Service
class CaseDocuments {

    /** The government security classification a document carries. */
    enum Marking {
        OFFICIAL,
        OFFICIAL_SENSITIVE
    }

    /** The largest document taken. */
    static final long MAX_BYTES = 10L * 1024 * 1024;

    /** The most documents a case holds. */
    static final int MAX_PER_CASE = 200;

    /** A document without its content. */
    record Document(
            UUID id,
            String fileName,
            String mediaType,
            long size,
            Marking marking,
            String description,
            LocalDate receivedOn,
            String uploadedBy,
            Instant uploadedAt) {

        /** Its size in kilobytes, at least 1, for the list. */
        public long kilobytes() {
            return Math.max(1, (size + 1023) / 1024);
        }
    }

    /** A document's content, to download. */
    record Download(String fileName, String mediaType, byte[] content) {}

    /** A document to add. */
    record NewDocument(
            @Nullable String fileName, byte[] content, Marking marking, String description, LocalDate receivedOn) {}

    private final CaseAccess access;
    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final AuditTrail audit;
    private final UserDirectory users;
    private final Clock clock;

    CaseDocuments(
            CaseAccess access,
            JdbcClient jdbc,
            CurrentActor actors,
            AuditTrail audit,
            UserDirectory users,
            Clock clock) {
        this.access = access;
        this.jdbc = jdbc;
        this.actors = actors;
        this.audit = audit;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Adds a document to the case.
     *
     * @throws RuleViolationException (422) naming the field: an empty file, one too large or of a kind not taken, a day
     *     in the future or before the case, a description missing or too long; or when the case holds too many.
     */
    @Transactional
    UUID add(UUID caseId, NewDocument document) {
        var actor = actors.require();
        var channelCase = writable(caseId);
        if (document.content().length == 0) {
            throw RuleViolationException.rule("document.empty", "The file is empty.")
                    .on("file");
        }
        if (document.content().length > MAX_BYTES) {
            throw RuleViolationException.rule("document.tooLarge", "The file must be smaller than 10 MB.")
                    .on("file");
        }
        var type = UploadedFiles.detect(document.content())
                .orElseThrow(() -> RuleViolationException.rule(
                                "document.type",
                                "The file must be a PDF, a Word document (DOCX) or an image (PNG, JPEG, GIF).")
                        .on("file"));
        var description = document.description().strip();
        if (description.isEmpty()) {
            throw RuleViolationException.rule("document.description.blank", "Say what the document is.")
                    .on("description");
        }
        if (description.length() > 300) {
            throw RuleViolationException.rule(
                            "document.description.tooLong", "The description must be 300 characters or fewer.")
                    .on("description");
        }
        CaseDates.withinCase("receivedOn", document.receivedOn(), channelCase.openedOn(), access.today());
        var held = jdbc.sql(
                        "select count(*) from case_document where tenant_id = ? and case_id = ? and removed_at is null")
                .params(channelCase.tenantId(), caseId)
                .query(Long.class)
                .single();
        if (held >= MAX_PER_CASE) {
            throw RuleViolationException.rule(
                    "document.tooMany", "A case can hold at most " + MAX_PER_CASE + " documents.");
        }
        var id = UUID.randomUUID();
        jdbc.sql("insert into case_document (id, tenant_id, case_id, file_name, media_type, size_bytes, content,"
                        + " marking, description, received_on, uploaded_by, uploaded_at)"
                        + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        id,
                        channelCase.tenantId(),
                        caseId,
                        UploadedFiles.cleanName(document.fileName(), type),
                        type,
                        (long) document.content().length,
                        document.content(),
                        document.marking().name(),
                        description,
                        document.receivedOn(),
                        actor.id(),
                        Timestamp.from(clock.instant()))
                .update();
        audit.record(AuditRecord.of("CASE_DOCUMENT_ADDED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId())
                .withDetail("document " + id));
        return id;
    }

    /** The case's documents, newest first, for whoever may see the case; the read is audited. */
    @Transactional
    List<Document> list(UUID caseId) {
        var granted = access.load(caseId, actors.require());
        var channelCase = granted.channelCase();
        audit.record(
                AuditRecord.of("CASE_DOCUMENTS_LISTED", "CHANNEL_CASE", caseId).about(channelCase.personId()));
        var rows = jdbc.sql("select id, file_name, media_type, size_bytes, marking, description, received_on,"
                        + " uploaded_by, uploaded_at from case_document where tenant_id = ? and case_id = ?"
                        + " and removed_at is null order by received_on desc, uploaded_at desc")
                .params(channelCase.tenantId(), caseId)
                .query((rs, n) -> new Object[] {
                    rs.getObject(1, UUID.class),
                    rs.getString(2),
                    rs.getString(3),
                    rs.getLong(4),
                    Marking.valueOf(rs.getString(5)),
                    rs.getString(6),
                    rs.getObject(7, LocalDate.class),
                    rs.getObject(8, UUID.class),
                    rs.getTimestamp(9).toInstant()
                })
                .list();
        var names =
                users.names(rows.stream().map(row -> (UUID) row[7]).distinct().toList());
        return rows.stream()
                .map(row -> new Document(
                        (UUID) row[0],
                        (String) row[1],
                        (String) row[2],
                        (Long) row[3],
                        (Marking) row[4],
                        (String) row[5],
                        (LocalDate) row[6],
                        names.getOrDefault((UUID) row[7], ""),
                        (Instant) row[8]))
                .toList();
    }

    /** A document's content, for whoever may see the case; every download is audited. */
    @Transactional
    Download download(UUID caseId, UUID documentId) {
        var granted = access.load(caseId, actors.require());
        var channelCase = granted.channelCase();
        var found = jdbc.sql("select file_name, media_type, content from case_document where tenant_id = ?"
                        + " and case_id = ? and id = ? and removed_at is null")
                .params(channelCase.tenantId(), caseId, documentId)
                .query((rs, n) -> new Download(rs.getString(1), rs.getString(2), rs.getBytes(3)))
                .optional()
                .orElseThrow(() -> new NotFoundException("Document"));
        audit.record(AuditRecord.of("CASE_DOCUMENT_DOWNLOADED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId())
                .withDetail("document " + documentId));
        return found;
    }

    /** Removes a document from the case, keeping who removed it and when. */
    @Transactional
    void remove(UUID caseId, UUID documentId) {
        var actor = actors.require();
        var channelCase = writable(caseId);
        var removed = jdbc.sql("update case_document set removed_by = ?, removed_at = ? where tenant_id = ?"
                        + " and case_id = ? and id = ? and removed_at is null")
                .params(actor.id(), Timestamp.from(clock.instant()), channelCase.tenantId(), caseId, documentId)
                .update();
        if (removed == 0) {
            throw new NotFoundException("Document");
        }
        audit.record(AuditRecord.of("CASE_DOCUMENT_REMOVED", "CHANNEL_CASE", caseId)
                .about(channelCase.personId())
                .withDetail("document " + documentId));
    }

    private ChannelCase writable(UUID caseId) {
        var granted = access.load(caseId, actors.require());
        if (granted.level() != CaseAccess.Level.COORDINATOR && granted.level() != CaseAccess.Level.ASSIGNED) {
            throw new NotFoundException("Channel case");
        }
        return granted.channelCase();
    }
}
