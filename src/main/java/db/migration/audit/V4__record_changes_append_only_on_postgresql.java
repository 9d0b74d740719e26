package db.migration.audit;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, makes the change history of records append-only as the audit trail is: the same triggers refuse every
 * UPDATE, DELETE and TRUNCATE of {@code record_change}.
 */
public class V4__record_changes_append_only_on_postgresql extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("create trigger record_change_no_update_or_delete before update or delete"
                    + " on record_change for each row execute function audit_event_append_only()");
            statement.execute("create trigger record_change_no_truncate before truncate on record_change"
                    + " for each statement execute function audit_event_append_only()");
            statement.execute("revoke update, delete, truncate on record_change from public");
        }
    }
}
