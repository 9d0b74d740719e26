package org.preventduty.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.preventduty.identity.IdentityFixtures;
import org.preventduty.identity.Role;
import org.preventduty.identity.StepUp;
import org.preventduty.support.Api;
import org.preventduty.support.ApiReferrals;
import org.preventduty.support.Browser;
import org.preventduty.support.SystemSql;
import org.preventduty.support.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import tools.jackson.databind.JsonNode;

/**
 * The retention schedule, its dry runs and legal holds: defaults and changes (audited, checked, guarded), a referral
 * not adopted due the day after its six years and not a day before, a hold keeping it, and the administrator's page
 * asking for the second factor again.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class PrivacyIntegrationTests {

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

    static Map<String, JsonNode> byType(JsonNode items) {
        var rules = new LinkedHashMap<String, JsonNode>();
        items.forEach(item -> rules.put(item.get("recordType").asString(), item));
        return rules;
    }

    @Test
    void theScheduleStartsWithItsDefaultsAndOnlyTheAdministratorChangesItWithinItsLimits() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var admin = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);

        var rules = api.get("/api/v1/privacy/retention-rules", lead);
        assertThat(rules.status()).isEqualTo(200);
        var defaults = byType(rules.json().get("items"));
        assertThat(defaults.keySet())
                .containsExactly(
                        "CHANNEL_CASE",
                        "REFERRAL_NOT_ADOPTED",
                        "REFERRAL_DRAFT",
                        "TRAINING_RECORD",
                        "PARTNER_ANSWERS",
                        "AUDIT_TRAIL");
        assertThat(defaults.get("CHANNEL_CASE").get("keepYears").asInt()).isEqualTo(6);
        assertThat(defaults.get("CHANNEL_CASE").get("from").asString()).isEqualTo("CLOSURE");
        assertThat(defaults.get("AUDIT_TRAIL").get("keepYears").asInt()).isEqualTo(7);
        assertThat(defaults.get("REFERRAL_DRAFT").get("keepDays").asInt()).isEqualTo(30);
        assertThat(defaults.get("CHANNEL_CASE").get("version").asInt()).isZero();

        var changed =
                api.put("/api/v1/privacy/retention-rules/CHANNEL_CASE", admin, json("keepYears", 7, "version", 0));
        assertThat(changed.status()).as(changed.body()).isEqualTo(200);
        assertThat(changed.json().get("keepYears").asInt()).isEqualTo(7);
        assertThat(changed.json().get("version").asInt()).isEqualTo(1);
        assertThat(sql.auditCount("RETENTION_RULE_CHANGED", "CHANNEL_CASE")).isPositive();

        var stale = api.put("/api/v1/privacy/retention-rules/CHANNEL_CASE", admin, json("keepYears", 8, "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        for (var years : List.of(0, 101)) {
            var wrong = api.put(
                    "/api/v1/privacy/retention-rules/AUDIT_TRAIL", admin, json("keepYears", years, "version", 0));
            assertThat(wrong.status()).as(String.valueOf(years)).isEqualTo(400);
            assertThat(wrong.json().get("errors").get(0).get("field").asString())
                    .isEqualTo("keepYears");
        }
        assertThat(api.put("/api/v1/privacy/retention-rules/REFERRAL_DRAFT", admin, json("keepYears", 1, "version", 0))
                        .status())
                .isEqualTo(422);
        assertThat(api.put("/api/v1/privacy/retention-rules/EVERYTHING", admin, json("keepYears", 1, "version", 0))
                        .status())
                .isEqualTo(404);
        assertThat(api.put("/api/v1/privacy/retention-rules/AUDIT_TRAIL", lead, json("keepYears", 8, "version", 0))
                        .status())
                .isEqualTo(403);
        assertThat(byType(api.get("/api/v1/privacy/retention-rules", admin)
                                .json()
                                .get("items"))
                        .get("AUDIT_TRAIL")
                        .get("keepYears")
                        .asInt())
                .isEqualTo(7);
    }

    @Test
    void aReferralNotAdoptedIsDueTheDayAfterItsSixYearsNotADayBeforeAndAHoldKeepsIt() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var admin = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var lead = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var decidedOn = today().minusDays(10);
        var created = ApiReferrals.make(
                api, lead, ApiReferrals.body(decidedOn.minusDays(5), "Retained", "Person", false, Map.of()));
        var id = created.get("id").asString();
        var reference = created.get("reference").asString();
        ApiReferrals.decide(api, lead, id, "NO_FURTHER_ACTION", false, decidedOn);
        var personId = ApiReferrals.person(api, lead, id);

        var lastDayKept = dryRun(api, admin, decidedOn.plusYears(6).minusDays(1));
        assertThat(references(lastDayKept.get("due"))).doesNotContain(reference);
        var dayAfter = dryRun(api, admin, decidedOn.plusYears(6));
        assertThat(references(dayAfter.get("due"))).contains(reference);
        assertThat(dayAfter.get("deleted").asInt()).isZero();
        assertThat(dayAfter.get("dryRun").asBoolean()).isTrue();

        var noReason = api.post("/api/v1/people/" + personId + "/legal-hold", lead, json("reason", " "));
        assertThat(noReason.status()).isEqualTo(400);
        assertThat(noReason.json().get("errors").get(0).get("field").asString()).isEqualTo("reason");
        var held = api.post("/api/v1/people/" + personId + "/legal-hold", lead, json("reason", "Employment tribunal"));
        assertThat(held.status()).as(held.body()).isEqualTo(200);
        assertThat(api.post("/api/v1/people/" + personId + "/legal-hold", lead, json("reason", "Again"))
                        .status())
                .isEqualTo(422);
        var whileHeld = dryRun(api, admin, decidedOn.plusYears(6));
        assertThat(references(whileHeld.get("due"))).doesNotContain(reference);
        assertThat(references(whileHeld.get("held"))).contains(reference);
        assertThat(sql.auditCount(
                        "LEGAL_HOLD_PLACED",
                        UUID.fromString(held.json().get("holdId").asString())))
                .isEqualTo(1);

        var otherCouncil = fixtures.apiKey(fixtures.tenant(), Role.PREVENT_LEAD);
        assertThat(api.post("/api/v1/people/" + personId + "/legal-hold", otherCouncil, json("reason", "A review"))
                        .status())
                .isEqualTo(404);

        assertThat(api.delete("/api/v1/people/" + personId + "/legal-hold", lead)
                        .status())
                .isEqualTo(200);
        assertThat(references(dryRun(api, admin, decidedOn.plusYears(6)).get("due")))
                .contains(reference);
        assertThat(api.delete("/api/v1/people/" + personId + "/legal-hold", lead)
                        .status())
                .isEqualTo(404);

        var notToday = api.post(
                "/api/v1/privacy/retention-runs",
                admin,
                json("dryRun", false, "asOf", today().plusDays(1).toString()));
        assertThat(notToday.status()).isEqualTo(422);
        assertThat(notToday.body()).contains("retention.run.notToday");
    }

    JsonNode dryRun(Api api, String key, LocalDate asOf) {
        var run = api.post("/api/v1/privacy/retention-runs", key, json("dryRun", true, "asOf", asOf.toString()));
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        return run.json();
    }

    static List<String> references(JsonNode records) {
        var references = new ArrayList<String>();
        records.forEach(record -> references.add(record.get("reference").asString()));
        return references;
    }

    @Test
    void changingARuleInTheBrowserNeedsTheSecondFactorAgainAndNamesEveryWrongAnswer() {
        var tenant = fixtures.tenant();
        var admin = fixtures.userWithTwoFactors(tenant, Role.TENANT_ADMIN);
        var browser = new Browser(port);
        browser.signIn(admin.email(), IdentityFixtures.PASSWORD, fixtures.code(admin));
        var schedule = browser.get("/admin/retention");
        assertThat(schedule.status()).isEqualTo(200);
        assertThat(schedule.body())
                .contains("6 years from the case&#39;s closure")
                .contains("Darlington Borough Council")
                .contains("30 days from the day it was started");

        // The second factor given at sign-in stands for five minutes; after that it is asked again.
        assertThat(browser.get("/admin/retention/TRAINING_RECORD").body())
                .contains("less than 5 minutes ago")
                .contains("name=\"keepYears\" value=\"6\"")
                .contains("type=\"text\"")
                .doesNotContain("name=\"code\"");
        clock.advance(StepUp.REMEMBERED.plusSeconds(1));
        assertThat(browser.get("/admin/retention/TRAINING_RECORD").body()).contains("name=\"code\"");
        var outOfRange = browser.post(
                "/admin/retention/TRAINING_RECORD", Map.of("keepYears", "0", "version", "0", "code", "000000"));
        assertThat(outOfRange.status()).isEqualTo(200);
        assertThat(outOfRange.body()).contains("Enter the years as a whole number from 1 to 100.");
        var noCode = browser.post("/admin/retention/TRAINING_RECORD", Map.of("keepYears", "8", "version", "0"));
        assertThat(noCode.body()).contains("The code is not right.");
        var wrongCode = browser.post(
                "/admin/retention/TRAINING_RECORD", Map.of("keepYears", "8", "version", "0", "code", "000000"));
        assertThat(wrongCode.body()).contains("The code is not right.");
        clock.advance(Duration.ofSeconds(31));
        var saved = browser.post(
                "/admin/retention/TRAINING_RECORD",
                Map.of("keepYears", "8", "version", "0", "code", fixtures.code(admin)));
        assertThat(saved.status()).isEqualTo(302);
        assertThat(browser.get("/admin/retention").body())
                .contains("The rule was changed.")
                .contains("8 years from the day the member of staff left");
        // Remembered for the next change within five minutes, and no longer.
        clock.advance(Duration.ofMinutes(4));
        browser.get("/admin/retention/TRAINING_RECORD");
        assertThat(browser.post("/admin/retention/TRAINING_RECORD", Map.of("keepYears", "9", "version", "1"))
                        .status())
                .isEqualTo(302);
        clock.advance(Duration.ofMinutes(2));
        browser.get("/admin/retention/TRAINING_RECORD");
        assertThat(browser.post("/admin/retention/TRAINING_RECORD", Map.of("keepYears", "10", "version", "2"))
                        .body())
                .contains("The code is not right.");
        assertThat(browser.get("/admin/retention/REFERRAL_DRAFT").status()).isEqualTo(404);

        var wrongDay = browser.get("/admin/retention/dry-run?asOfDay=31&asOfMonth=2&asOfYear=2031");
        assertThat(wrongDay.body()).contains("Enter the day as a real day");
        var fine = browser.get("/admin/retention/dry-run?asOfDay=1&asOfMonth=1&asOfYear=2031");
        assertThat(fine.body()).contains("Nothing due on 1 January 2031");

        // A council with years of records due sees them a page at a time.
        var key = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var api = new Api(port);
        for (var i = 0; i < PrivacyController.DUE_PAGE_SIZE + 1; i++) {
            ApiReferrals.make(api, key, ApiReferrals.body(today(), "Draft" + i, "Person", false, Map.of()));
        }
        sql.run(jdbc -> jdbc.sql("update referral set status = 'DRAFT', reference = null where tenant_id = ?")
                .param(tenant.id().value())
                .update());
        var later = today().plusDays(31);
        var query = "/admin/retention/dry-run?asOfDay=" + later.getDayOfMonth() + "&asOfMonth=" + later.getMonthValue()
                + "&asOfYear=" + later.getYear();
        var first = browser.get(query).body();
        assertThat(first).contains((PrivacyController.DUE_PAGE_SIZE + 1) + " records due");
        assertThat(first.split("Referral drafts never submitted", -1).length - 1)
                .isEqualTo(PrivacyController.DUE_PAGE_SIZE);
        assertThat(first).contains("page=1");
        // The audit trail's entries of a month ago are years from their period: the page says none would go, and when.
        var auditBefore = later.minusYears(7);
        assertThat(first)
                .contains("No entry of the audit trail dates from before " + auditBefore.getDayOfMonth() + " "
                        + auditBefore.getMonth().getDisplayName(java.time.format.TextStyle.FULL, java.util.Locale.UK)
                        + " " + auditBefore.getYear());
        var second = browser.get(query + "&page=1").body();
        assertThat(second.split("Referral drafts never submitted", -1).length - 1)
                .isEqualTo(1);
    }

    @Test
    void theLegalHoldsListShowsTwentyFiveAtATimeStandingHoldsFirst() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var people = new java.util.ArrayList<String>();
        for (int i = 0; i < PrivacyController.LIST_PAGE_SIZE + 1; i++) {
            var referral = ApiReferrals.make(api, leadKey, today(), "Held", "Person" + (char) ('a' + i % 26) + i);
            var person = ApiReferrals.person(api, leadKey, referral);
            people.add(person);
            assertThat(api.post("/api/v1/people/" + person + "/legal-hold", leadKey, json("reason", "Tribunal " + i))
                            .status())
                    .isEqualTo(200);
        }
        // The first hold is lifted: it goes to the end of the list, on the second page.
        assertThat(api.delete("/api/v1/people/" + people.get(0) + "/legal-hold", leadKey)
                        .status())
                .isEqualTo(200);
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        var browser = new Browser(port);
        browser.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));

        var first = browser.get("/privacy/holds").body();
        assertThat(first.split("Tribunal ", -1).length - 1).isEqualTo(PrivacyController.LIST_PAGE_SIZE);
        assertThat(first).doesNotContain("Tribunal 0<").contains("href=\"/privacy/holds?page=1\"");
        var second = browser.get("/privacy/holds?page=1").body();
        assertThat(second.split("Tribunal ", -1).length - 1).isEqualTo(1);
        assertThat(second).contains("Tribunal 0<");
        // A page that is not a number is the first page, not an error.
        assertThat(browser.get("/privacy/holds?page=x").status()).isEqualTo(200);
    }
}
