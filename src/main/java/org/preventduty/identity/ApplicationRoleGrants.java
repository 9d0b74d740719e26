package org.preventduty.identity;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Set;
import org.flywaydb.core.api.callback.Callback;
import org.flywaydb.core.api.callback.Context;
import org.flywaydb.core.api.callback.Event;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the migrations run as an owner role other than the application's ({@code PDM_DATABASE_MIGRATION_USERNAME}), gives
 * the application's role on PostgreSQL only what it needs after every migration: to use the schema, and to read and
 * change the rows of every table, except the append-only tables (the audit trail and change histories), which it may
 * only read and add to, and the record of the audit trail's purges, which it may only read (the owner's one purge
 * function, which it may call, writes it). It owns nothing, so it can neither alter a table, nor turn off its triggers or row-level
 * security, nor truncate or drop it; and it never touches the migrations' history.
 */
@Component
class ApplicationRoleGrants implements Callback {

    /** Tables whose rows are never changed or removed once written. */
    static final Set<String> APPEND_ONLY = Set.of("audit_event", "record_change");

    /** Tables only the owner writes (through its functions), which the application may read. */
    static final Set<String> READ_ONLY = Set.of("audit_purge");

    /** The owner's functions the application may call: the one way the audit trail's oldest rows leave it. */
    static final String PURGE_FUNCTION = "audit_purge_through(varchar, bigint, timestamptz)";

    private final String applicationRole;

    ApplicationRoleGrants(@Value("${spring.datasource.username:}") String applicationRole) {
        this.applicationRole = applicationRole;
    }

    @Override
    public boolean supports(Event event, Context context) {
        return event == Event.AFTER_MIGRATE;
    }

    @Override
    public boolean canHandleInTransaction(Event event, Context context) {
        return true;
    }

    @Override
    public void handle(Event event, Context context) {
        try {
            var connection = context.getConnection();
            if (!isPostgres(connection)
                    || applicationRole.isBlank()
                    || applicationRole.equals(connection.getMetaData().getUserName())) {
                return;
            }
            var role = quoted(applicationRole);
            var tables = new ArrayList<String>();
            try (var statement = connection.prepareStatement("select tablename from pg_tables"
                    + " where schemaname = current_schema() and tablename not like 'flyway_schema_history%'"
                    + " order by tablename")) {
                try (var rows = statement.executeQuery()) {
                    while (rows.next()) {
                        tables.add(rows.getString(1));
                    }
                }
            }
            try (var statement = connection.createStatement()) {
                statement.execute("grant usage on schema " + quoted(currentSchema(connection)) + " to " + role);
                var held = held(connection, applicationRole);
                for (var table : tables) {
                    var rights = READ_ONLY.contains(table)
                            ? "select"
                            : APPEND_ONLY.contains(table) ? "select, insert" : "select, insert, update, delete";
                    // Only where they differ, so that a node starting while others serve changes nothing.
                    if (Set.of(rights.split(", ")).equals(held.getOrDefault(table, Set.of()))) {
                        continue;
                    }
                    statement.execute("revoke all on " + quoted(table) + " from " + role);
                    statement.execute("grant " + rights + " on " + quoted(table) + " to " + role);
                }
                if (tables.contains("audit_purge")) {
                    statement.execute("grant execute on function " + PURGE_FUNCTION + " to " + role);
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Could not grant the application's role its rights", e);
        }
    }

    @Override
    public String getCallbackName() {
        return "application-role-grants";
    }

    /** The rights the role holds on each table of the schema, in lower case. */
    private static java.util.Map<String, Set<String>> held(Connection connection, String role) throws SQLException {
        var held = new java.util.HashMap<String, Set<String>>();
        try (var statement = connection.prepareStatement("select table_name, lower(privilege_type)"
                + " from information_schema.role_table_grants where grantee = ? and table_schema = current_schema()")) {
            statement.setString(1, role);
            try (var rows = statement.executeQuery()) {
                while (rows.next()) {
                    held.computeIfAbsent(rows.getString(1), table -> new java.util.HashSet<>())
                            .add(rows.getString(2));
                }
            }
        }
        return held;
    }

    private static String currentSchema(Connection connection) throws SQLException {
        try (var statement = connection.prepareStatement("select current_schema()")) {
            try (var rows = statement.executeQuery()) {
                rows.next();
                return rows.getString(1);
            }
        }
    }

    private static String quoted(String name) {
        return "\"" + name.replace("\"", "\"\"") + "\"";
    }

    private static boolean isPostgres(Connection connection) throws SQLException {
        return connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
}
