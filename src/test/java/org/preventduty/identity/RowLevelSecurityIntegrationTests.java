package org.preventduty.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.OffsetDateTime;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

/** On PostgreSQL, row-level security on tenant_id is a second lock behind the application's own scoping. */
@SpringBootTest
@Import(IdentityFixtures.class)
@Tag("postgres-only")
class RowLevelSecurityIntegrationTests {

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate transactions;

    @Test
    void theApplicationDoesNotConnectAsARoleThatBypassesRowLevelSecurity() {
        var role = TenantScope.asSystem(() -> transactions.execute(status -> jdbc.sql(
                        "select rolsuper, rolbypassrls from pg_roles where rolname = current_user")
                .query((rows, n) -> new boolean[] {rows.getBoolean(1), rows.getBoolean(2)})
                .single()));
        assertThat(role[0]).as("superuser").isFalse();
        assertThat(role[1]).as("bypasses row-level security").isFalse();
    }

    @Test
    void theApplicationsRoleOwnsNothingAndCannotSwitchAnyProtectionOff() {
        var owned = TenantScope.asSystem(() -> transactions.execute(status -> jdbc.sql(
                        "select count(*) from pg_tables where schemaname = current_schema() and tableowner = current_user")
                .query(Long.class)
                .single()));
        assertThat(owned).as("tables the application's role owns").isZero();
        for (var statement : new String[] {
            "alter table audit_event disable trigger user",
            "alter table audit_event disable trigger all",
            "alter table record_change disable trigger user",
            "alter table referral no force row level security",
            "alter table referral disable row level security",
            "drop policy tenant_isolation on referral",
            "truncate referral",
            "truncate audit_event",
            "drop table audit_event",
            "update audit_event set detail = 'x'",
            "delete from audit_event",
            "delete from record_change",
            "create table intruder (id integer)",
            "set session_replication_role = replica"
        }) {
            assertThatThrownBy(() -> TenantScope.asSystem(() ->
                            transactions.execute(status -> jdbc.sql(statement).update())))
                    .as(statement)
                    .hasRootCauseInstanceOf(java.sql.SQLException.class)
                    .rootCause()
                    .satisfies(e -> assertThat(((java.sql.SQLException) e).getSQLState())
                            .isEqualTo("42501"));
        }
        var still = TenantScope.asSystem(() -> transactions.execute(
                status -> jdbc.sql("select relforcerowsecurity from pg_class where relname = 'referral'"
                                + " and relnamespace = to_regnamespace(current_schema())")
                        .query(Boolean.class)
                        .single()));
        assertThat(still).isTrue();
    }

    @Test
    void everyTableWithATenantColumnHasForcedRowLevelSecurity() {
        var tables = TenantScope.asSystem(() -> transactions.execute(
                status -> jdbc.sql("select c.relname, c.relrowsecurity, c.relforcerowsecurity from pg_class c"
                                + " join information_schema.columns col on col.table_name = c.relname"
                                + " and col.table_schema = current_schema() and col.column_name = 'tenant_id'"
                                + " where c.relnamespace = to_regnamespace(current_schema())")
                        .query((rows, n) -> rows.getString(1) + ":" + rows.getBoolean(2) + ":" + rows.getBoolean(3))
                        .list()));
        assertThat(tables).isNotEmpty().allMatch(row -> row.endsWith(":true:true"));
        assertThat(tables)
                .anyMatch(row -> row.startsWith("app_user:"))
                .anyMatch(row -> row.startsWith("audit_event:"))
                .anyMatch(row -> row.startsWith("partner_organisation:"));
    }

    @Test
    void aTransactionWithNoTenantInScopeSeesNoTenantsRows() {
        fixtures.user(fixtures.tenant(), Role.REFERRER);
        SecurityContextHolder.clearContext();
        var seen = transactions.execute(status ->
                jdbc.sql("select count(*) from app_user").query(Long.class).single());
        assertThat(seen).isZero();
    }

    @Test
    void aTransactionSeesOnlyTheRowsOfItsActorsTenant() {
        var mine = fixtures.tenant();
        var theirs = fixtures.tenant();
        var me = fixtures.user(mine, Role.PREVENT_LEAD);
        var them = fixtures.user(theirs, Role.PREVENT_LEAD);
        SecurityContextHolder.getContext().setAuthentication(fixtures.authentication(me, true));
        try {
            var emails = transactions.execute(status ->
                    jdbc.sql("select email from app_user").query(String.class).list());
            assertThat(emails).contains(me.email()).doesNotContain(them.email());
            assertThat(emails).allMatch(email -> !email.equals(them.email()));
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Test
    void aTransactionCannotWriteAnotherTenantsRows() {
        var mine = fixtures.tenant();
        var theirs = fixtures.tenant();
        var me = fixtures.user(mine, Role.PREVENT_LEAD);
        SecurityContextHolder.getContext().setAuthentication(fixtures.authentication(me, true));
        try {
            assertThatThrownBy(() -> transactions.executeWithoutResult(status -> jdbc.sql(
                                    "insert into partner_organisation (id, tenant_id, name, organisation_type, demo,"
                                            + " created_at, version) values (?, ?, 'Smuggled', 'OTHER', false, ?, 0)")
                            .params(UUID.randomUUID(), theirs.id().value(), OffsetDateTime.now())
                            .update()))
                    .hasRootCauseMessage(
                            "ERROR: new row violates row-level security policy for table \"partner_organisation\"");
        } finally {
            SecurityContextHolder.clearContext();
        }
    }

    @Autowired
    org.flywaydb.core.Flyway flyway;

    @Autowired
    org.springframework.boot.flyway.autoconfigure.FlywayMigrationStrategy migrations;

    @Autowired
    javax.sql.DataSource dataSource;

    @Test
    void aNodeStartingWhileAnotherWorksTakesNoLockOnTheTables() throws Exception {
        // Another node is in the middle of a transaction that writes referrals and uses API keys.
        try (var working = dataSource.getConnection()) {
            working.setAutoCommit(false);
            try (var statement = working.createStatement()) {
                statement.execute("lock table referral in row exclusive mode");
                statement.execute("lock table api_key in row exclusive mode");
            }
            // A node starting now runs the migrations and their callbacks (row-level security, the role's rights): with
            // nothing new to do, they must not wait for that transaction.
            var starting = java.util.concurrent.Executors.newSingleThreadExecutor();
            try {
                var started = starting.submit(() -> migrations.migrate(flyway));
                assertThat(started)
                        .as("the migrations of a starting node finish while another node holds its locks")
                        .succeedsWithin(java.time.Duration.ofSeconds(20));
            } finally {
                working.rollback();
                starting.shutdownNow();
            }
        }
    }
}
