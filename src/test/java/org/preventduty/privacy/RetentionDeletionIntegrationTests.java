package org.preventduty.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.preventduty.support.Api.json;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import tools.jackson.databind.JsonNode;

/**
 * Deletion under the retention schedule, with the clock moved on six years: a referral not adopted and a closed Channel
 * case go the day after their six years and not a day before, with everything of them and their people, leaving no row
 * that points at them, no personal data in the audit trail's tombstones, and the statistics of their year unchanged;
 * a legal hold keeps its person's referral.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import({IdentityFixtures.class, TestClock.Config.class, SystemSql.class})
class RetentionDeletionIntegrationTests {

    /** Tables that keep the trail of what happened: append-only, they hold tombstones and ids, never names. */
    static final Set<String> TRAIL =
            Set.of("audit_event", "audit_chain", "record_change", "event_publication", "event_publication_archive");

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

    String refer(Api api, String key, String given, String family) {
        return ApiReferrals.make(
                        api,
                        key,
                        ApiReferrals.body(
                                today(),
                                given,
                                family,
                                false,
                                Map.of(
                                        "household",
                                        List.of(Map.of("name", "Household " + family, "relationship", "Parent"))),
                                Map.of("equality", Map.of("ethnicity", "WHITE_BRITISH"))))
                .get("id")
                .asString();
    }

    JsonNode decide(Api api, String key, String referral, String outcome, boolean appropriate) {
        return ApiReferrals.decide(api, key, referral, outcome, appropriate, today());
    }

    @Test
    void whatIsDueGoesTheDayAfterItsPeriodWithEverythingOfItAndThePastFiguresStay() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var year = today();

        var notAdopted = refer(api, leadKey, "Nadia", "Notadopted");
        decide(api, leadKey, notAdopted, "NO_FURTHER_ACTION", false);
        var held = refer(api, leadKey, "Hana", "Heldback");
        decide(api, leadKey, held, "NO_FURTHER_ACTION", false);
        var accepted = refer(api, leadKey, "Casey", "Closedcase");
        var caseId = decide(api, leadKey, accepted, "ACCEPTED_FOR_CHANNEL", true)
                .get("channelCaseId")
                .asString();
        var meeting = api.post(
                "/api/v1/panel-meetings",
                leadKey,
                json(
                        "heldOn",
                        today().toString(),
                        "attendees",
                        List.of(Map.of(
                                "name", "Officer", "organisation", "CTP", "panelRole", "POLICE_CT", "present", true)),
                        "caseIds",
                        List.of(caseId)));
        assertThat(meeting.status()).as(meeting.body()).isEqualTo(201);
        var notAdoptedByPanel = api.post(
                "/api/v1/channel-cases/" + caseId + "/panel-decision",
                leadKey,
                json(
                        "meetingId",
                        meeting.json().get("id").asString(),
                        "decidedOn",
                        today().toString(),
                        "decision",
                        "NOT_ADOPTED",
                        "decisionRule",
                        "MAJORITY",
                        "reasons",
                        "Needs are met elsewhere.",
                        "consideredHealthOrSocialCareReferral",
                        true));
        assertThat(notAdoptedByPanel.status()).as(notAdoptedByPanel.body()).isEqualTo(200);
        var lead = fixtures.userWithTwoFactors(tenant, Role.PREVENT_LEAD);
        var browser = new Browser(port);
        browser.signIn(lead.email(), IdentityFixtures.PASSWORD, fixtures.code(lead));
        browser.get("/channel/cases/" + caseId);
        assertThat(browser.post("/channel/cases/" + caseId + "/close", Map.of("reason", "Not adopted."))
                        .status())
                .isEqualTo(302);
        assertThat(api.get("/api/v1/channel-cases/" + caseId, leadKey)
                        .json()
                        .get("status")
                        .asString())
                .isEqualTo("CLOSED");

        var people = new ArrayList<String>();
        for (var referral : List.of(notAdopted, accepted)) {
            people.add(api.get("/api/v1/referrals/" + referral, leadKey)
                    .json()
                    .get("personId")
                    .asString());
        }
        var heldPerson = api.get("/api/v1/referrals/" + held, leadKey)
                .json()
                .get("personId")
                .asString();
        assertThat(api.post("/api/v1/people/" + heldPerson + "/legal-hold", leadKey, json("reason", "A complaint"))
                        .status())
                .isEqualTo(200);
        var statistics = "/api/v1/reports/referral-statistics?from=" + year + "&to=" + year + "&disclosure=NONE";
        var figuresBefore = api.get(statistics, leadKey).json();
        assertThat(figuresBefore.get("totals").get("referrals").asLong()).isEqualTo(3);

        // Six years on, less a day: nothing is due yet.
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(year, year.plusYears(6)) - 1));
        // Keys of six years ago have expired: the council's people make new ones.
        leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var adminKey = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var dayBefore =
                api.post("/api/v1/privacy/retention-runs", adminKey, json("dryRun", false, "asOf", today().toString()));
        assertThat(dayBefore.status()).as(dayBefore.body()).isEqualTo(200);
        assertThat(dayBefore.json().get("deleted").asInt()).isZero();
        assertThat(api.get("/api/v1/referrals/" + notAdopted, leadKey).status()).isEqualTo(200);

        // The day after the six years: the referral not adopted and the closed case go; the held one stays.
        clock.advance(Duration.ofDays(1));
        leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        adminKey = fixtures.apiKey(tenant, Role.TENANT_ADMIN);
        var run =
                api.post("/api/v1/privacy/retention-runs", adminKey, json("dryRun", false, "asOf", today().toString()));
        assertThat(run.status()).as(run.body()).isEqualTo(200);
        assertThat(run.json().get("deleted").asInt()).isEqualTo(2);
        assertThat(run.json().get("held").size()).isEqualTo(1);

        assertThat(api.get("/api/v1/referrals/" + notAdopted, leadKey).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/referrals/" + accepted, leadKey).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/channel-cases/" + caseId, leadKey).status()).isEqualTo(404);
        for (var person : people) {
            assertThat(api.get("/api/v1/people/" + person, leadKey).status()).isEqualTo(404);
        }
        assertThat(api.get("/api/v1/referrals/" + held, leadKey).status()).isEqualTo(200);
        assertThat(api.get(statistics, leadKey).json().get("totals")).isEqualTo(figuresBefore.get("totals"));
        assertThat(api.get(statistics, leadKey).json().get("bySex")).isEqualTo(figuresBefore.get("bySex"));

        // No row anywhere, outside the append-only trail, still points at what was deleted.
        var deleted = new HashSet<String>(List.of(notAdopted, accepted, caseId));
        deleted.addAll(people);
        var pointing = sql.run(jdbc -> {
            var found = new ArrayList<String>();
            var columns = jdbc.sql("select table_name, column_name from information_schema.columns"
                            + " where lower(data_type) = 'uuid' and table_schema = current_schema()")
                    .query((rs, n) -> new String[] {
                        rs.getString(1).toLowerCase(), rs.getString(2).toLowerCase()
                    })
                    .list();
            for (var column : columns) {
                if (TRAIL.contains(column[0])) {
                    continue;
                }
                for (var id : deleted) {
                    var count = jdbc.sql("select count(*) from " + column[0] + " where " + column[1] + " = ?")
                            .param(UUID.fromString(id))
                            .query(Long.class)
                            .single();
                    if (count > 0) {
                        found.add(column[0] + "." + column[1] + " = " + id);
                    }
                }
            }
            assertThat(columns).isNotEmpty();
            return found;
        });
        assertThat(pointing).isEmpty();

        // The trail keeps a tombstone of each, with its reference and rule, and nothing personal anywhere.
        assertThat(sql.auditCount("RECORD_DELETED", notAdopted)).isEqualTo(1);
        assertThat(sql.auditCount("RECORD_DELETED", caseId)).isEqualTo(1);
        var details = sql.run(jdbc -> jdbc.sql("select coalesce(detail, '') from audit_event where tenant_id = ?")
                .param(tenant.id().value())
                .query(String.class)
                .list());
        // Nor does any detail of the trail name anyone still held.
        var names = sql.run(jdbc -> jdbc.sql("select given_name, family_name from person_name where tenant_id = ?")
                .param(tenant.id().value())
                .query((rs, n) -> rs.getString(2))
                .list());
        assertThat(names).contains("Heldback");
        for (var name : names) {
            assertThat(String.join("\n", details)).doesNotContain(name);
        }
        assertThat(String.join("\n", details))
                .contains("kept 6 years from SCREENING_DECISION")
                .doesNotContain("Nadia")
                .doesNotContain("Notadopted")
                .doesNotContain("Closedcase")
                .doesNotContain("Riley Referrer")
                .doesNotContain("Household");
    }

    @Autowired
    RetentionRuns runs;

    @Test
    void theNightlyRunDeletesWhatIsDueInEveryCouncilAsTheServiceItselfWithNobodySignedIn() {
        var api = new Api(port);
        var tenant = fixtures.tenant();
        var leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        var referral = ApiReferrals.make(api, leadKey, today(), "Nina", "Nightly");
        ApiReferrals.decide(api, leadKey, referral, "NO_FURTHER_ACTION", false, today());
        var person = ApiReferrals.person(api, leadKey, referral);
        // A council where nothing has happened since: its audit trail's entries pass their seven years meanwhile.
        var quiet = fixtures.tenant();
        ApiReferrals.make(api, fixtures.apiKey(quiet, Role.PREVENT_LEAD), today(), "Quinn", "Quiet");
        var start = today();
        clock.advance(Duration.ofDays(java.time.temporal.ChronoUnit.DAYS.between(today(), today().plusYears(7)) + 1));

        org.springframework.security.core.context.SecurityContextHolder.clearContext();
        runs.deleteEverywhere();

        var quietOld =
                sql.run(jdbc -> jdbc.sql("select count(*) from audit_event where tenant_id = ? and occurred_at < ?")
                        .params(
                                quiet.id().value(),
                                java.sql.Timestamp.from(start.plusDays(1)
                                        .atStartOfDay(ZoneId.of("Europe/London"))
                                        .toInstant()))
                        .query(Long.class)
                        .single());
        assertThat(quietOld)
                .as("the quiet council's entries of seven years ago")
                .isZero();

        leadKey = fixtures.apiKey(tenant, Role.PREVENT_LEAD);
        assertThat(api.get("/api/v1/referrals/" + referral, leadKey).status()).isEqualTo(404);
        assertThat(api.get("/api/v1/people/" + person, leadKey).status()).isEqualTo(404);
        assertThat(sql.auditCount("RECORD_DELETED", referral)).isEqualTo(1);
        assertThat(sql.auditCount("RETENTION_RUN", today().toString())).isPositive();
    }
}
