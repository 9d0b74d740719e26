package org.preventduty.support;

import java.util.function.Function;
import org.preventduty.identity.TenantScope;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs SQL for a test with every tenant in scope, as the system does, so that row-level security on PostgreSQL does
 * not hide the rows the test looks at. Import it with {@code @Import(SystemSql.class)}.
 */
@TestComponent
public class SystemSql {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;

    SystemSql(JdbcClient jdbc, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.transactions = transactions;
    }

    public <T> T run(Function<JdbcClient, T> work) {
        return TenantScope.asSystem(() -> transactions.execute(status -> work.apply(jdbc)));
    }

    /** The number of audit rows with the action about the subject. */
    public long auditCount(String action, Object subjectId) {
        return run(sql -> sql.sql("select count(*) from audit_event where action = ? and subject_id = ?")
                .params(action, String.valueOf(subjectId))
                .query(Long.class)
                .single());
    }

    /** The number of audit rows with the action and outcome done by the actor. */
    public long auditCountByActor(String action, String outcome, Object actorId) {
        return run(sql -> sql.sql("select count(*) from audit_event where action = ? and outcome = ? and actor_id = ?")
                .params(action, outcome, actorId)
                .query(Long.class)
                .single());
    }
}
