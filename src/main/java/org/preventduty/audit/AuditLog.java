package org.preventduty.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Appends rows to the chains and reads them back. Appends must run in a transaction, which holds the chain's lock. */
@Repository
class AuditLog {

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private volatile @Nullable Boolean postgres;

    AuditLog(JdbcClient jdbc, DataSource dataSource) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
    }

    /** Appends a row to its chain, after the chain's last row, and returns it sealed. */
    AuditEntry append(AuditEntry unsealed) {
        var head = lockHead(unsealed.chain());
        var entry = new AuditEntry(
                        unsealed.id(),
                        unsealed.chain(),
                        head.lastSeq() + 1,
                        unsealed.tenantId(),
                        unsealed.occurredAt().truncatedTo(ChronoUnit.MICROS),
                        unsealed.actorKind(),
                        unsealed.actorId(),
                        unsealed.action(),
                        unsealed.outcome(),
                        unsealed.subjectType(),
                        unsealed.subjectId(),
                        unsealed.personId(),
                        unsealed.clientAddress(),
                        unsealed.sessionHash(),
                        unsealed.detail(),
                        head.lastHash(),
                        "")
                .sealed();
        jdbc.sql("insert into audit_event (id, chain, seq, tenant_id, occurred_at, actor_kind, actor_id, action,"
                        + " outcome, subject_type, subject_id, person_id, client_address, session_hash, detail,"
                        + " prev_hash, hash) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
                .params(
                        entry.id(),
                        entry.chain(),
                        entry.seq(),
                        entry.tenantId(),
                        at(entry.occurredAt()),
                        entry.actorKind(),
                        entry.actorId(),
                        entry.action(),
                        entry.outcome(),
                        entry.subjectType(),
                        entry.subjectId(),
                        entry.personId(),
                        entry.clientAddress(),
                        entry.sessionHash(),
                        entry.detail(),
                        entry.prevHash(),
                        entry.hash())
                .update();
        jdbc.sql("update audit_chain set last_seq = ?, last_hash = ? where chain = ?")
                .params(entry.seq(), entry.hash(), entry.chain())
                .update();
        return entry;
    }

    record Head(String chain, long lastSeq, String lastHash) {}

    private Head lockHead(String chain) {
        var head = selectHeadForUpdate(chain);
        if (head != null) {
            return head;
        }
        // Another transaction may start the chain at the same moment; then its row is the one locked below.
        jdbc.sql("insert into audit_chain (chain, last_seq, last_hash) values (?, 0, ?) on conflict do nothing")
                .params(chain, AuditEntry.GENESIS)
                .update();
        head = selectHeadForUpdate(chain);
        if (head == null) {
            throw new IllegalStateException("The audit chain cannot be started");
        }
        return head;
    }

    private @Nullable Head selectHeadForUpdate(String chain) {
        return jdbc.sql("select chain, last_seq, last_hash from audit_chain where chain = ? for update")
                .param(chain)
                .query((rows, n) -> new Head(rows.getString(1), rows.getLong(2), rows.getString(3)))
                .optional()
                .orElse(null);
    }

    List<Head> heads(@Nullable String onlyChain) {
        if (onlyChain != null) {
            return jdbc.sql("select chain, last_seq, last_hash from audit_chain where chain = ?")
                    .param(onlyChain)
                    .query((rows, n) -> new Head(rows.getString(1), rows.getLong(2), rows.getString(3)))
                    .list();
        }
        return jdbc.sql("select chain, last_seq, last_hash from audit_chain order by chain")
                .query((rows, n) -> new Head(rows.getString(1), rows.getLong(2), rows.getString(3)))
                .list();
    }

    /** Up to {@code limit} rows of a chain after the given sequence number, in order. */
    List<AuditEntry> chainAfter(String chain, long afterSeq, int limit) {
        return jdbc.sql("select * from audit_event where chain = ? and seq > ? order by seq limit ?")
                .params(chain, afterSeq, limit)
                .query((rows, n) -> map(rows))
                .list();
    }

    /** Where a chain was last cut by a purge: its verification starts after that row. */
    record Cut(long upToSeq, String upToHash) {}

    @Nullable
    Cut lastCut(String chain) {
        return jdbc.sql("select up_to_seq, up_to_hash from audit_purge where chain = ? order by up_to_seq desc limit 1")
                .param(chain)
                .query((rows, n) -> new Cut(rows.getLong(1), rows.getString(2)))
                .optional()
                .orElse(null);
    }

    /**
     * The last sequence number of the chain's oldest rows, after its last cut, that all happened before {@code before}
     * and name none of the people kept; {@literal null} when there is none.
     */
    @Nullable
    Long purgeableThrough(String chain, Instant before, Collection<UUID> keptPeople) {
        var cut = lastCut(chain);
        var from = cut == null ? 0 : cut.upToSeq();
        var stop = jdbc.sql("select min(seq) from audit_event where chain = ? and seq > ? and occurred_at >= ?")
                .params(chain, from, at(before))
                .query(Long.class)
                .optional()
                .orElse(null);
        if (stop == null) {
            stop = jdbc.sql("select last_seq + 1 from audit_chain where chain = ?")
                    .param(chain)
                    .query(Long.class)
                    .optional()
                    .orElse(from + 1);
        }
        for (var person : keptPeople) {
            var first = jdbc.sql("select min(seq) from audit_event where chain = ? and seq > ? and seq < ?"
                            + " and person_id = ?")
                    .params(chain, from, stop, person)
                    .query(Long.class)
                    .optional()
                    .orElse(null);
            if (first != null) {
                stop = first;
            }
        }
        var through = stop - 1;
        return through > from ? through : null;
    }

    /** How many rows of the chain lie after its last cut up to a sequence number. */
    long countThrough(String chain, long through) {
        var cut = lastCut(chain);
        return jdbc.sql("select count(*) from audit_event where chain = ? and seq > ? and seq <= ?")
                .params(chain, cut == null ? 0 : cut.upToSeq(), through)
                .query(Long.class)
                .single();
    }

    /**
     * Removes the chain's rows up to a sequence number, all from before {@code before}, and records the cut. On
     * PostgreSQL only the owner's function may, and checks it again; must run in a transaction.
     */
    long purgeThrough(String chain, long through, Instant before, @Nullable UUID tenant) {
        if (postgres()) {
            return jdbc.sql("select audit_purge_through(?, ?, ?)")
                    .params(chain, through, at(before))
                    .query(Long.class)
                    .single();
        }
        var cut = lastCut(chain);
        var from = cut == null ? 0 : cut.upToSeq();
        var hash = jdbc.sql("select hash from audit_event where chain = ? and seq = ?")
                .params(chain, through)
                .query(String.class)
                .single();
        var removed = jdbc.sql("delete from audit_event where chain = ? and seq > ? and seq <= ? and occurred_at < ?")
                .params(chain, from, through, at(before))
                .update();
        jdbc.sql("insert into audit_purge (chain, up_to_seq, up_to_hash, tenant_id, purged_before, rows_purged,"
                        + " purged_at) values (?, ?, ?, ?, ?, ?, current_timestamp)")
                .params(chain, through, hash, tenant, at(before), removed)
                .update();
        return removed;
    }

    private boolean postgres() {
        var known = postgres;
        if (known == null) {
            try (var connection = dataSource.getConnection()) {
                known = connection
                        .getMetaData()
                        .getDatabaseProductName()
                        .toLowerCase()
                        .contains("postgres");
            } catch (SQLException e) {
                throw new IllegalStateException("Cannot tell which database this is", e);
            }
            postgres = known;
        }
        return known;
    }

    static AuditEntry map(ResultSet rows) throws SQLException {
        return new AuditEntry(
                rows.getObject("id", UUID.class),
                rows.getString("chain"),
                rows.getLong("seq"),
                rows.getObject("tenant_id", UUID.class),
                rows.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rows.getString("actor_kind"),
                rows.getObject("actor_id", UUID.class),
                rows.getString("action"),
                rows.getString("outcome"),
                rows.getString("subject_type"),
                rows.getString("subject_id"),
                rows.getObject("person_id", UUID.class),
                rows.getString("client_address"),
                rows.getString("session_hash"),
                rows.getString("detail"),
                rows.getString("prev_hash"),
                rows.getString("hash"));
    }

    static OffsetDateTime at(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }
}
