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
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.CurrentActor;
import org.preventduty.identity.UserDirectory;
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

    ChangeHistory(JdbcClient jdbc, CurrentActor actors, UserDirectory users, Clock clock) {
        this.jdbc = jdbc;
        this.actors = actors;
        this.users = users;
        this.clock = clock;
    }

    /**
     * Records what changed between the record as it was and as it is, by the current actor; a record just made is
     * given with an empty map before it. Answers the fields that changed; nothing is written when none did.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public List<FieldChange> record(
            String recordType,
            UUID recordId,
            Map<String, @Nullable String> before,
            Map<String, @Nullable String> after) {
        var actor = actors.require();
        var tenant = actor.requireTenant().value();
        var changes = differences(before, after);
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
                            recordType,
                            recordId,
                            at,
                            actor.id(),
                            position++,
                            field.field(),
                            cut(field.before()),
                            cut(field.after()))
                    .update();
        }
        return changes;
    }

    /** The changes of a record of the current tenant, newest first. */
    @Transactional(readOnly = true)
    public List<Change> of(String recordType, UUID recordId) {
        var tenant = actors.requireTenant().value();
        record Row(UUID change, Instant at, UUID by, FieldChange field) {}
        var rows = jdbc.sql("select change_id, changed_at, changed_by, field, before_value, after_value"
                        + " from record_change where tenant_id = ? and record_type = ? and record_id = ?"
                        + " order by changed_at desc, change_id, position")
                .params(tenant, recordType, recordId)
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
