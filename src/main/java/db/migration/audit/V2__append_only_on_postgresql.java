package db.migration.audit;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, makes the audit trail append-only for everybody, the owner of the table included: triggers refuse
 * every UPDATE and DELETE (row triggers) and every TRUNCATE (a statement trigger, as row triggers do not fire on it).
 * H2, the embedded database for trying the product, has no such triggers.
 */
public class V2__append_only_on_postgresql extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create or replace function audit_event_append_only() returns trigger
                    language plpgsql as $$
                    begin
                        raise exception 'The audit trail is append-only: % is not allowed', tg_op
                            using errcode = 'insufficient_privilege';
                    end
                    $$""");
            statement.execute("create trigger audit_event_no_update_or_delete before update or delete on audit_event"
                    + " for each row execute function audit_event_append_only()");
            statement.execute("create trigger audit_event_no_truncate before truncate on audit_event"
                    + " for each statement execute function audit_event_append_only()");
            statement.execute("revoke update, delete, truncate on audit_event from public");
        }
    }
}
