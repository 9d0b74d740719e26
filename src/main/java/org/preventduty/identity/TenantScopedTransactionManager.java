package org.preventduty.identity;

import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.TransactionDefinition;

/**
 * Tells PostgreSQL, at the start of each transaction, which tenant's rows it may see ({@link TenantScope}); the setting
 * ends with the transaction. Other databases have no row-level security and are told nothing.
 */
public class TenantScopedTransactionManager extends JdbcTransactionManager {

    static final String SETTING = "pdm.tenant";

    private volatile Boolean postgres;

    /** A transaction manager of the data source that tells each transaction its tenant scope. */
    public TenantScopedTransactionManager(DataSource dataSource) {
        super(dataSource);
    }

    @Override
    protected void prepareTransactionalConnection(Connection connection, TransactionDefinition definition)
            throws SQLException {
        super.prepareTransactionalConnection(connection, definition);
        if (isPostgres(connection)) {
            try (var statement = connection.prepareStatement("select set_config(?, ?, true)")) {
                statement.setString(1, SETTING);
                statement.setString(2, TenantScope.current());
                statement.execute();
            }
        }
    }

    private boolean isPostgres(Connection connection) throws SQLException {
        var known = postgres;
        if (known == null) {
            known = connection
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
            postgres = known;
        }
        return known;
    }
}
