package org.preventduty.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * One row of the audit trail, with the hash that chains it to the row before: the SHA-256 of the previous row's hash
 * and the canonical form of this row (a JSON array of its fields in a fixed order, times in UTC to the microsecond).
 */
record AuditEntry(
        UUID id,
        String chain,
        long seq,
        @Nullable UUID tenantId,
        Instant occurredAt,
        String actorKind,
        UUID actorId,
        String action,
        String outcome,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable UUID personId,
        @Nullable String clientAddress,
        @Nullable String sessionHash,
        @Nullable String detail,
        String prevHash,
        String hash) {

    /** The previous hash of the first row of a chain. */
    static final String GENESIS = "0".repeat(64);

    private static final JsonMapper CANONICAL = JsonMapper.builder().build();

    /** The hash this row should have, computed from its fields and its previous hash. */
    String computeHash() {
        var fields = Arrays.asList(
                id.toString(),
                chain,
                seq,
                tenantId == null ? null : tenantId.toString(),
                occurredAt.toString(),
                actorKind,
                actorId.toString(),
                action,
                outcome,
                subjectType,
                subjectId,
                personId == null ? null : personId.toString(),
                clientAddress,
                sessionHash,
                detail);
        var canonical = CANONICAL.writeValueAsString(fields);
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            digest.update(prevHash.getBytes(StandardCharsets.US_ASCII));
            digest.update(canonical.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** This row with its hash computed. */
    AuditEntry sealed() {
        return new AuditEntry(
                id,
                chain,
                seq,
                tenantId,
                occurredAt,
                actorKind,
                actorId,
                action,
                outcome,
                subjectType,
                subjectId,
                personId,
                clientAddress,
                sessionHash,
                detail,
                prevHash,
                computeHash());
    }

    static String chainOf(@Nullable UUID tenantId) {
        return tenantId == null ? "national" : "tenant:" + tenantId;
    }
}
