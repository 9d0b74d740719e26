package org.preventduty.support;

import java.util.function.Function;
import org.preventduty.identity.TenantScope;
import org.springframework.boot.test.context.TestComponent;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs SQL for a test with every tenant in scope, as the system does, so that row-level security on PostgreSQL does
 * not hide the rows the test looks at. Import it with {@code @Import(SystemSql.class)}.
 */
@TestComponent
public class SystemSql {

    private final JdbcClient jdbc;
    private final TransactionTemplate transactions;
    private final Environment environment;

    SystemSql(JdbcClient jdbc, TransactionTemplate transactions, Environment environment) {
        this.jdbc = jdbc;
        this.transactions = transactions;
        this.environment = environment;
    }

    public <T> T run(Function<JdbcClient, T> work) {
        return TenantScope.asSystem(() -> transactions.execute(status -> work.apply(jdbc)));
    }

    /**
     * Runs SQL as the role that owns the tables (on PostgreSQL, the migrations' role; on H2 the one role there is), with
     * every tenant in scope: what someone with the owner's password could do, which the application cannot.
     */
    public <T> T runAsOwner(Function<JdbcClient, T> work) {
        var owner = new DriverManagerDataSource(
                environment.getRequiredProperty("spring.datasource.url"),
                environment.getProperty(
                        "spring.flyway.user", environment.getRequiredProperty("spring.datasource.username")),
                environment.getProperty(
                        "spring.flyway.password", environment.getProperty("spring.datasource.password", "")));
        var client = JdbcClient.create(owner);
        return new TransactionTemplate(new JdbcTransactionManager(owner)).execute(status -> {
            if (TestDatabase.isPostgres()) {
                client.sql("select set_config('pdm.tenant', ?, true)")
                        .param(TenantScope.ALL)
                        .query()
                        .listOfRows();
            }
            return work.apply(client);
        });
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
