package org.preventduty.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.IntSupplier;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.UserDirectory;
import org.preventduty.shared.RuleViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The change history shown beside a delivery record: who changed which field from what to what, and when. A module
 * gives the record as it was and as it is now, each as its fields (a message key) and their values as shown on the
 * page; only the fields that differ are kept. Written in the caller's transaction, so that the history commits or rolls
 * back with the change; never changed or removed. It is for records about organisations and delivery, not about the
 * people the council supports, whose histories are kept by their own modules.
 */
@Service
public class ChangeHistory {

    /** Longest value kept; longer ones are cut with an ellipsis. */
    static final int MAX_VALUE = 2_000;

    /**
     * A field changed.
     *
     * @param field the message key naming the field.
     */
    public record FieldChange(
            String field, @Nullable String before, @Nullable String after) {}

    /**
     * A change: when, by whom, and the fields it changed, in the order the module gave them.
     *
     * @param by the display name of who made it.
     */
    public record Change(Instant at, String by, List<FieldChange> fields) {}

    private final JdbcClient jdbc;
    private final CurrentActor actors;
    private final UserDirectory users;
    private final Clock clock;
    private final AuditTrail audit;

    ChangeHistory(JdbcClient jdbc, CurrentActor actors, UserDirectory users, Clock clock, AuditTrail audit) {
        this.audit = audit;
        this.jdbc = jdbc;
        this.actors = actors;
        this.users = users;
        this.clock = clock;
    }

    /**
     * A kind of record with a history.
     *
     * @param recordType what the history and the audit trail call the record, such as {@code PARTNER_CONTRACT}.
     * @param changedAction the audit action of a change, such as {@code CONTRACT_CHANGED}.
     * @param staleCode the message code of a change refused because the record moved on since it was read.
     */
    public record Kind(String recordType, String changedAction, String staleCode) {}

    /**
     * Changes a record and keeps what changed: when the record as it is to be differs from the record as it was, runs
     * the update, which answers how many rows it changed (none when the record's version moved on since it was read),
     * then writes the fields that changed to the history and the change to the audit trail. Answers the fields that
     * changed; nothing is run or written when none did.
     *
     * @throws RuleViolationException (409) with the kind's stale code when the update changed no row.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<FieldChange> change(
            Kind kind,
            UUID recordId,
            Map<String, @Nullable String> before,
            Map<String, @Nullable String> after,
            IntSupplier update) {
        var changes = differences(before, after);
        if (changes.isEmpty()) {
            return changes;
        }
        RuleViolationException.unlessUpdated(update.getAsInt(), kind.staleCode());
        write(kind, recordId, changes);
        audit.record(AuditRecord.of(kind.changedAction(), kind.recordType(), recordId)
                .withDetail(named(changes)));
        return changes;
    }

    /**
     * Records what changed between the record as it was and as it is, by the current actor, without a version to
     * check: a record just made is given with an empty map before it. Answers the fields that changed; nothing is
     * written when none did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<FieldChange> record(
            Kind kind, UUID recordId, Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
        var changes = differences(before, after);
        write(kind, recordId, changes);
        return changes;
    }

    private void write(Kind kind, UUID recordId, List<FieldChange> changes) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var change = UUID.randomUUID();
        var at = Timestamp.from(clock.instant());
        var position = 0;
        for (var field : changes) {
            jdbc.sql("insert into record_change (id, tenant_id, change_id, record_type, record_id, changed_at,"
                            + " changed_by, position, field, before_value, after_value)"
                            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                    .params(
                            UUID.randomUUID(),
                            tenant,
                            change,
                            kind.recordType(),
                            recordId,
                            at,
                            actor.id(),
                            position++,
                            field.field(),
                            cut(field.before()),
                            cut(field.after()))
                    .update();
        }
    }

    /** The changes of a record of the current tenant, newest first. */
    @Transactional(readOnly = true)
    public List<Change> of(Kind kind, UUID recordId) {
        var tenant = actors.requireTenant().value();
        record Row(UUID change, Instant at, UUID by, FieldChange field) {}
        var rows = jdbc.sql("select change_id, changed_at, changed_by, field, before_value, after_value"
                        + " from record_change where tenant_id = ? and record_type = ? and record_id = ?"
                        + " order by changed_at desc, change_id, position")
                .params(tenant, kind.recordType(), recordId)
                .query((rs, n) -> new Row(
                        rs.getObject(1, UUID.class),
                        rs.getTimestamp(2).toInstant(),
                        rs.getObject(3, UUID.class),
                        new FieldChange(rs.getString(4), rs.getString(5), rs.getString(6))))
                .list();
        var names = users.names(rows.stream().map(Row::by).distinct().toList());
        var changes = new LinkedHashMap<UUID, Change>();
        for (var row : rows) {
            changes.computeIfAbsent(
                            row.change(),
                            id -> new Change(row.at(), names.getOrDefault(row.by(), "—"), new ArrayList<>()))
                    .fields()
                    .add(row.field());
        }
        return changes.values().stream()
                .map(change -> new Change(change.at(), change.by(), List.copyOf(change.fields())))
                .toList();
    }

    /** The fields of changes named, for the audit trail's detail. */
    public static String named(List<FieldChange> changes) {
        return String.join(", ", changes.stream().map(FieldChange::field).toList());
    }

    /** The fields whose values differ, in the order of the record as it is, then those it no longer has. */
    static List<FieldChange> differences(Map<String, @Nullable String> before, Map<String, @Nullable String> after) {
        var changes = new ArrayList<FieldChange>();
        after.forEach((field, value) -> {
            var was = blankAsNull(before.get(field));
            var now = blankAsNull(value);
            if (!Objects.equals(was, now)) {
                changes.add(new FieldChange(field, was, now));
            }
        });
        before.forEach((field, value) -> {
            if (!after.containsKey(field) && blankAsNull(value) != null) {
                changes.add(new FieldChange(field, blankAsNull(value), null));
            }
        });
        return changes;
    }

    private static @Nullable String blankAsNull(@Nullable String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static @Nullable String cut(@Nullable String value) {
        return value == null || value.length() <= MAX_VALUE ? value : value.substring(0, MAX_VALUE - 1) + "…";
    }
}
