package org.preventduty.identity;

import java.sql.SQLException;
import java.util.ArrayList;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.stereotype.Component;

/**
 * After every migration on PostgreSQL, gives every table with a {@code tenant_id} column row-level security that lets
 * a transaction see and write only the rows of the tenant in its {@link TenantScope}. Because it is applied to every
 * such table, a module cannot forget it. It is forced, so that the owner of the tables is bound by it too.
 * Migrations themselves run with every tenant in scope.
 */
@Component
class RowLevelSecurity implements Callback {

    /** The policy's name; a change of its rule must come with a new name, so that every table is given it again. */
    static final String POLICY = "tenant_isolation";

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.BEFORE_MIGRATE || event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        if (!isPostgres(context)) {
            return;
        }
        try {
            var connection = context.getConnection();
            if (event == Event.BEFORE_MIGRATE) {
                try (var statement = connection.prepareStatement("select set_config(?, ?, false)")) {
                    statement.setString(1, TenantScopedTransactionManager.SETTING);
                    statement.setString(2, TenantScope.ALL);
                    statement.execute();
                }
                return;
            }
            // Only the tables that lack it: altering a table takes an exclusive lock on it, which a node starting
            // while others serve (a rolling restart) must not take on tables already in place.
            var tables = new ArrayList<String>();
            try (var statement = connection.prepareStatement("select c.table_name from information_schema.columns c"
                    + " join pg_class t on t.relname = c.table_name"
                    + " join pg_namespace n on n.oid = t.relnamespace and n.nspname = c.table_schema"
                    + " where c.column_name = 'tenant_id' and c.table_schema = current_schema()"
                    + " and not (t.relrowsecurity and t.relforcerowsecurity and exists (select 1 from pg_policy p"
                    + " where p.polrelid = t.oid and p.polname = '" + POLICY + "'))"
                    + " order by c.table_name")) {
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            var setting = "current_setting('" + TenantScopedTransactionManager.SETTING + "', true)";
            var rule = "(" + setting + " = '" + TenantScope.ALL + "' or tenant_id::text = " + setting + ")";
            try (var statement = connection.createStatement()) {
                for (var table : tables) {
                    var quoted = "\"" + table.replace("\"", "\"\"") + "\"";
                    statement.execute("alter table " + quoted + " enable row level security");
                    statement.execute("alter table " + quoted + " force row level security");
                    statement.execute("drop policy if exists " + POLICY + " on " + quoted);
                    statement.execute(
                            "create policy " + POLICY + " on " + quoted + " using " + rule + " with check " + rule);
                }
                statement.execute("select set_config('" + TenantScopedTransactionManager.SETTING + "', '', false)");
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not apply row-level security", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "row-level-security";
    }

    private static boolean isPostgres(Context context) {
        try {
            return context.getConnection()
                    .getMetaData()
                    .getDatabaseProductName()
                    .toLowerCase()
                    .contains("postgres");
        } catch (SQLException e) {
            return false;
        }
    }
}
