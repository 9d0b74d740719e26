package org.preventduty.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.preventduty.support.Api.json;

import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.TenantSummary;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The audit trail under the retention schedule (7 years from each entry by default): a council's oldest entries leave
 * it the day after their period and not a day before, the entries that stay still verify as one chain from the cut,
 * a legal hold keeps every entry from the first about its person, and on PostgreSQL the application can remove
 * entries only through the owner's purge function and only those past the day given.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class AuditTrailRetentionIntegrationTests {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    SystemSql sql;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), LONDON);
    }

    String personOf(Api api, String key, String referral) {
        return api.get("/api/v1/referrals/" + referral, key)
                .json()
                .get("personId")
                .asString();
    }

    long entriesBefore(TenantSummary tenant, LocalDate day) {
        return sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where tenant_id = ? and occurred_at < ?")
                .params(
                        tenant.id().value(),
                        Timestamp.from(day.atStartOfDay(LONDON).toInstant()))
                .query(Long.class)
                .single());
    }

    long entriesAbout(TenantSummary tenant, String person) {
        return sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where tenant_id = ? and person_id = ?")
                .params(tenant.id().value(), UUID.fromString(person))
                .query(Long.class)
                .single());
    }

    boolean intact(Api api, TenantSummary tenant) {
        var verification = api.get("/api/v1/audit/verification", fixtures.apiKey(tenant, Role.AUDITOR))
                .json();
        return verification.get("intact").asBoolean();
    }

    /** Moves the clock on to a day, keeping the time of day. */
    void moveTo(LocalDate day) {
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(today(), day)));
    }

    @Test
    void theOldestEntriesLeaveTheDayAfterTheirSevenYearsAndTheRestStillVerifyAsOneChain() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var start = today();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var referral = ApiReferrals.make(api, leadKey, start, "Olive", "Oldentries");
        api.get("/api/v1/referrals/" + referral, leadKey);
        var written = entriesBefore(tenant, start.plusDays(1));
        assertThat(written).isPositive();

        // Seven years on the entries of the first day are not yet past their period: a dry run says none are due.
        moveTo(start.plusYears(7));
        var adminKey = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var onTheDay = api.post("/api/v1/privacy/retention-runs", adminKey, json("dryRun", true, "asOf", today()));
        assertThat(onTheDay.status()).as(onTheDay.body()).isEqualTo(200);
        assertThat(onTheDay.json().get("auditEvents").asLong()).isZero();
        assertThat(onTheDay.json().get("auditBefore").asString()).isEqualTo(start.toString());
        var dayAfter = today().plusDays(1);
        var dry = api.post("/api/v1/privacy/retention-runs", adminKey, json("dryRun", true, "asOf", dayAfter));
        assertThat(dry.json().get("auditEvents").asLong()).isEqualTo(written);
        assertThat(entriesBefore(tenant, start.plusDays(1))).isEqualTo(written);

        // The day after, the real run removes exactly them, and the chain verifies from where it was cut.
        moveTo(dayAfter);
        adminKey = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var run = api.post("/api/v1/privacy/retention-runs", adminKey, json("dryRun", false, "asOf", today()));
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("auditEvents").asLong()).isEqualTo(written);
        assertThat(entriesBefore(tenant, start.plusDays(1))).isZero();
        assertThat(entriesBefore(tenant, today().plusDays(1))).isPositive();
        assertThat(intact(api, tenant)).isTrue();
        var cut = sql.run(jdbc -> jdbc.sql("select rows_purged from audit_purge where tenant_id = ?")
                .param(tenant.id().value())
                .query(Long.class)
                .list());
        assertThat(cut).containsExactly(written);
        assertThat(sql.auditCount("RETENTION_RUN", today().toString())).isEqualTo(1);
        assertThat(sql.auditCount("AUDIT_TRAIL_PURGED", today().minusYears(7).toString()))
                .isEqualTo(1);

        // The referral itself is not past any period (it was never decided): it stays, and entries go on being added.
        leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        assertThat(api.get("/api/v1/referrals/" + referral, leadKey).status()).isEqualTo(200);
        var again = api.post("/api/v1/privacy/retention-runs", adminKey, json("dryRun", false, "asOf", today()));
        assertThat(again.json().get("auditEvents").asLong()).isZero();
        assertThat(intact(api, tenant)).isTrue();
    }

    @Test
    void aLegalHoldKeepsEveryEntryFromTheFirstAboutItsPerson() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var start = today();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var first = ApiReferrals.make(api, leadKey, start, "Fern", "Firstday");
        var firstPerson = personOf(api, leadKey, first);
        var heldReferral = ApiReferrals.make(api, leadKey, start, "Harriet", "Heldentries");
        var held = personOf(api, leadKey, heldReferral);
        assertThat(api.post("/api/v1/people/" + held + "/legal-hold", leadKey, json("reason", "A tribunal"))
                        .status())
                .isEqualTo(200);
        var aboutHeld = entriesAbout(tenant, held);
        assertThat(aboutHeld).isPositive();

        moveTo(start.plusYears(7).plusDays(2));
        var adminKey = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var run = api.post("/api/v1/privacy/retention-runs", adminKey, json("dryRun", false, "asOf", today()));
        assertThat(run.status()).as(run.body()).isEqualTo(200);

        // Entries about the first person, made before the held person appeared, went; none about the held person did.
        assertThat(run.json().get("auditEvents").asLong()).isPositive();
        assertThat(entriesAbout(tenant, firstPerson)).isZero();
        assertThat(entriesAbout(tenant, held)).isEqualTo(aboutHeld);
        assertThat(intact(api, tenant)).isTrue();
    }

    @Test
    void shorteningTheAuditTrailsPeriodSaysHowManyEntriesWouldGoAtOnce() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var start = today();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        ApiReferrals.make(api, leadKey, start, "Sam", "Shortened");
        var written = entriesBefore(tenant, start.plusDays(1));

        moveTo(start.plusYears(2));
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var browser = new Browser(port);
        browser.signIn(admin.email(), IdentityFixtures.PASSWORD, fixtures.code(admin));
        browser.get("/admin/retention/AUDIT_TRAIL");
        var asked = browser.post("/admin/retention/AUDIT_TRAIL", Map.of("keepYears", "1", "version", "0"));
        assertThat(asked.status()).isEqualTo(200);
        assertThat(asked.body())
                .contains("A shorter period makes " + written + " entries of the audit trail leave it at once");
        // Nothing changed until the administrator confirms it with their second factor.
        var rules = api.get("/api/v1/privacy/retention-rules", fixtures.apiKey(tenant, Role.TENANT_ADMIN))
                .json()
                .get("items");
        var auditRule = java.util.stream.StreamSupport.stream(rules.spliterator(), false)
                .filter(rule -> rule.get("recordType").asString().equals("AUDIT_TRAIL"))
                .findFirst()
                .orElseThrow();
        assertThat(auditRule.get("keepYears").asInt()).isEqualTo(7);
    }

    @Test
    @Tag("postgres-only")
    void onPostgresTheApplicationRemovesEntriesOnlyThroughThePurgeAndOnlyThosePastTheDay() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        ApiReferrals.make(api, leadKey, today(), "Pat", "Protected");
        var chain = "tenant:" + tenant.id().value();
        var last = sql.run(jdbc -> jdbc.sql("select last_seq from audit_chain where chain = ?")
                .param(chain)
                .query(Long.class)
                .single());
        var rows = entriesBefore(tenant, today().plusDays(1));

        // Even with the purge's own setting on, the application's role has no right to delete.
        assertThatThrownBy(() -> sql.run(jdbc -> {
                    jdbc.sql("select set_config('pdm.audit_purge', 'on', true)")
                            .query()
                            .listOfRows();
                    return jdbc.sql("delete from audit_event where chain = ?")
                            .param(chain)
                            .update();
                }))
                .rootCause()
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        // The purge refuses entries not yet before the day given, and a day less than a year before the latest.
        for (var before : new Timestamp[] {
            Timestamp.from(clock.instant().minus(Duration.ofDays(400))), Timestamp.from(clock.instant())
        }) {
            assertThatThrownBy(() -> sql.run(jdbc -> jdbc.sql("select audit_purge_through(?, ?, ?)")
                            .params(chain, last, before)
                            .query(Long.class)
                            .single()))
                    .rootCause()
                    .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        }
        // The record of purges is the owner's: the application may read it only.
        assertThatThrownBy(() -> sql.run(jdbc -> jdbc.sql("insert into audit_purge (chain, up_to_seq, up_to_hash,"
                                + " purged_before, rows_purged, purged_at) values (?, ?, 'x', now(), 0, now())")
                        .params(chain, last)
                        .update()))
                .rootCause()
                .satisfies(e -> assertThat(((SQLException) e).getSQLState()).isEqualTo("42501"));
        assertThat(entriesBefore(tenant, today().plusDays(1))).isEqualTo(rows);
        assertThat(intact(api, tenant)).isTrue();
    }
}
