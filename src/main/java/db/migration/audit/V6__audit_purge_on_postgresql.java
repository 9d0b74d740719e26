package db.migration.audit;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * On PostgreSQL, the one way rows leave the audit trail: {@code audit_purge_through}, a function that runs as the
 * owner of the trail and removes the oldest rows of one chain up to a sequence number, only when every one of them
 * happened before the day given and that day is at least a year before the chain's latest row. It records the cut
 * (the last sequence number and its hash) in {@code audit_purge}, from which the chain is verified on. The triggers
 * that keep the trail append-only let a DELETE through only inside that function; the application's role has no
 * DELETE right at all, and may only execute the function. H2 has neither triggers nor rights.
 */
public class V6__audit_purge_on_postgresql extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        String schema;
        try (var statement = connection.createStatement();
                var rows = statement.executeQuery("select current_schema()")) {
            rows.next();
            schema = rows.getString(1);
        }
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create or replace function audit_event_append_only() returns trigger
                    language plpgsql as $$
                    begin
                        if tg_op = 'DELETE' and tg_table_name = 'audit_event'
                                and current_setting('pdm.audit_purge', true) = 'on' then
                            return old;
                        end if;
                        raise exception 'The audit trail is append-only: % is not allowed', tg_op
                            using errcode = 'insufficient_privilege';
                    end
                    $$""");
            statement.execute("create trigger audit_purge_no_update_or_delete before update or delete on audit_purge"
                    + " for each row execute function audit_event_append_only()");
            statement.execute("create trigger audit_purge_no_truncate before truncate on audit_purge"
                    + " for each statement execute function audit_event_append_only()");
            statement.execute("revoke update, delete, truncate on audit_purge from public");
            statement.execute("""
                    create or replace function audit_purge_through(p_chain varchar, p_seq bigint, p_before timestamptz)
                    returns bigint
                    language plpgsql security definer set search_path = "SCHEMA", pg_temp as $$
                    declare
                        v_from bigint;
                        v_hash varchar(64);
                        v_tenant uuid;
                        v_rows bigint;
                    begin
                        select coalesce(max(up_to_seq), 0) into v_from from audit_purge where chain = p_chain;
                        if p_seq <= v_from then
                            return 0;
                        end if;
                        if p_before > (select max(occurred_at) from audit_event where chain = p_chain)
                                - interval '1 year' then
                            raise exception 'The audit trail is kept at least a year'
                                using errcode = 'insufficient_privilege';
                        end if;
                        if exists (select 1 from audit_event where chain = p_chain and seq > v_from
                                and seq <= p_seq and occurred_at >= p_before) then
                            raise exception 'Only rows from before % may be removed', p_before
                                using errcode = 'insufficient_privilege';
                        end if;
                        select hash, tenant_id into v_hash, v_tenant from audit_event
                            where chain = p_chain and seq = p_seq;
                        if v_hash is null then
                            raise exception 'Row % of the chain is not there', p_seq
                                using errcode = 'insufficient_privilege';
                        end if;
                        perform set_config('pdm.audit_purge', 'on', true);
                        delete from audit_event where chain = p_chain and seq > v_from and seq <= p_seq;
                        get diagnostics v_rows = row_count;
                        perform set_config('pdm.audit_purge', 'off', true);
                        insert into audit_purge (chain, up_to_seq, up_to_hash, tenant_id, purged_before, rows_purged,
                                purged_at)
                            values (p_chain, p_seq, v_hash, v_tenant, p_before, v_rows, now());
                        return v_rows;
                    end
                    $$""".replace("SCHEMA", schema.replace("\"", "\"\"")));
            statement.execute("revoke all on function audit_purge_through(varchar, bigint, timestamptz) from public");
        }
    }
}
