package org.preventduty.audit;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.UUID;
import org.jspecify.annotations.Nullable;
import org.preventduty.identity.UserDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who has read or changed records about a person, for the person's own subject access export. It checks no access: the
 * privacy module makes the export for the council's Prevent lead and records it.
 */
@Service
public class PersonAccessLog {

    private final JdbcClient jdbc;
    private final UserDirectory users;

    PersonAccessLog(JdbcClient jdbc, UserDirectory users) {
        this.jdbc = jdbc;
        this.users = users;
    }

    /**
     * One time someone read or changed a record about the person.
     *
     * @param who the user's name, or what acted (an API key, the system).
     * @param action what they did, such as {@code REFERRAL_VIEWED}.
     */
    public record Access(
            Instant at, String who, String action, @Nullable String recordType) {}

    /** Every time anyone read or changed a record about the person, oldest first. */
    @Transactional(readOnly = true)
    public List<Access> of(UUID tenant, UUID personId) {
        var rows = jdbc.sql("select occurred_at, actor_kind, actor_id, action, subject_type from audit_event"
                        + " where tenant_id = ? and person_id = ? order by occurred_at, seq")
                .params(tenant, personId)
                .query((rs, n) -> new Object[] {
                    rs.getTimestamp(1).toInstant(),
                    rs.getString(2),
                    rs.getObject(3, UUID.class),
                    rs.getString(4),
                    rs.getString(5)
                })
                .list();
        var ids = new HashSet<UUID>();
        rows.stream().filter(row -> "USER".equals(row[1])).forEach(row -> ids.add((UUID) row[2]));
        var names = users.names(ids);
        return rows.stream()
                .map(row -> new Access(
                        (Instant) row[0],
                        "USER".equals(row[1])
                                ? names.getOrDefault((UUID) row[2], "")
                                : ((String) row[1]).toLowerCase().replace('_', ' '),
                        (String) row[3],
                        (String) row[4]))
                .toList();
    }
}
