package org.preventduty.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
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
 * Thirty days before a record is deleted the Prevent lead has a task listing it, and may keep it another year for a
 * stated reason, audited; a record kept on is not due on its day.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class RetentionNoticeIntegrationTests {

    @LocalServerPort
    int port;

    @Autowired
    IdentityFixtures fixtures;

    @Autowired
    TestClock clock;

    @Autowired
    SystemSql sql;

    LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneId.of("Europe/London"));
    }

    @Test
    void theLeadIsToldThirtyDaysBeforeAndKeepsARecordAnotherYearForAReason() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var key = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var decidedOn = today();
        var created = ApiReferrals.make(api, key, ApiReferrals.body(decidedOn, "Kept", "Longer", false, Map.of()));
        var id = created.get("id").asString();
        var reference = created.get("reference").asString();
        ApiReferrals.decide(api, key, id, "NO_FURTHER_ACTION", false, decidedOn);
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        var dueOn = decidedOn.plusYears(6);

        // Thirty-one days before: no task yet.
        clock.advance(Duration.ofDays(ChronoUnit.DAYS.between(decidedOn, dueOn) - 31));
        var browser = new Browser(port);
        browser.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));
        assertThat(browser.get("/tasks").body()).doesNotContain("to be deleted under the retention schedule");

        // Thirty days before: the task, and the list with the record.
        clock.advance(Duration.ofDays(1));
        // A day on, yesterday's session has timed out: the lead signs in again.
        browser = new Browser(port);
        browser.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));
        assertThat(browser.get("/tasks").body())
                .contains("Records to be deleted under the retention schedule in the next 30 days: 1")
                .contains("/privacy/upcoming");
        var upcoming = browser.get("/privacy/upcoming");
        assertThat(upcoming.body()).contains(reference);

        var noReason = browser.post("/privacy/upcoming/" + id + "/extend", Map.of("reason", " "));
        assertThat(noReason.status()).isEqualTo(200);
        assertThat(noReason.body()).contains("Enter why the record must be kept another year.");
        var kept = browser.post("/privacy/upcoming/" + id + "/extend", Map.of("reason", "A complaint is still open."));
        assertThat(kept.status()).isEqualTo(302);
        assertThat(browser.get("/privacy/upcoming").body())
                .contains("The record will be kept until " + today().plusYears(1))
                .doesNotContain(reference);
        assertThat(sql.auditCount("RETENTION_EXTENDED", UUID.fromString(id))).isEqualTo(1);
        assertThat(browser.get("/tasks").body()).doesNotContain("to be deleted under the retention schedule");

        var admin = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var onItsDay =
                api.post("/api/v1/privacy/retention-runs", admin, json("dryRun", true, "asOf", dueOn.toString()));
        assertThat(onItsDay.status()).isEqualTo(200);
        assertThat(onItsDay.body()).doesNotContain(reference);
        assertThat(browser.post("/privacy/upcoming/" + UUID.randomUUID() + "/extend", Map.of("reason", "Why"))
                        .status())
                .isEqualTo(404);
    }
}
