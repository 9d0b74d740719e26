package org.preventduty.audit;

import java.time.LocalDate;
import java.util.UUID;
import org.jspecify.annotations.Nullable;

/**
 * What to look for in the audit trail; every part is optional.
 *
 * @param actorId the user or API key that acted.
 * @param action the action, such as {@code SIGN_IN}.
 * @param subjectType the kind of record.
 * @param subjectId the record.
 * @param personId the person the record is about.
 * @param from the first day, inclusive (UTC).
 * @param to the last day, inclusive (UTC).
 */
public record AuditQuery(
        @Nullable UUID actorId,
        @Nullable String action,
        @Nullable String subjectType,
        @Nullable String subjectId,
        @Nullable UUID personId,
        @Nullable LocalDate from,
        @Nullable LocalDate to) {

    public static AuditQuery everything() {
        return new AuditQuery(null, null, null, null, null, null, null);
    }

    /** A short description of the filters used, without personal data, for the audit of the search itself. */
    String describe() {
        var parts = new StringBuilder();
        append(parts, "actor", actorId);
        append(parts, "action", action);
        append(parts, "subjectType", subjectType);
        append(parts, "subjectId", subjectId);
        append(parts, "person", personId);
        append(parts, "from", from);
        append(parts, "to", to);
        return parts.toString();
    }

    private static void append(StringBuilder parts, String name, @Nullable Object value) {
        if (value != null && !value.toString().isBlank()) {
            if (!parts.isEmpty()) {
                parts.append(' ');
            }
            parts.append(name).append('=').append(value);
        }
    }
}
