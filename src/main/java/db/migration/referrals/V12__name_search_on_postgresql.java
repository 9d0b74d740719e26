package db.migration.referrals;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On PostgreSQL, finding people by any part of a name uses trigram indexes (the pg_trgm extension, in a schema
 * {@code pdm_extensions}, which PostgreSQL trusts any role with the right to create in the database to install), rather
 * than reading every name. Where the
 * migration's role may not install it, the search still works, reading every name, and the log says why. H2, the
 * embedded database for trying the product, reads every name.
 */
public class V12__name_search_on_postgresql extends BaseJavaMigration {

    private static final Logger log = LoggerFactory.getLogger(V12__name_search_on_postgresql.class);

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        if (!connection.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres")) {
            return;
        }
        var savepoint = connection.setSavepoint();
        try (var statement = connection.createStatement()) {
            // A schema of its own, so that every schema of the database finds it there (an extension is installed once
            // in a database).
            statement.execute("create schema if not exists pdm_extensions");
            statement.execute("create extension if not exists pg_trgm schema pdm_extensions");
        } catch (java.sql.SQLException e) {
            connection.rollback(savepoint);
            log.warn(
                    "Names are searched without trigram indexes: the pg_trgm extension could not be installed ({}).",
                    e.getMessage());
            return;
        }
        try (var statement = connection.createStatement()) {
            statement.execute("create index person_name_given_trigram on person_name"
                    + " using gin (lower(given_name) pdm_extensions.gin_trgm_ops)");
            statement.execute("create index person_name_family_trigram on person_name"
                    + " using gin (lower(family_name) pdm_extensions.gin_trgm_ops)");
        }
    }
}
