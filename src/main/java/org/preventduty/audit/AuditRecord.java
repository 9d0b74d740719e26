package org.preventduty.audit;

import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What a module tells the audit trail: an action on a record, never the record's content.
 *
 * @param action what was done, in upper snake case, such as {@code REFERRAL_VIEWED}; at most 60 characters.
 * @param outcome whether it succeeded.
 * @param subjectType the kind of record, such as {@code REFERRAL}, or {@literal null}.
 * @param subjectId the record's id, or {@literal null}.
 * @param personId the person the record is about, when there is one, so that their access history can be shown.
 * @param detail a short note without personal data (a section viewed, a reason code, the ids of a list), or
 *     {@literal null}; cut to 300 characters.
 */
public record AuditRecord(
        String action,
        AuditOutcome outcome,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable UUID personId,
        @Nullable String detail) {

    public AuditRecord {
        if (!action.matches("[A-Z][A-Z0-9_]{1,59}")) {
            throw new IllegalArgumentException("An audit action is upper snake case of at most 60 characters");
        }
        if (detail != null && detail.length() > 300) {
            detail = detail.substring(0, 300);
        }
    }

    /** A successful action on a record. */
    public static AuditRecord of(String action, String subjectType, Object subjectId) {
        return new AuditRecord(action, AuditOutcome.SUCCESS, subjectType, String.valueOf(subjectId), null, null);
    }

    /** The same record, about a person. */
    public AuditRecord about(@Nullable UUID person) {
        return new AuditRecord(action, outcome, subjectType, subjectId, person, detail);
    }

    /** The same record, with a note. */
    public AuditRecord withDetail(@Nullable String note) {
        return new AuditRecord(action, outcome, subjectType, subjectId, personId, note);
    }

    /** The same record, with another outcome. */
    public AuditRecord withOutcome(AuditOutcome newOutcome) {
        return new AuditRecord(action, newOutcome, subjectType, subjectId, personId, detail);
    }
}
