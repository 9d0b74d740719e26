package org.preventduty.referrals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.zip.ZipInputStream;
import org.apache.tika.Tika;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files attached to a referral: PDF, Word (DOCX) and images, recognised by their content rather than their name,
 * stored in the database (never on a path built from the name) under a cleaned name. Every method must run in a
 * transaction.
 */
@Component
class Attachments {

    static final Map<String, String> ALLOWED = Map.of(
            "application/pdf", "pdf",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx",
            "image/png", "png",
            "image/jpeg", "jpg",
            "image/gif", "gif");

    private static final int MAX_ZIP_ENTRIES = 2000;

    private final JdbcClient jdbc;
    private final Clock clock;
    private final Tika tika = new Tika();

    Attachments(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /**
     * A stored file, without its content.
     *
     * @param id its id.
     * @param fileName the cleaned name.
     * @param mediaType the type found in its content.
     * @param size its size in bytes.
     * @param uploadedBy who attached it.
     * @param uploadedAt when.
     */
    record Stored(UUID id, String fileName, String mediaType, long size, UUID uploadedBy, Instant uploadedAt) {}

    /** The type of a file found from its content, when it is one of the allowed types. */
    static Optional<String> detect(byte[] content) {
        String type;
        try {
            type = new Tika().detect(content);
        } catch (RuntimeException e) {
            return Optional.empty();
        }
        if ("application/zip".equals(type) || "application/x-tika-ooxml".equals(type)) {
            return isWordDocument(content)
                    ? Optional.of("application/vnd.openxmlformats-officedocument.wordprocessingml.document")
                    : Optional.empty();
        }
        return ALLOWED.containsKey(type) ? Optional.of(type) : Optional.empty();
    }

    /** A Word document is a zip holding [Content_Types].xml and word/document.xml; no entry is unpacked. */
    private static boolean isWordDocument(byte[] content) {
        var types = false;
        var document = false;
        try (var zip = new ZipInputStream(new ByteArrayInputStream(content))) {
            var entries = 0;
            for (var entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                if (++entries > MAX_ZIP_ENTRIES) {
                    return false;
                }
                var name = entry.getName();
                if (name.contains("..") || name.startsWith("/")) {
                    return false;
                }
                types |= name.equals("[Content_Types].xml");
                document |= name.equals("word/document.xml");
            }
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return types && document;
    }

    /**
     * A file name safe to show and to offer for download: no path, no control or special characters, at most 100
     * characters, ending in the extension of its real type.
     */
    static String cleanName(@Nullable String original, String mediaType) {
        var name = original == null ? "" : original;
        name = name.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        name = name.replaceAll("[^A-Za-z0-9._ -]", "_").replaceAll("_+", "_").strip();
        name = name.replaceAll("^[.\\s_-]+", "");
        var extension = ALLOWED.get(mediaType);
        var dot = name.lastIndexOf('.');
        var base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "attachment";
        }
        if (base.length() > 90) {
            base = base.substring(0, 90);
        }
        return base + "." + extension;
    }

    Stored store(UUID tenantId, UUID referralId, @Nullable String originalName, byte[] content, UUID by, int limit) {
        var type = detect(content)
                .orElseThrow(() -> RuleViolationException.rule(
                        "attachment.type",
                        "The file must be a PDF, a Word document (DOCX) or an image (PNG, JPEG, GIF)."));
        var count = jdbc.sql("select count(*) from referral_attachment where tenant_id = ? and referral_id = ?"
                        + " and removed_at is null")
                .params(tenantId, referralId)
                .query(Integer.class)
                .single();
        if (count >= limit) {
            throw RuleViolationException.rule("attachment.tooMany", "A referral can have at most " + limit + " files.");
        }
        var stored =
                new Stored(UUID.randomUUID(), cleanName(originalName, type), type, content.length, by, clock.instant());
        jdbc.sql("insert into referral_attachment (id, tenant_id, referral_id, file_name, media_type, size_bytes,"
                        + " content, uploaded_by, uploaded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        stored.id(),
                        tenantId,
                        referralId,
                        stored.fileName(),
                        type,
                        (long) content.length,
                        content,
                        by,
                        ReferralRecords.at(stored.uploadedAt()))
                .update();
        return stored;
    }

    List<Stored> list(UUID tenantId, UUID referralId) {
        return jdbc.sql(
                        "select id, file_name, media_type, size_bytes, uploaded_by, uploaded_at from referral_attachment"
                                + " where tenant_id = ? and referral_id = ? and removed_at is null order by uploaded_at")
                .params(tenantId, referralId)
                .query((rows, n) -> new Stored(
                        rows.getObject(1, UUID.class),
                        rows.getString(2),
                        rows.getString(3),
                        rows.getLong(4),
                        rows.getObject(5, UUID.class),
                        rows.getObject(6, OffsetDateTime.class).toInstant()))
                .list();
    }

    Optional<byte[]> content(UUID tenantId, UUID referralId, UUID attachmentId) {
        return jdbc.sql("select content from referral_attachment where tenant_id = ? and referral_id = ? and id = ?"
                        + " and removed_at is null")
                .params(tenantId, referralId, attachmentId)
                .query((rows, n) -> rows.getBytes(1))
                .optional();
    }

    boolean remove(UUID tenantId, UUID referralId, UUID attachmentId, UUID by) {
        return jdbc.sql("update referral_attachment set removed_by = ?, removed_at = ? where tenant_id = ?"
                                + " and referral_id = ? and id = ? and removed_at is null")
                        .params(by, ReferralRecords.at(clock.instant()), tenantId, referralId, attachmentId)
                        .update()
                == 1;
    }

    static String extensionOf(String mediaType) {
        return ALLOWED.getOrDefault(mediaType, "bin").toLowerCase(Locale.ROOT);
    }
}
