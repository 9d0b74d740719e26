package org.preventduty.referrals;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.shared.RuleViolationException;
import org.preventduty.shared.UploadedFiles;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Files attached to a referral: PDF, Word (DOCX) and images, recognised by their content rather than their name,
 * stored in the database (never on a path built from the name) under a cleaned name. Every method must run in a
 * transaction.
 */
@Component
class Attachments {

    private final JdbcClient jdbc;
    private final Clock clock;

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

    Stored store(UUID tenantId, UUID referralId, @Nullable String originalName, byte[] content, UUID by, int limit) {
        var type = UploadedFiles.detect(content)
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
        var stored = new Stored(
                UUID.randomUUID(),
                UploadedFiles.cleanName(originalName, type),
                type,
                content.length,
                by,
                clock.instant());
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
}
